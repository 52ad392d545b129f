// The one computation behind the explorer: the practices index (built once per loaded dataset)
// and the result of the current filters (computed once per filter state, however many components
// read it: the list, the map layers, the table and, through app/, the filter panel's counts).
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { practicesQueryOptions } from '../../data/practices-query';
import { useGazetteer } from '../../data/use-gazetteer';
import { useViewStore } from '../../stores/use-view-store';
import type { Filters } from '../../stores/view-state';
import { filterPractices, type FilterResult } from './filter-practices';
import { buildPracticeIndex, type PracticeIndex } from './practice-index';
import type { PracticesFile } from '../../data/schemas';
import type { GazetteerIndex } from '../../data/gazetteer-index';

const indexes = new WeakMap<PracticesFile, { gazetteer: GazetteerIndex; index: PracticeIndex }>();

/** buildPracticeIndex, once per loaded dataset (every component that asks shares it). */
export function indexFor(practicesFile: PracticesFile, gazetteer: GazetteerIndex): PracticeIndex {
  const cached = indexes.get(practicesFile);
  if (cached && cached.gazetteer === gazetteer) return cached.index;
  const index = buildPracticeIndex(practicesFile.practices, gazetteer.units);
  indexes.set(practicesFile, { gazetteer, index });
  return index;
}

const lastResult = new WeakMap<PracticeIndex, { filters: Filters; result: FilterResult }>();

/** filterPractices, remembered per index for the last filter state (filters are immutable). */
export function resultFor(index: PracticeIndex, filters: Filters): FilterResult {
  const last = lastResult.get(index);
  if (last && last.filters === filters) return last.result;
  const result = filterPractices(index, filters);
  lastResult.set(index, { filters, result });
  return result;
}

/** The practices index, or undefined while the practices or the gazetteer are loading. */
export function usePracticeIndex(): PracticeIndex | undefined {
  const { data: practicesFile } = useQuery(practicesQueryOptions());
  const { data: gazetteer } = useGazetteer();
  return useMemo(
    () => (practicesFile && gazetteer ? indexFor(practicesFile, gazetteer) : undefined),
    [practicesFile, gazetteer],
  );
}

export interface PracticeResults {
  index: PracticeIndex;
  filters: Filters;
  result: FilterResult;
}

/** The index and the result of the current filters; null while data is loading. */
export function usePracticeResults(): PracticeResults | null {
  const index = usePracticeIndex();
  const filters = useViewStore((state) => state.filters);
  return useMemo(
    () => (index ? { index, filters, result: resultFor(index, filters) } : null),
    [index, filters],
  );
}
