// The map's custom panes, created in one place: each with its z-index, opacity and pointer
// policy, in the order given, before the layers that draw into them render.
import type { Map as LeafletMap } from 'leaflet';
import { useState, type ReactNode } from 'react';
import { useMap } from 'react-leaflet';

export interface PaneSpec {
  name: string;
  zIndex: number;
  /** One opacity for the whole pane: overlapping shapes of its canvas show one tone. */
  opacity?: number;
  /** 'none': the pane lets the pointer through (its layers are not interactive or hit-test themselves). */
  pointerEvents?: 'none';
}

/** Creates each pane the map does not have yet (so a second call changes nothing). */
export function createPanes(map: LeafletMap, panes: Iterable<PaneSpec>): void {
  for (const { name, zIndex, opacity, pointerEvents } of panes) {
    if (map.getPane(name)) continue;
    const element = map.createPane(name);
    element.style.zIndex = String(zIndex);
    if (opacity !== undefined) element.style.opacity = String(opacity);
    if (pointerEvents) element.style.pointerEvents = pointerEvents;
  }
}

/** Renders `children` on a map that has every pane of `panes` (read once, at mount). */
export function MapPanes({
  panes,
  children,
}: {
  panes: Record<string, PaneSpec>;
  children: ReactNode;
}) {
  const map = useMap();
  // while rendering, before the children: a layer may look its pane up as it is created
  useState(() => createPanes(map, Object.values(panes)));
  return children;
}
