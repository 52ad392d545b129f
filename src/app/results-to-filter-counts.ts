// Adapts the filter engine's result to the plain counts the filter panel takes (features do not
// import each other; they meet here).
import type { FilterCounts } from '../features/filters/filter-counts';
import { countOfUnit } from '../features/practices/engine/filter-practices';
import type { PracticeResults } from '../features/practices/use-practice-results';

export function filterCountsOf(results: PracticeResults | null): FilterCounts | null {
  const facets = results?.result.facets;
  if (!results || !facets) return null;
  const { index } = results;
  return {
    type: facets.type,
    form: facets.form,
    sector: facets.sector,
    unit: facets.unit,
    region: (terc) => countOfUnit(index, facets.region, terc),
    yearBounds: index.minYear === 0 ? null : { min: index.minYear, max: index.maxYear },
    undated: facets.years.unknownYear,
    covering: results.result.covering,
    textSuggestion: results.result.textSuggestion,
    textScope: results.textScope,
  };
}
