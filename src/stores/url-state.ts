// The link's query string ⇄ ViewState, a public interface (see README "Links"). Parsing is
// tolerant and reports what it ignored (url-issues.ts); serializing is canonical (defaults
// omitted, lists sorted and unique, fixed key order): one view, one link. The map view in the
// hash has its own codec, url-map-hash.ts.
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
//   place     TERC code of the place whose panel is open            place=2206042
//   practice  id of the open practice                              practice=koscierskie-partnerstwo
//   view      map (default) | list | table
//   sort      relevance (default) | newest | name: the order of the list
//   page      about | accessibility: a page of the site over the explorer (none by default)
//   lang      pl (default) | en
//   embed     1: the embed mode (map and results without header and filters); dropped otherwise
// Hash: `#map=zoom/lat/lng`, e.g. `#map=9/54.1/18.0` (url-map-hash.ts).
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
  PAGES,
  SORTS,
  VIEWS,
  sortedUnique,
  type Filters,
  type Page,
  type Sort,
  type View,
  type ViewState,
  type YearRange,
} from './view-state';
import { MAX_PARAMS, decodeUrlComponent, quoteInIssue, type UrlIssue } from './url-issues';
import { parseYearRange, serializeYearRange } from './url-year-range';

// Kept importable from here as before the split: app/ reads both parts of the link (the query
// and the hash) and the issues they report through this module.
export type { UrlIssue, UrlIssueReason } from './url-issues';
export { parseMapHash } from './url-map-hash';

export interface ParsedViewState {
  state: ViewState;
  ignored: UrlIssue[];
}

/** A raw (still %-encoded) value longer than this is not read (q is read, then truncated). */
export const MAX_RAW_VALUE_LENGTH = 4096;
/** Longest practice id accepted in a link. */
export const MAX_PRACTICE_ID_LENGTH = 200;
const PRACTICE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isOneOf<T extends string>(vocabulary: readonly T[], value: string): value is T {
  return (vocabulary as readonly string[]).includes(value);
}

function listItems(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
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
    const key = decodeUrlComponent(rawKey);
    if (key === null) {
      ignored.push({
        key: quoteInIssue(rawKey),
        value: quoteInIssue(rawValue),
        reason: 'malformed-encoding',
      });
      continue;
    }
    if (rawValue.length > MAX_RAW_VALUE_LENGTH && key !== 'q') {
      ignored.push({ key: quoteInIssue(key), value: quoteInIssue(rawValue), reason: 'too-long' });
      continue;
    }
    const value = decodeUrlComponent(rawValue);
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
  const flags = {
    undated: null as boolean | null,
    covering: null as boolean | null,
    embed: null as boolean | null,
  };
  let q: string | null = null;
  let place: string | null = null;
  let practice: string | null = null;
  let view: View | null = null;
  let sort: Sort | null = null;
  let page: Page | null = null;
  let lang: Language | null = null;

  for (const { key, rawValue, value: decoded } of params) {
    const quotedKey = quoteInIssue(key);
    if (decoded === null) {
      ignored.push({ key: quotedKey, value: quoteInIssue(rawValue), reason: 'malformed-encoding' });
      continue;
    }
    const invalid = (value: string) =>
      ignored.push({ key: quotedKey, value: quoteInIssue(value), reason: 'invalid-value' });
    const repeated = () =>
      ignored.push({ key: quotedKey, value: quoteInIssue(decoded), reason: 'repeated-key' });
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
          ignored.push({ key: quotedKey, value: quoteInIssue(decoded), reason: 'reversed-range' });
        }
        break;
      }
      case 'undated':
      case 'covering':
      case 'embed': {
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
          ignored.push({ key: quotedKey, value: quoteInIssue(decoded), reason: 'truncated' });
        }
        break;
      }
      case 'place': {
        const code = decoded.trim();
        if (code === '') break;
        if (place !== null) repeated();
        else if (isTercCode(code)) place = code;
        else invalid(decoded);
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
      case 'page':
      case 'lang': {
        const slug = decoded.trim().toLowerCase();
        if (slug === '') break;
        const seen = { view, sort, page, lang }[key];
        if (seen !== null) {
          repeated();
          break;
        }
        if (key === 'view' && isOneOf(VIEWS, slug)) view = slug;
        else if (key === 'sort' && isOneOf(SORTS, slug)) sort = slug;
        else if (key === 'page' && isOneOf(PAGES, slug)) page = slug;
        else if (key === 'lang' && isOneOf(LANGUAGES, slug)) lang = slug;
        else invalid(decoded);
        break;
      }
      default:
        ignored.push({ key: quotedKey, value: quoteInIssue(decoded), reason: 'unknown-key' });
    }
  }

  let region = sortedUnique(lists.region);
  if (region.length > MAX_REGIONS) {
    const extra = region.slice(MAX_REGIONS);
    region = region.slice(0, MAX_REGIONS);
    ignored.push({
      key: 'region',
      value: quoteInIssue(extra.join(',')),
      reason: 'too-many-values',
    });
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
      place,
      practice,
      view: view ?? DEFAULT_VIEW_STATE.view,
      sort: sort ?? DEFAULT_VIEW_STATE.sort,
      page,
      lang: lang ?? DEFAULT_VIEW_STATE.lang,
      embed: flags.embed === true,
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
  if (state.place !== null) parts.push(`place=${encodeValue(state.place)}`);
  if (state.practice !== null) parts.push(`practice=${encodeValue(state.practice)}`);
  if (state.view !== DEFAULT_VIEW_STATE.view) parts.push(`view=${state.view}`);
  if (state.sort !== DEFAULT_VIEW_STATE.sort) parts.push(`sort=${state.sort}`);
  if (state.page !== null) parts.push(`page=${state.page}`);
  if (state.lang !== DEFAULT_VIEW_STATE.lang) parts.push(`lang=${state.lang}`);
  if (state.embed) parts.push('embed=1');
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
    ignored.push({ key: 'region', value: quoteInIssue(code), reason: 'unknown-region' });
    return false;
  });
  let place = state.place;
  if (place !== null && !known.regionCodes.has(place)) {
    ignored.push({ key: 'place', value: quoteInIssue(place), reason: 'unknown-region' });
    place = null;
  }
  let practice = state.practice;
  if (practice !== null && !known.practiceIds.has(practice)) {
    ignored.push({ key: 'practice', value: quoteInIssue(practice), reason: 'unknown-practice' });
    practice = null;
  }
  if (ignored.length === 0) return { state, ignored };
  return { state: { ...state, filters: { ...state.filters, region }, place, practice }, ignored };
}
