// The link format, a public interface (see README "Links"): query string ⇄ ViewState, and the
// map view in the hash ⇄ MapView. Parsing is tolerant and reports what it ignored; serializing is
// canonical (defaults omitted, lists sorted and unique, fixed key order): one view, one link.
//
// Query keys, in canonical order:
//   region    TERC codes of any level, comma-separated            region=12,2206011
//   type      practice types (PRACTICE_TYPES)                      type=social-services
//   form      forms of cooperation (COOPERATION_FORMS)             form=local-action-group
//   sector    partner sectors (SECTORS)                            sector=ngo,science
//   unit      leading-unit types (LEADING_UNIT_TYPES)              unit=city,rural
//   years     yearStarted range, inclusive: `2010-2015`, open ends `2010-` and `-2015`, one
//             year `2012` (= 2012-2012, the canonical form of it)
//   undated   1: with `years`, also practices whose start year is unknown
//   covering  1: with `region`, also practices of the units containing it (powiat, voivodeship)
//   q         free text, at most MAX_QUERY_LENGTH code points      q=Ko%C5%9Bcierzyna
//   practice  id of the open practice                              practice=koscierskie-partnerstwo
//   view      map (default) | list | table
//   sort      relevance (default) | newest | name: the order of the list
//   lang      pl (default) | en
// Hash: `#map=zoom/lat/lng`, e.g. `#map=9/54.1/18.0`.
//
// Every value here is hostile until checked: keys are matched with a switch (never an object
// lookup, so `__proto__` is just an unknown key), undecodable %-sequences are reported, not thrown.
import { isTercCode } from '../data/terc';
import { normalizeQueryText } from '../utils/search-text';
import { LANGUAGES, type Language } from '../i18n/languages';
import {
  DEFAULT_VIEW_STATE,
  FILTER_VOCABULARIES,
  MAX_QUERY_LENGTH,
  MAX_REGIONS,
  MAX_YEAR,
  MIN_YEAR,
  SORTS,
  VIEWS,
  sortedUnique,
  type Filters,
  type Sort,
  type View,
  type ViewState,
  type YearRange,
} from './view-state';

/**
 * Why part of a link was not applied as written. Codes, translated by the UI (never shown raw).
 * `reversed-range`, `truncated` and `out-of-range` mean the value was corrected and applied; all
 * the others mean it was dropped.
 */
export type UrlIssueReason =
  /** Not a key of the link format (also keys in another case: `Region`). */
  | 'unknown-key'
  /** Not a valid value for its key: unknown slug, malformed TERC code or id, bad year range. */
  | 'invalid-value'
  /** %-encoding that does not decode to text (`%E0%A4%A`, `%zz`). */
  | 'malformed-encoding'
  /** A value far longer than any valid one; dropped without looking further. */
  | 'too-long'
  /** More region codes than MAX_REGIONS; the extra ones are dropped. */
  | 'too-many-values'
  /** A single-valued key given again; the first valid value is kept. */
  | 'repeated-key'
  /** `years=2015-2010`: applied as 2010-2015. */
  | 'reversed-range'
  /** `q` longer than MAX_QUERY_LENGTH: cut to it. */
  | 'truncated'
  /** Map zoom or centre outside MAP_VIEW_LIMITS: moved to the nearest allowed value. */
  | 'out-of-range'
  /** More than MAX_PARAMS parameters; `value` holds how many were not read. */
  | 'too-many-params'
  /** Data step (validateViewState): a well-formed TERC code that is not in the gazetteer. */
  | 'unknown-region'
  /** Data step (validateViewState): no practice has this id. */
  | 'unknown-practice';

export interface UrlIssue {
  /** The key as written (decoded when possible; shortened; '' for too-many-params). */
  key: string;
  /** The offending value or list item as written (decoded when possible; shortened). Plain text: render it as text, never as HTML. */
  value: string;
  reason: UrlIssueReason;
}

export interface ParsedViewState {
  state: ViewState;
  ignored: UrlIssue[];
}

/** Parameters read from one query string; the rest are reported once and skipped. */
export const MAX_PARAMS = 100;
/** A raw (still %-encoded) value longer than this is not read (q is read, then truncated). */
export const MAX_RAW_VALUE_LENGTH = 4096;
/** Longest practice id accepted in a link. */
export const MAX_PRACTICE_ID_LENGTH = 200;
/** Longest key or value quoted back in a UrlIssue. */
const MAX_QUOTED_LENGTH = 80;

