// A local government named in the detail: a button that chooses it as the place and moves the map
// to it.
import type { Unit } from '../../../data/schemas';
import type { Translate } from '../../../i18n/translate';
import { useMapCommandsStore } from '../../../stores/map-commands-store';
import { useViewStore } from '../../../stores/use-view-store';

interface UnitButtonProps {
  terc: string;
  /** From the gazetteer; without it the unit is selected but the map cannot move to it. */
  unit: Unit | undefined;
  label: string;
  t: Translate;
}

export function UnitButton({ terc, unit, label, t }: UnitButtonProps) {
  const openPlace = useViewStore((state) => state.openPlace);
  const fitMapTo = useMapCommandsStore((state) => state.fitTo);
  return (
    <button
      type="button"
      className="practice-detail__unit"
      onClick={() => {
        openPlace(terc);
        if (unit) fitMapTo(unit.bbox);
      }}
    >
      {label}
      <span className="visually-hidden">, {t('detail.showOnMap')}</span>
    </button>
  );
}
