// The map view in the URL hash, `#map=zoom/lat/lng` (as maputnik and OSM do). Other `&`-joined
// parts of the hash are kept, so later keys can live beside it.
import { MAX_ZOOM, MIN_ZOOM } from '../../config/map';

export interface MapViewState {
  zoom: number;
  lat: number;
  lng: number;
}

const NUMBER = /^-?\d{1,3}(?:\.\d+)?$/;

function hashParts(hash: string): string[] {
  return hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part !== '');
}

/** The view in a hash, or null when it is missing or invalid (the caller shows Poland). */
export function parseMapHash(hash: string): MapViewState | null {
  const value = hashParts(hash)
    .find((part) => part.startsWith('map='))
    ?.slice('map='.length);
  if (!value) return null;
  const fields = value.split('/');
  if (fields.length !== 3 || !fields.every((field) => NUMBER.test(field))) return null;
  const [zoom, lat, lng] = fields.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lng) > 180) return null;
  return { zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(zoom))), lat, lng };
}

/** `map=7/50.0000/19.9000`: whole zooms, 4 decimals (~10 m) for the centre. */
export function formatMapView({ zoom, lat, lng }: MapViewState): string {
  const z = Number.isInteger(zoom) ? String(zoom) : String(Number(zoom.toFixed(2)));
  return `map=${z}/${lat.toFixed(4)}/${lng.toFixed(4)}`;
}

/** `hash` with its map part set to `view`, other parts kept in place. */
export function withMapView(hash: string, view: MapViewState): string {
  const parts = hashParts(hash);
  const index = parts.findIndex((part) => part.startsWith('map='));
  const formatted = formatMapView(view);
  if (index >= 0) parts[index] = formatted;
  else parts.unshift(formatted);
  return `#${parts.join('&')}`;
}
