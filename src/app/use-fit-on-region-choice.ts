// Choosing a region moves the map to it, as Kohesio does: ticking a voivodeship or adding an
// area fits the map to the union of the chosen regions (clear of the map's controls, through the
// map commands). Only a deliberate choice moves it (an action that adds a history entry); Back and
// Forward, corrections and removals leave the map where the person put it. A region from the link
// at start is fitted too, unless the link gives the map view or opens a practice (that is fitted).
import { useEffect, useRef } from 'react';
import type { Unit } from '../data/schemas';
import { useMapCommandsStore } from '../stores/map-commands-store';
import type { Bounds } from '../stores/map-viewport-store';
import { viewStore } from '../stores/use-view-store';

type Lookup = (terc: string) => Unit | undefined;

/** The bounds holding every known unit of `codes`, or null when none is known. */
export function regionsBounds(codes: readonly string[], lookup: Lookup): Bounds | null {
  let bounds: [number, number, number, number] | null = null;
  for (const code of codes) {
    const bbox = lookup(code)?.bbox;
    if (!bbox) continue;
    bounds = bounds
      ? [
          Math.min(bounds[0], bbox[0]),
          Math.min(bounds[1], bbox[1]),
          Math.max(bounds[2], bbox[2]),
          Math.max(bounds[3], bbox[3]),
        ]
      : [bbox[0], bbox[1], bbox[2], bbox[3]];
  }
  return bounds;
}

export function useFitOnRegionChoice(lookup: Lookup | undefined, fitAtStart: boolean): void {
  const fitTo = useMapCommandsStore((state) => state.fitTo);
  const mapReady = useMapCommandsStore((state) => state.fitMap !== null);
  const lookupRef = useRef(lookup);
  useEffect(() => {
    lookupRef.current = lookup;
  }, [lookup]);

  useEffect(
    () =>
      viewStore.subscribe((state, previous) => {
        if (state.historyMode !== 'push' || !lookupRef.current) return;
        const before = previous.filters.region;
        const region = state.filters.region;
        if (!region.some((code) => !before.includes(code))) return;
        const bounds = regionsBounds(region, lookupRef.current);
        if (bounds) fitTo(bounds);
      }),
    [fitTo],
  );

  const startDone = useRef(!fitAtStart);
  useEffect(() => {
    if (startDone.current || !lookup || !mapReady) return;
    startDone.current = true;
    const { filters, practice } = viewStore.getState();
    if (practice !== null) return;
    const bounds = regionsBounds(filters.region, lookup);
    if (bounds) fitTo(bounds);
  }, [fitTo, lookup, mapReady]);
}
