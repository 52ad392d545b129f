// Regions: the 16 voivodeships as checkboxes, and any powiat or gmina through an autocomplete
// over the gazetteer (diacritics-insensitive; each option names its type and parent). Chosen
// powiaty and gminy appear among the active filters, each with its count and a remove button.
import { useId, useMemo, useState } from 'react';
import { Combobox } from '../../components/ui/combobox';
import { useGazetteer } from '../../data/use-gazetteer';
import { useUnitSearch } from '../../hooks/use-unit-search';
import { useLanguage, useT } from '../../hooks/use-t';
import { formatPracticeCount } from '../../i18n/plural';
import { useViewStore } from '../../stores/use-view-store';
import type { FilterCounts } from './filter-counts';
import { FilterOption } from './filter-option';
import './filter-group.css';

export function VoivodeshipFilter({ counts }: { counts: FilterCounts | null }) {
  const t = useT();
  const { data: gazetteer } = useGazetteer();
  const region = useViewStore((state) => state.filters.region);
  const toggle = useViewStore((state) => state.toggleFilterValue);
  const voivodeships = useMemo(
    () =>
      (gazetteer?.units ?? [])
        .filter((unit) => unit.level === 'voivodeship')
        .sort((a, b) => (a.terc < b.terc ? -1 : 1)),
    [gazetteer],
  );
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{t('filters.region.legend')}</legend>
      {voivodeships.map((unit) => (
        <FilterOption
          key={unit.terc}
          label={unit.name}
          count={counts ? counts.region(unit.terc) : null}
          checked={region.includes(unit.terc)}
          onToggle={() => toggle('region', unit.terc)}
        />
      ))}
    </fieldset>
  );
}

export function AreaSearch() {
  const t = useT();
  const region = useViewStore((state) => state.filters.region);
  const setValues = useViewStore((state) => state.setFilterValues);
  const [text, setText] = useState('');

  const { options, status } = useUnitSearch(text, region);

  return (
    <Combobox
      className="area-search"
      label={t('filters.area.label')}
      placeholder={t('filters.area.placeholder')}
      value={text}
      onValueChange={setText}
      options={options}
      status={status}
      onSelect={(option) => {
        // the chip now names it; the field is ready for the next one
        setText('');
        setValues('region', [...region, option.id]);
      }}
    />
  );
}

/**
 * With a region chosen: the practices of the units around it (its powiat, its voivodeship), which
 * the place itself may take no part in, as a separate group one click away, with its own count.
 */
export function CoveringToggle({ counts }: { counts: FilterCounts | null }) {
  const t = useT();
  const language = useLanguage();
  const hasRegion = useViewStore((state) => state.filters.region.length > 0);
  const covering = useViewStore((state) => state.filters.covering);
  const setCovering = useViewStore((state) => state.setCovering);
  const hintId = useId();
  const count = counts?.covering ?? 0;
  if (!hasRegion || (count === 0 && !covering)) return null;
  return (
    <div className="covering-toggle">
      <label className="filter-option">
        <input
          type="checkbox"
          checked={covering}
          onChange={(event) => setCovering(event.target.checked)}
          aria-describedby={hintId}
        />
        <span className="filter-option__label">
          {t('filters.covering', { count: formatPracticeCount(t, language, count) })}
        </span>
      </label>
      <p id={hintId} className="covering-toggle__hint">
        {t('filters.coveringHint')}
      </p>
    </div>
  );
}
