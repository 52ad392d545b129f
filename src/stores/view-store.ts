// The shareable view state at runtime: filters, open practice, view, language. The URL is its
// public form (url-state.ts); url-sync.ts keeps the two in step. Every action keeps the state
// canonical (lists sorted and unique, query normalised) and says how the change belongs in the
// browser history (`historyMode`), which is the history policy in one place:
//
//   push     a deliberate change of what is shown: filters, opening/closing a practice, the view
//   typing   the search text: replaces the current entry once typing pauses (no entry per key)
//   replace  language switch, list order, corrections after data validation: no new entry
//   none     the state came from the URL (start, Back/Forward): the URL already says it
import { createStore, type StoreApi } from 'zustand/vanilla';
import { isTercCode } from '../data/terc';
import { normalizeQueryText } from '../utils/search-text';
import { sameViewState } from './url-state';
import { LANGUAGES, type Language } from '../i18n/languages';
import {
  DEFAULT_VIEW_STATE,
  EMPTY_FILTERS,
  FILTER_VOCABULARIES,
  MAX_QUERY_LENGTH,
  MAX_REGIONS,
  MAX_YEAR,
  MIN_YEAR,
  PAGES,
  SORTS,
  VIEWS,
  sortedUnique,
  type FilterValue,
  type Filters,
  type ListFilterKey,
  type Page,
  type Sort,
  type View,
  type ViewState,
  type YearRange,
} from './view-state';

export type HistoryMode = 'push' | 'typing' | 'replace' | 'none';

export interface ViewStoreActions {
  /** Adds the value to a list filter, or removes it when present (a checkbox, a chip). */
  toggleFilterValue<K extends ListFilterKey>(key: K, value: FilterValue<K>): void;
  /** Replaces the values of a list filter. */
  setFilterValues<K extends ListFilterKey>(key: K, values: readonly FilterValue<K>[]): void;
  /** Removes one value (a chip's ×). */
  removeFilterValue<K extends ListFilterKey>(key: K, value: FilterValue<K>): void;
  /** A year range, or null for none; a reversed range is put in order. */
  setYears(range: YearRange | null): void;
  /** The search text as typed; kept normalised (see normalizeQueryText). */
  setQuery(q: string): void;
  /** Clears every filter (practice, view and language stay). */
  clearFilters(): void;
  /** Opens the panel of a place (a unit clicked or searched); null closes it. */
  openPlace(terc: string | null): void;
  openPractice(id: string): void;
  closePractice(): void;
  /** With a region filter: also show the practices of the units containing it. */
  setCovering(on: boolean): void;
  /** With a year range: also show the practices whose start year is not known. */
  setUndated(on: boolean): void;
  setView(view: View): void;
  /** The order of the list: how the same practices are shown, so no new history entry. */
  setSort(sort: Sort): void;
  setLang(lang: Language): void;
  /** Opens a page of the site (null: back to the explorer, as it was); a new history entry. */
  setPage(page: Page | null): void;
  /** Takes a state read from the URL (start, popstate): no history entry is written. */
  applyUrlState(state: ViewState): void;
  /** Takes a corrected state (after validateViewState): replaces the current history entry. */
  correctState(state: ViewState): void;
}

export interface ViewStoreState extends ViewState {
  /** How the last change belongs in the browser history; read by the URL sync. */
  historyMode: HistoryMode;
}

export type ViewStore = ViewStoreState & ViewStoreActions;

/** The shareable part of the store's state. */
export function viewStateOf(state: ViewStoreState): ViewState {
  return {
    filters: state.filters,
    place: state.place,
    practice: state.practice,
    view: state.view,
    sort: state.sort,
    page: state.page,
    lang: state.lang,
    embed: state.embed,
  };
}

/**
 * The view's state with no place or practice open: what the links of listed practices (and the
 * exported files' view link) build on. A selector for useShallow: equal fields, no re-render.
 */
export function selectResultsLinkState(state: ViewStoreState): ViewState {
  return { ...viewStateOf(state), place: null, practice: null };
}

function isValidValue(key: ListFilterKey, value: string): boolean {
  if (key === 'region') return isTercCode(value);
  return (FILTER_VOCABULARIES[key] as readonly string[]).includes(value);
}

/** Canonical values of a list filter: valid, sorted, unique (regions capped at MAX_REGIONS). */
function cleanValues<K extends ListFilterKey>(key: K, values: readonly string[]): Filters[K] {
  const clean = sortedUnique(values.filter((value) => isValidValue(key, value)));
  return (key === 'region' ? clean.slice(0, MAX_REGIONS) : clean) as Filters[K];
}

