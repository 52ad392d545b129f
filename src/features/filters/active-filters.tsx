// The active filters as chips, each with its count and a remove button, and one control that
// clears them all. Nothing is rendered when no filter is active.
import { useGazetteer } from '../../data/use-gazetteer';
import { useT } from '../../hooks/use-t';
import { useViewStore } from '../../stores/use-view-store';
import { hasActiveFilters, type FilterValue, type ListFilterKey } from '../../stores/view-state';
import type { FilterCounts } from './filter-counts';
import { regionLabel, vocabularyLabel, yearsLabel } from './filter-labels';
import './active-filters.css';

interface Chip {
  key: string;
  label: string;
  count: number | null;
  remove: () => void;
}

export function ActiveFilters({ counts }: { counts: FilterCounts | null }) {
  const t = useT();
  const { data: gazetteer } = useGazetteer();
  const filters = useViewStore((state) => state.filters);
  const removeValue = useViewStore((state) => state.removeFilterValue);
  const setYears = useViewStore((state) => state.setYears);
  const setQuery = useViewStore((state) => state.setQuery);
  const clearFilters = useViewStore((state) => state.clearFilters);
  if (!hasActiveFilters(filters)) return null;

  const chips: Chip[] = [];
  const removeOf =
    <K extends ListFilterKey>(key: K, value: FilterValue<K>) =>
    () =>
      removeValue(key, value);
  for (const code of filters.region) {
    chips.push({
      key: `region:${code}`,
      label: regionLabel(code, gazetteer, t),
      count: counts ? counts.region(code) : null,
      remove: removeOf('region', code),
    });
  }
  for (const key of ['type', 'form', 'sector', 'unit'] as const) {
    for (const value of filters[key]) {
      const byValue = counts?.[key] as Readonly<Record<string, number>> | undefined;
      chips.push({
        key: `${key}:${value}`,
        label: vocabularyLabel(key, value, t),
        count: byValue ? (byValue[value] ?? 0) : null,
        remove: removeOf(key, value),
      });
    }
  }
  if (filters.years) {
    chips.push({
      key: 'years',
      label: yearsLabel(filters.years, t),
      count: null,
      remove: () => setYears(null),
    });
  }
  if (filters.q !== '') {
    chips.push({
      key: 'q',
      label: t('filters.chip.query', { q: filters.q }),
      count: null,
      // a deliberate removal, unlike typing: setQuery('') replaces; that is fine for a chip too
      remove: () => setQuery(''),
    });
  }

  return (
    <section className="active-filters" aria-label={t('filters.active')}>
      <ul className="active-filters__list">
        {chips.map((chip) => (
          <li key={chip.key} className="chip">
            <span className="chip__label">{chip.label}</span>
            {chip.count !== null && <span className="chip__count">({chip.count})</span>}
            <button
              type="button"
              className="chip__remove"
              aria-label={t('filters.chip.remove', { label: chip.label })}
              title={t('filters.chip.remove', { label: chip.label })}
              onClick={chip.remove}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button active-filters__clear" onClick={clearFilters}>
        {t('filters.clearAll')}
      </button>
    </section>
  );
}
