// A local government named in the detail: a button that selects it and moves the map to it.
import type { Unit } from '../../../data/schemas';
import type { Translate } from '../../../i18n/translate';
import { useMapCommandsStore } from '../../../stores/map-commands-store';
import { useUnitSelectionStore } from '../../../stores/unit-selection-store';

interface UnitButtonProps {
  terc: string;
  /** From the gazetteer; without it the unit is selected but the map cannot move to it. */
  unit: Unit | undefined;
  label: string;
  t: Translate;
}

export function UnitButton({ terc, unit, label, t }: UnitButtonProps) {
  const selectUnit = useUnitSelectionStore((state) => state.selectUnit);
  const fitMapTo = useMapCommandsStore((state) => state.fitTo);
  return (
    <button
      type="button"
      className="practice-detail__unit"
      onClick={() => {
        selectUnit(terc);
        if (unit) fitMapTo(unit.bbox);
      }}
    >
      {label}
      <span className="visually-hidden">, {t('detail.showOnMap')}</span>
    </button>
  );
}