function cleanYears(range: YearRange | null): YearRange | null {
  if (range === null) return null;
  const valid = (year: number | null) =>
    year !== null && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
  const from = valid(range.from);
  const to = valid(range.to);
  if (from === null && to === null) return null;
  return from !== null && to !== null && from > to ? { from: to, to: from } : { from, to };
}

/** A view state made canonical (for states from outside: tests, URL, other code). */
export function canonicalViewState(state: ViewState): ViewState {
  const f = state.filters;
  return {
    filters: {
      region: cleanValues('region', f.region),
      type: cleanValues('type', f.type),
      form: cleanValues('form', f.form),
      sector: cleanValues('sector', f.sector),
      unit: cleanValues('unit', f.unit),
      years: cleanYears(f.years),
      undated: f.undated === true && cleanYears(f.years) !== null,
      covering: f.covering === true && f.region.length > 0,
      q: normalizeQueryText(f.q, MAX_QUERY_LENGTH),
    },
    place: state.place !== null && isTercCode(state.place) ? state.place : null,
    practice: state.practice,
    view: (VIEWS as readonly string[]).includes(state.view) ? state.view : DEFAULT_VIEW_STATE.view,
    sort: (SORTS as readonly string[]).includes(state.sort) ? state.sort : DEFAULT_VIEW_STATE.sort,
    page:
      state.page !== null && (PAGES as readonly string[]).includes(state.page) ? state.page : null,
    lang: (LANGUAGES as readonly string[]).includes(state.lang)
      ? state.lang
      : DEFAULT_VIEW_STATE.lang,
    embed: state.embed === true,
  };
}

export function createViewStore(initial: ViewState = DEFAULT_VIEW_STATE): StoreApi<ViewStore> {
  return createStore<ViewStore>()((set, get) => {
    /** Sets a new view state unless it has the same link as the current one. */
    const commit = (next: ViewState, historyMode: HistoryMode) => {
      const current = get();
      if (sameViewState(viewStateOf(current), next)) return;
      set({ ...next, historyMode });
    };
    const withFilters = (filters: Partial<Filters>, historyMode: HistoryMode = 'push') => {
      const current = viewStateOf(get());
      commit({ ...current, filters: { ...current.filters, ...filters } }, historyMode);
    };
    const listOf = <K extends ListFilterKey>(key: K): readonly string[] => get().filters[key];

    return {
      ...canonicalViewState(initial),
      historyMode: 'none',
      toggleFilterValue: (key, value) => {
        const values = listOf(key);
        withFilters({
          [key]: cleanValues(
            key,
            values.includes(value) ? values.filter((v) => v !== value) : [...values, value],
          ),
        });
      },
      setFilterValues: (key, values) => withFilters({ [key]: cleanValues(key, values) }),
      removeFilterValue: (key, value) =>
        withFilters({
          [key]: cleanValues(
            key,
            listOf(key).filter((v) => v !== value),
          ),
        }),
      setYears: (range) => withFilters({ years: cleanYears(range) }),
      setQuery: (q) => withFilters({ q: normalizeQueryText(q, MAX_QUERY_LENGTH) }, 'typing'),
      clearFilters: () => withFilters(EMPTY_FILTERS),
      setCovering: (on) => withFilters({ covering: on }),
      setUndated: (on) => withFilters({ undated: on }),
      // a place or practice chosen while a page is open (the header's search) shows the explorer
      openPlace: (terc) => commit({ ...viewStateOf(get()), place: terc, page: null }, 'push'),
      openPractice: (id) => commit({ ...viewStateOf(get()), practice: id, page: null }, 'push'),
      closePractice: () => commit({ ...viewStateOf(get()), practice: null }, 'push'),
      setView: (view) => commit({ ...viewStateOf(get()), view, page: null }, 'push'),
      setPage: (page) => commit({ ...viewStateOf(get()), page }, 'push'),
      setSort: (sort) => commit({ ...viewStateOf(get()), sort }, 'replace'),
      setLang: (lang) => commit({ ...viewStateOf(get()), lang }, 'replace'),
      applyUrlState: (state) => commit(canonicalViewState(state), 'none'),
      correctState: (state) => commit(canonicalViewState(state), 'replace'),
    };
  });
}
