// Regions: the 16 voivodeships as checkboxes, and any powiat or gmina through an autocomplete
// over the gazetteer (diacritics-insensitive; each option names its type and parent). Chosen
// powiaty and gminy appear among the active filters, each with its count and a remove button.
import { useMemo, useState } from 'react';
import { Combobox } from '../../components/ui/combobox';
import { useGazetteer } from '../../data/use-gazetteer';
import { useUnitSearch } from '../../hooks/use-unit-search';
import { useT } from '../../hooks/use-t';
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