const PRACTICE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const YEAR_RANGE = /^(\d{4})?\s*[-–—]\s*(\d{4})?$/;
const SINGLE_YEAR = /^\d{4}$/;

function quote(text: string): string {
  const codePoints = Array.from(
    text.length > MAX_QUOTED_LENGTH * 2 ? text.slice(0, MAX_QUOTED_LENGTH * 2) : text,
  );
  return codePoints.length > MAX_QUOTED_LENGTH
    ? `${codePoints.slice(0, MAX_QUOTED_LENGTH).join('')}…`
    : codePoints.join('');
}

/** decodeURIComponent with `+` as space (form encoding); null when the %-encoding is broken. */
function decodeComponent(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function isOneOf<T extends string>(vocabulary: readonly T[], value: string): value is T {
  return (vocabulary as readonly string[]).includes(value);
}

function listItems(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Parses a `years` value; a reversed range is returned swapped with `reversed: true`. */
export function parseYearRange(value: string): { range: YearRange; reversed: boolean } | null {
  const text = value.trim();
  let from: number | null;
  let to: number | null;
  if (SINGLE_YEAR.test(text)) {
    from = Number(text);
    to = from;
  } else {
    const match = YEAR_RANGE.exec(text);
    if (!match) return null;
    from = match[1] === undefined ? null : Number(match[1]);
    to = match[2] === undefined ? null : Number(match[2]);
  }
  if (from === null && to === null) return null;
  for (const year of [from, to]) {
    if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) return null;
  }
  if (from !== null && to !== null && from > to) {
    return { range: { from: to, to: from }, reversed: true };
  }
  return { range: { from, to }, reversed: false };
}

/** Canonical `years` value: `2010-2015`, `2010-`, `-2015`, `2012`. */
export function serializeYearRange(range: YearRange): string {
  if (range.from !== null && range.from === range.to) return String(range.from);
  return `${range.from ?? ''}-${range.to ?? ''}`;
}

interface RawParam {
  key: string;
  rawValue: string;
  value: string | null;
}

/**
 * Parses a query string (with or without the leading `?`) into a view state. Never throws: what
 * cannot be used is left at its default and listed in `ignored`. Region codes and the practice id
 * are checked for shape only; check them against loaded data with validateViewState.
 */
export function parseViewState(search: string): ParsedViewState {
  const ignored: UrlIssue[] = [];
  const params: RawParam[] = [];
  const body = search.startsWith('?') ? search.slice(1) : search;
  let skipped = 0;
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    if (params.length >= MAX_PARAMS) {
      skipped += 1;
      continue;
    }
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    const key = decodeComponent(rawKey);
    if (key === null) {
      ignored.push({ key: quote(rawKey), value: quote(rawValue), reason: 'malformed-encoding' });
      continue;
    }
    if (rawValue.length > MAX_RAW_VALUE_LENGTH && key !== 'q') {
      ignored.push({ key: quote(key), value: quote(rawValue), reason: 'too-long' });
      continue;
    }
    const value = decodeComponent(rawValue);
    params.push({ key, rawValue, value });
  }
  if (skipped > 0) ignored.push({ key: '', value: String(skipped), reason: 'too-many-params' });

  const lists = {
    region: [] as string[],
    type: [] as Filters['type'],
    form: [] as Filters['form'],
    sector: [] as Filters['sector'],
    unit: [] as Filters['unit'],
  };
  let years: YearRange | null = null;
  const flags = { undated: null as boolean | null, covering: null as boolean | null };
  let q: string | null = null;
  let practice: string | null = null;
  let view: View | null = null;
  let sort: Sort | null = null;
  let lang: Language | null = null;

  for (const { key, rawValue, value: decoded } of params) {
    const quotedKey = quote(key);
    if (decoded === null) {
      ignored.push({ key: quotedKey, value: quote(rawValue), reason: 'malformed-encoding' });
      continue;
    }
    const invalid = (value: string) =>
      ignored.push({ key: quotedKey, value: quote(value), reason: 'invalid-value' });
    const repeated = () =>
      ignored.push({ key: quotedKey, value: quote(decoded), reason: 'repeated-key' });
    switch (key) {
      case 'region':
        for (const item of listItems(decoded)) {
          if (isTercCode(item)) lists.region.push(item);
          else invalid(item);
        }
        break;
      case 'type':
      case 'form':
      case 'sector':
      case 'unit': {
        const vocabulary: readonly string[] = FILTER_VOCABULARIES[key];
        const target: string[] = lists[key];
        for (const item of listItems(decoded)) {
          const slug = item.toLowerCase();
          if (vocabulary.includes(slug)) target.push(slug);
          else invalid(item);
        }
        break;
      }
      case 'years': {
        if (decoded.trim() === '') break;
        if (years !== null) {
          repeated();
          break;
        }
        const parsed = parseYearRange(decoded);
        if (parsed === null) {
          invalid(decoded);
          break;
        }
        years = parsed.range;
        if (parsed.reversed) {
          ignored.push({ key: quotedKey, value: quote(decoded), reason: 'reversed-range' });
        }
        break;
      }
      case 'undated':
      case 'covering': {
        const flag = decoded.trim();
        if (flags[key] !== null) repeated();
        else if (flag === '1') flags[key] = true;
        else if (flag === '0' || flag === '') flags[key] = false;
        else invalid(decoded);
        break;
      }
      case 'q': {
        const text = normalizeQueryText(decoded, MAX_QUERY_LENGTH);
        if (text === '') break;
        if (q !== null) {
          repeated();
          break;
        }
        q = text;
        // longer than the limit iff a cut at twice the limit still differs
        if (text !== normalizeQueryText(decoded, MAX_QUERY_LENGTH * 2)) {
          ignored.push({ key: quotedKey, value: quote(decoded), reason: 'truncated' });
        }
        break;
      }
      case 'practice': {
        const id = decoded.trim().toLowerCase();
        if (id === '') break;
        if (practice !== null) {
          repeated();
          break;
        }
        if (id.length <= MAX_PRACTICE_ID_LENGTH && PRACTICE_ID.test(id)) practice = id;
        else invalid(decoded);
        break;
      }
      case 'view':
      case 'sort':
      case 'lang': {
        const slug = decoded.trim().toLowerCase();
        if (slug === '') break;
        if ((key === 'view' ? view : key === 'sort' ? sort : lang) !== null) {
          repeated();
          break;
        }
        if (key === 'view' && isOneOf(VIEWS, slug)) view = slug;
        else if (key === 'sort' && isOneOf(SORTS, slug)) sort = slug;
        else if (key === 'lang' && isOneOf(LANGUAGES, slug)) lang = slug;
        else invalid(decoded);
        break;
      }
      default:
        ignored.push({ key: quotedKey, value: quote(decoded), reason: 'unknown-key' });
    }
  }

  let region = sortedUnique(lists.region);
  if (region.length > MAX_REGIONS) {
    const extra = region.slice(MAX_REGIONS);
    region = region.slice(0, MAX_REGIONS);
    ignored.push({ key: 'region', value: quote(extra.join(',')), reason: 'too-many-values' });
  }

  return {
    state: {
      filters: {
        region,
        type: sortedUnique(lists.type),
        form: sortedUnique(lists.form),
        sector: sortedUnique(lists.sector),
        unit: sortedUnique(lists.unit),
        years,
        // each flag qualifies a filter, and means nothing (so is dropped) without it
        undated: flags.undated === true && years !== null,
        covering: flags.covering === true && region.length > 0,
        q: q ?? '',
      },
      practice,
      view: view ?? DEFAULT_VIEW_STATE.view,
      sort: sort ?? DEFAULT_VIEW_STATE.sort,
      lang: lang ?? DEFAULT_VIEW_STATE.lang,
    },
    ignored,
  };
}

