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
}

export function FilterPanel({ counts, showHeading = true }: FilterPanelProps) {
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
      <TextSearch suggestion={counts?.textSuggestion ?? null} />
      <ActiveFilters counts={counts} />
      <CoveringToggle counts={counts} />
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
