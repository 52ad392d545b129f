// A checkbox group for one vocabulary filter: practice type, form, partner sector, leader type.
import { useT } from '../../hooks/use-t';
import { useViewStore } from '../../stores/use-view-store';
import { FILTER_VOCABULARIES, type FilterValue } from '../../stores/view-state';
import type { FilterCounts } from './filter-counts';
import { vocabularyLabel } from './filter-labels';
import { FilterOption } from './filter-option';
import './filter-group.css';

type VocabularyKey = keyof typeof FILTER_VOCABULARIES;

const LEGEND_KEYS = {
  type: 'filters.type.legend',
  form: 'filters.form.legend',
  sector: 'filters.sector.legend',
  unit: 'filters.unit.legend',
} as const satisfies Record<VocabularyKey, string>;

export function VocabularyFilter<K extends VocabularyKey>({
  filterKey,
  counts,
}: {
  filterKey: K;
  counts: FilterCounts | null;
}) {
  const t = useT();
  const selected = useViewStore((state) => state.filters[filterKey]) as readonly string[];
  const toggle = useViewStore((state) => state.toggleFilterValue);
  const countsOf = counts?.[filterKey] as Readonly<Record<string, number>> | undefined;
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{t(LEGEND_KEYS[filterKey as VocabularyKey])}</legend>
      {FILTER_VOCABULARIES[filterKey].map((value: string) => (
        <FilterOption
          key={value}
          label={vocabularyLabel(filterKey as VocabularyKey, value, t)}
          count={countsOf ? (countsOf[value] ?? 0) : null}
          checked={selected.includes(value)}
          onToggle={() => toggle(filterKey, value as FilterValue<K>)}
        />
      ))}
    </fieldset>
  );
}
