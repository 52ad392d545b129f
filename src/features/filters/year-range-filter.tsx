// The start-year range: two selects over the years in the data, applied on change (a select
// cannot produce half-typed years, so there is nothing to debounce).
import { useLanguage, useT } from '../../hooks/use-t';
import { formatPracticeCount } from '../../i18n/plural';
import { useViewStore } from '../../stores/use-view-store';
import type { FilterCounts } from './filter-counts';
import './filter-group.css';
import './year-range-filter.css';

function yearOptions(bounds: FilterCounts['yearBounds'], ...chosen: (number | null)[]): number[] {
  const years = new Set<number>();
  if (bounds) for (let year = bounds.min; year <= bounds.max; year += 1) years.add(year);
  // a year from the link outside the data's range stays selectable (and visible)
  for (const year of chosen) if (year !== null) years.add(year);
  return [...years].sort((a, b) => a - b);
}

export function YearRangeFilter({ counts }: { counts: FilterCounts | null }) {
  const t = useT();
  const language = useLanguage();
  const years = useViewStore((state) => state.filters.years);
  const setYears = useViewStore((state) => state.setYears);
  const undated = useViewStore((state) => state.filters.undated);
  const setUndated = useViewStore((state) => state.setUndated);
  const from = years?.from ?? null;
  const to = years?.to ?? null;
  const options = yearOptions(counts?.yearBounds ?? null, from, to);

  const change = (end: 'from' | 'to', value: string) => {
    const year = value === '' ? null : Number(value);
    const next = { from, to, [end]: year };
    setYears(next.from === null && next.to === null ? null : next);
  };

  const select = (end: 'from' | 'to', value: number | null) => (
    <label className="year-range__field">
      <span className="year-range__label">
        {t(end === 'from' ? 'filters.years.from' : 'filters.years.to')}
      </span>
      <select
        className="year-range__select"
        value={value === null ? '' : String(value)}
        onChange={(event) => change(end, event.target.value)}
      >
        <option value="">{t('filters.years.any')}</option>
        {options.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <fieldset className="filter-group year-range">
      <legend className="filter-group__legend">{t('filters.years.legend')}</legend>
      {select('from', from)}
      {select('to', to)}
      {years !== null && counts !== null && (counts.undated > 0 || undated) && (
        // practices without a start year fall out of any range: say how many, one click away
        <label className="filter-option year-range__undated">
          <input
            type="checkbox"
            checked={undated}
            onChange={(event) => setUndated(event.target.checked)}
          />
          <span className="filter-option__label">
            {t('filters.years.undated', {
              count: formatPracticeCount(t, language, counts.undated),
            })}
          </span>
        </label>
      )}
    </fieldset>
  );
}
