// Writes the map's bounds to the viewport store at start and after every move (moveend only:
// one write per pan or zoom, never per animation frame), for the list's "only on the map".
import type { Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMapEvents } from 'react-leaflet';
import { useMapViewportStore, type Bounds } from '../../stores/map-viewport-store';

export function boundsOf(map: LeafletMap): Bounds {
  const bounds = map.getBounds();
  return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
}

function sameBounds(a: Bounds | null, b: Bounds): boolean {
  return a !== null && a.every((value, i) => value === b[i]);
}

export function MapViewportSync() {
  const setBounds = useMapViewportStore((state) => state.setBounds);
  const write = (map: LeafletMap) => {
    const next = boundsOf(map);
    if (!sameBounds(useMapViewportStore.getState().bounds, next)) setBounds(next);
  };
  const map = useMapEvents({ moveend: () => write(map) });
  useEffect(() => write(map), [map]); // eslint-disable-line react-hooks/exhaustive-deps
  return null;
}
