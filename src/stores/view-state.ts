// The shareable view state: what the URL query string encodes and the view store mirrors.
// Filters use codes and slugs only (TERC codes for places), never display names.
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import {
  COOPERATION_FORMS,
  PRACTICE_TYPES,
  SECTORS,
  type CooperationForm,
  type PracticeType,
  type Sector,
} from '../data/vocabularies';

/**
 * Types of the leading unit, as the `unit` filter and link use them. A partition: every leader
 * has exactly one. A city with powiat rights (Kraków, 1261 / 1261011) is `city`, not `urban`.
 */
export const LEADING_UNIT_TYPES = [
  'urban', // gmina miejska
  'rural', // gmina wiejska
  'urban-rural', // gmina miejsko-wiejska
  'city', // miasto na prawach powiatu
  'powiat',
  'voivodeship',
] as const;
export type LeadingUnitType = (typeof LEADING_UNIT_TYPES)[number];

export const VIEWS = ['map', 'list', 'table'] as const;
export type View = (typeof VIEWS)[number];

/** The site's own pages, shown instead of the explorer: "O mapie", "Deklaracja dostępności". */
export const PAGES = ['about', 'accessibility'] as const;
export type Page = (typeof PAGES)[number];

/** Orders of the list and the table (defined in data/practice-order.ts; the engine sorts by each). */
export const SORTS = ['relevance', 'newest', 'name'] as const;
export type Sort = (typeof SORTS)[number];

/** Years a practice may start in (as practiceSchema allows). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/**
 * An inclusive range of `yearStarted`; an open end is null. Never both null (that is no filter:
 * `years: null`). Practices without a known start year do not match any range.
 */
export interface YearRange {
  from: number | null;
  to: number | null;
}

export interface Filters {
  /** TERC codes of any level, sorted, unique. */
  region: string[];
  type: PracticeType[];
  form: CooperationForm[];
  sector: Sector[];
  unit: LeadingUnitType[];
  years: YearRange | null;
  /** With a year range: also the practices whose start year is not known. */
  undated: boolean;
  /** With a region: also the practices of the units that contain it (its powiat, its voivodeship). */
  covering: boolean;
  /** Free text as typed (normalised: see normalizeQueryText); '' when none. */
  q: string;
}

/** The list-valued filters: OR within one, AND across them. */
const LIST_FILTER_KEYS = ['region', 'type', 'form', 'sector', 'unit'] as const;
export type ListFilterKey = (typeof LIST_FILTER_KEYS)[number];

export type FilterValue<K extends ListFilterKey> = Filters[K][number];

export interface ViewState {
  filters: Filters;
  /** TERC code of the place whose panel is open (a unit clicked or searched), or null. */
  place: string | null;
  /** Id of the open practice, or null. */
  practice: string | null;
  view: View;
  /** Order of the list and of the table's practices. */
  sort: Sort;
  /** A page of the site shown instead of the explorer (whose state stays, for the way back). */
  page: Page | null;
  lang: Language;
  /** The embed mode (`embed=1`): the map and results without the app's header and filters, for
   * another site's iframe. Read from the link, never changed by the app. */
  embed: boolean;
}

/** The longest free-text query kept (code points). */
export const MAX_QUERY_LENGTH = 200;
/** The most region codes a view may select. */
export const MAX_REGIONS = 50;

export const EMPTY_FILTERS: Filters = Object.freeze({
  region: [],
  type: [],
  form: [],
  sector: [],
  unit: [],
  years: null,
  undated: false,
  covering: false,
  q: '',
}) as Filters;

export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  filters: EMPTY_FILTERS,
  place: null,
  practice: null,
  view: 'map',
  sort: 'relevance',
  page: null,
  lang: DEFAULT_LANGUAGE,
  embed: false,
}) as ViewState;

/** Allowed values of each list filter other than region (whose values are TERC codes). */
export const FILTER_VOCABULARIES = {
  type: PRACTICE_TYPES,
  form: COOPERATION_FORMS,
  sector: SECTORS,
  unit: LEADING_UNIT_TYPES,
} as const;

/** Sorted (code-unit order, independent of the order of the vocabulary in code) and unique. */
export function sortedUnique<T extends string>(values: Iterable<T>): T[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** True when no filter is active (the practice, view and language do not count). */
export function hasActiveFilters(filters: Filters): boolean {
  return (
    LIST_FILTER_KEYS.some((key) => filters[key].length > 0) ||
    filters.years !== null ||
    filters.q !== ''
  );
}

/** Number of active filter values, as chips would show them (a year range and a query count one each). */
export function countActiveFilters(filters: Filters): number {
  let count = 0;
  for (const key of LIST_FILTER_KEYS) count += filters[key].length;
  if (filters.years !== null) count += 1;
  if (filters.q !== '') count += 1;
  return count;
}
