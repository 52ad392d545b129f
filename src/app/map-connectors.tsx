// Small components that connect the unit-selection store to the map and panel features (which
// know nothing of it), so only they re-render when the pointer moves.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { UnitHighlightLayer } from '../features/boundaries/unit-highlight-layer';
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