function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

/**
 * The canonical query string of a view, without the leading `?` ('' for the default view).
 * Defaults are omitted, lists sorted and unique, keys in a fixed order.
 */
export function serializeViewState(state: ViewState): string {
  const { filters } = state;
  const parts: string[] = [];
  const list = (key: string, values: readonly string[]) => {
    if (values.length > 0) parts.push(`${key}=${sortedUnique(values).map(encodeValue).join(',')}`);
  };
  list('region', filters.region);
  list('type', filters.type);
  list('form', filters.form);
  list('sector', filters.sector);
  list('unit', filters.unit);
  if (filters.years !== null && (filters.years.from !== null || filters.years.to !== null)) {
    parts.push(`years=${serializeYearRange(filters.years)}`);
    if (filters.undated) parts.push('undated=1');
  }
  if (filters.covering && filters.region.length > 0) parts.push('covering=1');
  if (filters.q !== '') parts.push(`q=${encodeValue(filters.q)}`);
  if (state.practice !== null) parts.push(`practice=${encodeValue(state.practice)}`);
  if (state.view !== DEFAULT_VIEW_STATE.view) parts.push(`view=${state.view}`);
  if (state.sort !== DEFAULT_VIEW_STATE.sort) parts.push(`sort=${state.sort}`);
  if (state.lang !== DEFAULT_VIEW_STATE.lang) parts.push(`lang=${state.lang}`);
  return parts.join('&');
}

