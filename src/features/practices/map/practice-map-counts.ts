// The choropleth's input: matching practices per unit, looked up by TERC code. Built once per
// filter result (the same function each time it is asked for), so passing it down restyles the
// shaded boundaries exactly when the result changes.
import { useMemo } from 'react';
import type { FilterResult } from '../engine/filter-practices';
import type { PracticeIndex } from '../engine/practice-index';
import { usePracticeResults } from '../use-practice-results';

const lookups = new WeakMap<FilterResult, (terc: string) => number>();

/** Matching practices overlapping unit `terc` (0 for a code the gazetteer lacks). */
export function unitCountLookup(
  index: PracticeIndex,
  result: FilterResult,
): ((terc: string) => number) | null {
  const counts = result.unitCounts;
  if (!counts) return null;
  let lookup = lookups.get(result);
  if (!lookup) {
    lookup = (terc: string) => {
      const u = index.unitIndexByCode.get(terc);
      return u === undefined ? 0 : (counts[u] ?? 0);
    };
    lookups.set(result, lookup);
  }
  return lookup;
}

/** For BoundaryLayers' `unitCounts`: null while the practices load. */
export function usePracticeUnitCounts(): ((terc: string) => number) | null {
  const results = usePracticeResults();
  return useMemo(
    () => (results ? unitCountLookup(results.index, results.result) : null),
    [results],
  );
}
