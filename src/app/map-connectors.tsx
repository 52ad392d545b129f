// Small components that connect the unit-selection store to the map and panel features (which
// know nothing of it), so only they re-render when the pointer moves.
import { useMemo } from 'react';
import { UnitHighlightLayer } from '../features/boundaries/unit-highlight-layer';
import { UnitInfo } from '../features/places/unit-info';
import { useUnitSelectionStore } from '../stores/unit-selection-store';
import { useViewStore } from '../stores/use-view-store';

/** The unit to describe: the one under the pointer, else the chosen place. */
export function ShownUnitInfo() {
  const hovered = useUnitSelectionStore((state) => state.hoveredTerc);
  const place = useViewStore((state) => state.place);
  const terc = hovered ?? place;
  return <UnitInfo terc={terc} />;
}

export function SelectionHighlight() {
  const hovered = useUnitSelectionStore((state) => state.hoveredTerc);
  const selected = useViewStore((state) => state.place);
  const tercs = useMemo(
    () => [...new Set([selected, hovered])].filter((terc): terc is string => terc !== null),
    [hovered, selected],
  );
  return <UnitHighlightLayer tercs={tercs} />;
}
