// Which voivodeships need their full-detail borders: those whose bbox meets the map's view from
// BOUNDARY_DETAIL.minZoom on. Once asked for, a voivodeship stays asked for (its file is cached;
// panning back and forth does not swap geometries).
import type { Map as LeafletMap } from 'leaflet';
import { useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { useBoundaryDetailRequests } from '../../data/use-detailed-boundaries';
import { useGazetteer } from '../../data/use-gazetteer';
import { addCodes, voivodeshipsInView, type BBox } from './voivodeships-in-view';

function viewOf(map: LeafletMap): { bbox: BBox; zoom: number } {
  const b = map.getBounds();
  return { bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom: map.getZoom() };
}

/** Requests the detail files of the voivodeships seen from close up (in the map's context). */
export function useBoundaryDetailInView(): void {
  const map = useMap();
  const { data: gazetteer } = useGazetteer();
  const [view, setView] = useState(() => viewOf(map));
  useMapEvents({ moveend: () => setView(viewOf(map)) });
  const found = gazetteer
    ? voivodeshipsInView(view.bbox, view.zoom, (code) => gazetteer.lookup(code)?.bbox)
    : [];
  const [wanted, setWanted] = useState<string[]>([]);
  const next = addCodes(wanted, found);
  if (next !== wanted) setWanted(next);
  useBoundaryDetailRequests(next);
}