/** `?` + serializeViewState, or '' for the default view: ready to put after a pathname. */
export function toSearchString(state: ViewState): string {
  const query = serializeViewState(state);
  return query === '' ? '' : `?${query}`;
}

/** True when two states have the same link. */
export function sameViewState(a: ViewState, b: ViewState): boolean {
  return a === b || serializeViewState(a) === serializeViewState(b);
}

/** Anything with `has`: a Set of codes, a Map keyed by code. */
export interface KnownValues {
  has(value: string): boolean;
}

export interface KnownData {
  /** TERC codes in the gazetteer. */
  regionCodes: KnownValues;
  /** Ids of the loaded practices. */
  practiceIds: KnownValues;
}

/**
 * The second parsing step, once data has loaded: drops region codes that are not in the gazetteer
 * and a practice id that no practice has, reporting each. Returns the same state object when
 * nothing was dropped.
 */
export function validateViewState(state: ViewState, known: KnownData): ParsedViewState {
  const ignored: UrlIssue[] = [];
  const region = state.filters.region.filter((code) => {
    if (known.regionCodes.has(code)) return true;
    ignored.push({ key: 'region', value: quote(code), reason: 'unknown-region' });
    return false;
  });
  let practice = state.practice;
  if (practice !== null && !known.practiceIds.has(practice)) {
    ignored.push({ key: 'practice', value: quote(practice), reason: 'unknown-practice' });
    practice = null;
  }
  if (ignored.length === 0) return { state, ignored };
  return { state: { ...state, filters: { ...state.filters, region }, practice }, ignored };
}

// ---------------------------------------------------------------------------------------------
// Map view in the hash: `#map=zoom/lat/lng`

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

/** What a link may ask of the map: Poland with a margin, from the whole country to street level. */
export const MAP_VIEW_LIMITS = {
  minZoom: 5,
  maxZoom: 18,
  south: 47.5,
  north: 56.5,
  west: 12,
  east: 26.5,
} as const;

const DECIMAL = /^-?\d{1,3}(?:\.\d{1,12})?$/;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
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
    const key = decodeComponent(eq === -1 ? pair : pair.slice(0, eq)) ?? '';
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    if (key !== 'map') {
      ignored.push({ key: quote(key), value: quote(rawValue), reason: 'unknown-key' });
      continue;
    }
    if (view !== null) {
      ignored.push({ key, value: quote(rawValue), reason: 'repeated-key' });
      continue;
    }
    const parts = rawValue.split('/');
    if (parts.length !== 3 || !parts.every((part) => DECIMAL.test(part))) {
      ignored.push({ key, value: quote(rawValue), reason: 'invalid-value' });
      continue;
    }
    const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
    view = normalizeMapView({ zoom, lat, lng });
    const L = MAP_VIEW_LIMITS;
    if (
      zoom < L.minZoom ||
      zoom > L.maxZoom ||
      lat < L.south ||
      lat > L.north ||
      lng < L.west ||
      lng > L.east
    ) {
      ignored.push({ key, value: quote(rawValue), reason: 'out-of-range' });
    }
  }
  return { view, ignored };
}

function formatNumber(value: number, decimals: number): string {
  return String(roundTo(value, decimals));
}

/** The canonical hash of a map view, without `#`: `map=9/54.12345/18`. */
export function serializeMapHash(view: MapView): string {
  const v = normalizeMapView(view);
  return `map=${formatNumber(v.zoom, 2)}/${formatNumber(v.lat, 5)}/${formatNumber(v.lng, 5)}`;
}
