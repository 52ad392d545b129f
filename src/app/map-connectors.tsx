// Small components that connect the unit-selection store to the map and panel features (which
// know nothing of it), so only they re-render when the pointer moves.
import { useEffect, useMemo, useRef } from 'react';
import { useGazetteer } from '../data/use-gazetteer';
import { useMapCommandsStore } from '../stores/map-commands-store';
import { UnitHighlightLayer } from '../features/boundaries/unit-highlight-layer';
import { UnitInfo } from '../features/places/unit-info';
import { useUnitSelectionStore } from '../stores/unit-selection-store';
import { useViewStore, viewStore } from '../stores/use-view-store';

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

/**
 * A link that opens a place's panel and gives no map view shows the place: once, when the map
 * and the gazetteer are there (an open practice is fitted by its own layer instead).
 */
export function FitPlaceAtStart({ enabled }: { enabled: boolean }) {
  const fitMap = useMapCommandsStore((state) => state.fitMap);
  const { data: gazetteer } = useGazetteer();
  const done = useRef(!enabled);
  useEffect(() => {
    if (done.current || !fitMap || !gazetteer) return;
    done.current = true;
    const { place, practice } = viewStore.getState();
    const unit = place !== null && practice === null ? gazetteer.lookup(place) : undefined;
    if (unit) fitMap(unit.bbox);
  }, [fitMap, gazetteer]);
  return null;
}
