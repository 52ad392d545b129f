// The filter panel: text search, active filters, regions, the four vocabularies and the years.
// OR within one filter, AND across filters (the engine does it); counts come from app/.
import { useId } from 'react';
import { usePracticesFailed } from '../../data/use-data-problems';
import { useT } from '../../hooks/use-t';
import { ActiveFilters } from './active-filters';
import type { FilterCounts } from './filter-counts';
import { AreaSearch, CoveringToggle, VoivodeshipFilter } from './region-filter';
import { TextSearch } from './text-search';
import { VocabularyFilter } from './vocabulary-filter';
import { YearRangeFilter } from './year-range-filter';
import './filter-panel.css';

interface FilterPanelProps {
  /** Null while the practices load: the options show without counts. */
  counts: FilterCounts | null;
  /** Whether to show the panel's own heading (a drawer names itself). */
  showHeading?: boolean;
  /**
   * Whether the active filters (chips, the practices around a place) are shown here; false where
   * the page shows them above the results (ActiveFiltersBar), so that the first filter added does
   * not push every checkbox below it down under the pointer.
   */
  showActive?: boolean;
}

export function FilterPanel({ counts, showHeading = true, showActive = true }: FilterPanelProps) {
  const t = useT();
  // failed practices are not "loading" (issue 11): the panel says so instead of waiting forever
  const practicesFailed = usePracticesFailed();
  const headingId = useId();
  return (
    <section
      className="filter-panel"
      aria-labelledby={showHeading ? headingId : undefined}
      aria-label={showHeading ? undefined : t('filters.heading')}
      aria-busy={counts === null && !practicesFailed}
    >
      {showHeading && (
        <h2 id={headingId} className="panel-heading">
          {t('filters.heading')}
        </h2>
      )}
      <TextSearch suggestion={counts?.textSuggestion ?? null} scope={counts?.textScope ?? 'all'} />
      {showActive && <ActiveFiltersBar counts={counts} />}
      {counts === null && (
        <p className="filter-panel__loading">
          {t(practicesFailed ? 'results.unavailable' : 'filters.loading')}
        </p>
      )}
      <VoivodeshipFilter counts={counts} />
      <AreaSearch />
      <VocabularyFilter filterKey="type" counts={counts} />
      <VocabularyFilter filterKey="form" counts={counts} />
      <VocabularyFilter filterKey="sector" counts={counts} />
      <VocabularyFilter filterKey="unit" counts={counts} />
      <YearRangeFilter counts={counts} />
    </section>
  );
}

/** The active filters and, with a place chosen, the practices around it: in the panel or above the results. */
export function ActiveFiltersBar({ counts }: { counts: FilterCounts | null }) {
  return (
    <>
      <ActiveFilters counts={counts} />
      <CoveringToggle counts={counts} />
    </>
  );
}
