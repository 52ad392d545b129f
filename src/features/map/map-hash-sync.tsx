import type { Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMapEvents } from 'react-leaflet';
import { withMapView } from '../../stores/url-map-hash';

function writeViewToHash(map: LeafletMap) {
  const center = map.getCenter();
  // the map entry alone: what else the hash had was reported at start and is dropped
  const hash = withMapView({
    zoom: map.getZoom(),
    lat: center.lat,
    lng: center.lng,
  });
  if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', hash);
}

/**
 * Keeps `#map=zoom/lat/lng` in step with the map: once at start (so the link always says what
 * is shown) and after each move, with replaceState, so pans and zooms add no history entries.
 */
export function MapHashSync() {
  const map = useMapEvents({ moveend: () => writeViewToHash(map) });
  useEffect(() => writeViewToHash(map), [map]);
  return null;
}
