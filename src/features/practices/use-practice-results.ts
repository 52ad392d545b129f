// The one computation behind the explorer: the practices index (built once per loaded dataset)
// and the result of the current filters (computed once per filter state, however many components
// read it: the list, the map layers, the table and, through app/, the filter panel's counts).
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useReducer } from 'react';
import { practicesQueryOptions } from '../../data/practices-query';
import { useGazetteer } from '../../data/use-gazetteer';
import { useViewStore } from '../../stores/use-view-store';
import type { Filters } from '../../stores/view-state';
import { filterPractices, type FilterResult } from './engine/filter-practices';
import { buildPracticeIndex, type PracticeIndex } from './engine/practice-index';
import { advanceTextIndex, isTextIndexBuilt, type SearchTexts } from './engine/practice-text-index';
import type { PracticeTextsFile } from '../../data/schemas';
import { practiceTextsQueryOptions } from '../../data/practice-texts-query';
import { afterMapReady } from '../../utils/performance-marks';
import { whenIdle } from '../../utils/when-idle';
import type { PracticesFile } from '../../data/schemas';
import { EMPTY_GAZETTEER_INDEX, type GazetteerIndex } from '../../data/gazetteer-index';

const indexes = new WeakMap<PracticesFile, { gazetteer: GazetteerIndex; index: PracticeIndex }>();

/** buildPracticeIndex, once per loaded dataset (every component that asks shares it). */
function indexFor(practicesFile: PracticesFile, gazetteer: GazetteerIndex): PracticeIndex {
  const cached = indexes.get(practicesFile);
  if (cached && cached.gazetteer === gazetteer) return cached.index;
  const index = buildPracticeIndex(practicesFile.practices, gazetteer.units);
  indexes.set(practicesFile, { gazetteer, index });
  prepareTextIndexWhenIdle(index);
  return index;
}

/** Slice of idle time given to the text index build at a time (under a frame, no long task). */
const TEXT_INDEX_SLICE_MS = 8;

/**
 * Builds the text index after the first view is drawn, in slices of idle time, so the map is not
 * kept waiting for it and the first search does not pay for it (if it comes first, it finishes
 * the build itself). Nothing to cancel: the index lives as long as its dataset.
 */
function prepareTextIndexWhenIdle(index: PracticeIndex): void {
  if (typeof window === 'undefined') return;
  const slice = () => {
    if (!advanceTextIndex(index, TEXT_INDEX_SLICE_MS)) whenIdle(slice);
  };
  afterMapReady(() => whenIdle(slice));
}

/** The texts each index's idle build has been started with (once per pair), and who waits for it. */
const preparedTexts = new WeakMap<
  PracticeIndex,
  { texts: PracticeTextsFile; waiting: Set<() => void> }
>();

/**
 * Once the practices' texts are here (a focus of the search box or a query loads them), their
 * text index is built in idle slices (it is ~1.3 s of work at 100,000 practices, a long task if
 * a query built it at once); `onBuilt` is called when it is done (at once if it is). Returns a
 * cancel of that call.
 */
function whenTextsIndexBuilt(
  index: PracticeIndex,
  texts: PracticeTextsFile,
  onBuilt: () => void,
): () => void {
  if (isTextIndexBuilt(index, texts)) {
    onBuilt();
    return () => {};
  }
  let prepared = preparedTexts.get(index);
  if (prepared?.texts !== texts) {
    const waiting = new Set<() => void>();
    preparedTexts.set(index, (prepared = { texts, waiting }));
    const slice = () => {
      if (!advanceTextIndex(index, TEXT_INDEX_SLICE_MS, texts)) whenIdle(slice);
      else for (const call of waiting) call();
    };
    whenIdle(slice);
  }
  const { waiting } = prepared;
  waiting.add(onBuilt);
  return () => waiting.delete(onBuilt);
}

const lastResult = new WeakMap<
  PracticeIndex,
  { filters: Filters; texts: SearchTexts; result: FilterResult }
>();

/** filterPractices, remembered per index for the last filter state and texts (both immutable). */
function resultFor(index: PracticeIndex, filters: Filters, texts: SearchTexts): FilterResult {
  const last = lastResult.get(index);
  // without a text query the texts change nothing: their arrival does not recompute the view
  if (last && last.filters === filters && (last.texts === texts || filters.q === '')) {
    return last.result;
  }
  const result = filterPractices(index, filters, { texts });
  lastResult.set(index, { filters, texts, result });
  return result;
}

/** The practices index, or undefined while the practices or the gazetteer are loading (or the practices failed). */
export function usePracticeIndex(): PracticeIndex | undefined {
  const { data: practicesFile } = useQuery(practicesQueryOptions());
  const gazetteerQuery = useGazetteer();
  // a failed gazetteer still lets the practices be listed, by code, without place names
  const gazetteer =
    gazetteerQuery.data ?? (gazetteerQuery.isError ? EMPTY_GAZETTEER_INDEX : undefined);
  return useMemo(
    () => (practicesFile && gazetteer ? indexFor(practicesFile, gazetteer) : undefined),
    [practicesFile, gazetteer],
  );
}

/**
 * What a text query searched: `all` (the summaries too, or no query), `partial` while
 * practice-texts.json loads (titles, tags, partners and places only), `failed` when it could not
 * be loaded (the same, for good).
 */
export type TextSearchScope = 'all' | 'partial' | 'failed';

export interface PracticeResults {
  index: PracticeIndex;
  filters: Filters;
  result: FilterResult;
  textScope: TextSearchScope;
}

/** The index and the result of the current filters; null while data is loading. */
export function usePracticeResults(): PracticeResults | null {
  const index = usePracticeIndex();
  const filters = useViewStore((state) => state.filters);
  // a text query (typed, or from the link) is what loads the summaries for the search; once
  // here, they stay in the cache for every later query
  const textsQuery = useQuery({ ...practiceTextsQueryOptions(), enabled: filters.q !== '' });
  const loaded = textsQuery.data ?? null;
  // re-rendered when the texts' index is built (its build is outside React)
  const [, textsIndexBuilt] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (index && loaded) return whenTextsIndexBuilt(index, loaded, textsIndexBuilt);
  }, [index, loaded]);
  // the texts count for the search once their index is built: until then the query runs over
  // what the first load has, and says so
  const texts = index && loaded && isTextIndexBuilt(index, loaded) ? loaded : null;
  const textScope: TextSearchScope =
    filters.q === '' || texts ? 'all' : textsQuery.isError ? 'failed' : 'partial';
  return useMemo(
    () => (index ? { index, filters, result: resultFor(index, filters, texts), textScope } : null),
    [index, filters, texts, textScope],
  );
}
