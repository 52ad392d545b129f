// The map view in the hash, `#map=zoom/lat/lng` (as maputnik and OSM do): the one codec for it.
// The app reads it at start, together with the query; the map feature writes it on every move
// (src/features/map/map-hash-sync.tsx); the e2e driver reads it back to find places on screen.
//
// Why it lives in stores and not in the map feature: the hash is part of the link (README
// "Links"). It is read at start with the query, what it had that could not be used is a UrlIssue
// shown in the same notice, and it is read with the same tolerance (url-issues.ts). Stores may not
// import features, while features may import stores: so the grammar, the limits and the
// precision live here, beside the rest of the link codec, and the map feature keeps what is its
// own: when to write (after each move, replacing the history entry).
//
// Precision: a link is read to 5 decimals (about a metre), zooms to 2; the map writes 4 decimals
// (about 10 m) and whole zooms (formatMapView), clamped, so what it writes reads back unchanged
// and without a notice. Only the map entry is ever written back (withMapView, canonicalMapHash).
import { MAX_ZOOM, MIN_ZOOM } from '../config/map';
import { MAX_PARAMS, decodeUrlComponent, quoteInIssue, type UrlIssue } from './url-issues';

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

/** What a link may ask of the map: Poland with a margin, the zooms the map allows. */
export const MAP_VIEW_LIMITS = {
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
  south: 47.5,
  north: 56.5,
  west: 12,
  east: 26.5,
} as const;

/** The hash entry that holds the view. */
const MAP_KEY = 'map';
const DECIMAL = /^-?\d{1,3}(?:\.\d{1,12})?$/;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function isOutsideLimits({ zoom, lat, lng }: MapView): boolean {
  const L = MAP_VIEW_LIMITS;
  return (
    zoom < L.minZoom ||
    zoom > L.maxZoom ||
    lat < L.south ||
    lat > L.north ||
    lng < L.west ||
    lng > L.east
  );
}

/** Zoom kept to 2 decimals, lat/lng to 5 (about a metre), so a link does not drift when re-parsed. */
export function normalizeMapView(view: MapView): MapView {
  const L = MAP_VIEW_LIMITS;
  return {
    zoom: roundTo(clamp(view.zoom, L.minZoom, L.maxZoom), 2),
    lat: roundTo(clamp(view.lat, L.south, L.north), 5),
    lng: roundTo(clamp(view.lng, L.west, L.east), 5),
  };
}

/** The numbers of a `zoom/lat/lng` value as written (no limits applied), or null when malformed. */
export function parseMapValue(value: string): MapView | null {
  const parts = value.split('/');
  if (parts.length !== 3 || !parts.every((part) => DECIMAL.test(part))) return null;
  const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
  return { zoom, lat, lng };
}

/**
 * Reads `map=zoom/lat/lng` from a location hash (with or without `#`; other `&`-separated entries
 * are reported as unknown). Values outside MAP_VIEW_LIMITS are clamped and reported.
 */
export function parseMapHash(hash: string): { view: MapView | null; ignored: UrlIssue[] } {
  const ignored: UrlIssue[] = [];
  let view: MapView | null = null;
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  let read = 0;
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    if ((read += 1) > MAX_PARAMS) break;
    const eq = pair.indexOf('=');
    const key = decodeUrlComponent(eq === -1 ? pair : pair.slice(0, eq)) ?? '';
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    if (key !== MAP_KEY) {
      ignored.push({
        key: quoteInIssue(key),
        value: quoteInIssue(rawValue),
        reason: 'unknown-key',
      });
      continue;
    }
    if (view !== null) {
      ignored.push({ key, value: quoteInIssue(rawValue), reason: 'repeated-key' });
      continue;
    }
    const written = parseMapValue(rawValue);
    if (written === null) {
      ignored.push({ key, value: quoteInIssue(rawValue), reason: 'invalid-value' });
      continue;
    }
    view = normalizeMapView(written);
    if (isOutsideLimits(written)) {
      ignored.push({ key, value: quoteInIssue(rawValue), reason: 'out-of-range' });
    }
  }
  return { view, ignored };
}

function formatNumber(value: number, decimals: number): string {
  return String(roundTo(value, decimals));
}

/**
 * The view as the map writes it on every move, `map=7/50.0000/19.9000`: whole zooms (2 decimals
 * at most), the centre to 4 decimals (about 10 m), clamped to MAP_VIEW_LIMITS like a link read
 * back (the map may show a centre a hair outside them, e.g. when it keeps Poland in view): so
 * the link the app writes is a fixed point, reopened without a notice and written the same.
 */
export function formatMapView(view: MapView): string {
  const L = MAP_VIEW_LIMITS;
  const zoom = roundTo(clamp(view.zoom, L.minZoom, L.maxZoom), 2);
  const lat = clamp(view.lat, L.south, L.north);
  const lng = clamp(view.lng, L.west, L.east);
  return `${MAP_KEY}=${formatNumber(zoom, 2)}/${fixed4(lat)}/${fixed4(lng)}`;
}

/** 4 decimals without a `-0.0000`. */
function fixed4(value: number): string {
  const text = value.toFixed(4);
  return /^-0\.0+$/.test(text) ? text.slice(1) : text;
}

function hashEntries(hash: string): string[] {
  return hash
    .replace(/^#/, '')
    .split('&')
    .filter((entry) => entry !== '');
}

const isMapEntry = (entry: string) => entry.startsWith(`${MAP_KEY}=`);

/** The first `map=` entry's value in a hash, as written, or null. */
export function findMapValue(hash: string): string | null {
  return (
    hashEntries(hash)
      .find(isMapEntry)
      ?.slice(MAP_KEY.length + 1) ?? null
  );
}

/**
 * The hash the app writes for a map view: its map entry alone (formatMapView). Whatever else the
 * hash held was reported when the link was read and is dropped, so the address bar and "Kopiuj
 * link" carry only what the app understood.
 */
export function withMapView(view: MapView): string {
  return `#${formatMapView(view)}`;
}

/**
 * The canonical form of a hash as read: `#` + its map entry as the map writes it, or '' when it
 * names no usable view. Unknown and repeated entries are dropped.
 */
export function canonicalMapHash(hash: string): string {
  const { view } = parseMapHash(hash);
  return view === null ? '' : withMapView(view);
}

/**
 * The hash to keep in the address bar when the query is written: as it is when it is a clean map
 * entry (the map's own writing, or a link read without a notice), else its canonical form, so
 * nothing the link had that was ignored stays in the URL.
 */
export function cleanMapHash(hash: string): string {
  const { view, ignored } = parseMapHash(hash);
  if (view === null) return '';
  return ignored.length === 0 ? hash : withMapView(view);
}
