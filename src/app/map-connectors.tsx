// Small components that connect the unit-selection store and the data to the map and panel
// features (which know neither), so only they re-render when the pointer moves.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useGazetteer } from '../data/use-gazetteer';
import { UnitHighlightLayer } from '../features/boundaries/unit-highlight-layer';
import { FitBounds, type FitTarget } from '../features/map/fit-bounds';
import { UnitInfo } from '../features/places/unit-info';
import { selectShownTerc, useUnitSelectionStore } from '../stores/unit-selection-store';

export function ShownUnitInfo() {
  const terc = useUnitSelectionStore(selectShownTerc);
  return <UnitInfo terc={terc} />;
}

export function SelectionHighlight() {
  const [hovered, selected] = useUnitSelectionStore(
    useShallow((state) => [state.hoveredTerc, state.selectedTerc]),
  );
  const tercs = useMemo(
    () => [...new Set([selected, hovered])].filter((terc): terc is string => terc !== null),
    [hovered, selected],
  );
  return <UnitHighlightLayer tercs={tercs} />;
}

/** Moves the map to a unit chosen from the list. */
export function FitToChosenUnit() {
  const request = useUnitSelectionStore((state) => state.fitRequest);
  const { data: gazetteer } = useGazetteer();
  const target = useMemo((): FitTarget | null => {
    const unit = request && gazetteer?.lookup(request.terc);
    if (!request || !unit) return null;
    const [west, south, east, north] = unit.bbox;
    return {
      key: `${request.terc}:${request.seq}`,
      bounds: [
        [south, west],
        [north, east],
      ],
    };
  }, [gazetteer, request]);
  return <FitBounds target={target} />;
}
