// The map feature's side of the view in the hash, `#map=zoom/lat/lng`. The codec (grammar,
// limits, precision, writing into a hash beside other entries) is src/stores/url-map-hash.ts,
// shared with the link read at start and with the e2e driver; see there why it lives in stores.
// The map writes the hash in map-hash-sync.tsx.
import {
  findMapValue,
  normalizeMapView,
  parseMapValue,
  type MapView,
} from '../../stores/url-map-hash';

/** The map's view: zoom, and the centre in degrees. */
export type MapViewState = MapView;

/** Beyond these the hash names no place a web map can show (Web Mercator's world, tile zooms). */
const WORLD = { maxZoom: 22, maxLat: 85, maxLng: 180 };

/**
 * The view a hash asks the map for, read strictly: null when there is none, it is malformed, or
 * it lies off the world map; otherwise as the codec reads it (clamped to Poland's limits), with
 * the zoom whole, as the map snaps to it. Unlike the link's reader (parseMapHash in the codec)
 * it reports nothing: tests read back with it what the map wrote.
 */
export function parseMapHash(hash: string): MapViewState | null {
  const value = findMapValue(hash);
  const written = value === null ? null : parseMapValue(value);
  if (
    written === null ||
    written.zoom < 0 ||
    written.zoom > WORLD.maxZoom ||
    Math.abs(written.lat) > WORLD.maxLat ||
    Math.abs(written.lng) > WORLD.maxLng
  ) {
    return null;
  }
  const view = normalizeMapView(written);
  return { ...view, zoom: Math.round(view.zoom) };
}
