// Find a gmina, powiat or voivodeship by name: the keyboard way to what the map shows on hover.
import { useMemo, useState } from 'react';
import { Combobox, type ComboboxOption } from '../../components/ui/combobox';
import { useGazetteer } from '../../data/use-gazetteer';
import { describeUnit, formatUnitName } from '../../i18n/unit-text';
import { useT } from '../../i18n/use-t';
import { buildUnitSearchEntries, matchUnits } from '../../data/match-units';

const MAX_OPTIONS = 20;

export function PlaceSearch({ onChoose }: { onChoose: (terc: string) => void }) {
  const t = useT();
  const { data: gazetteer, isPending } = useGazetteer();
  const [text, setText] = useState('');

  const entries = useMemo(
    () => (gazetteer ? buildUnitSearchEntries(gazetteer.units, (u) => formatUnitName(u, t)) : []),
    [gazetteer, t],
  );
  const matches = useMemo(() => matchUnits(entries, text, MAX_OPTIONS), [entries, text]);
  const options = useMemo<ComboboxOption[]>(
    () =>
      gazetteer
        ? matches.units.map((unit) => ({
            id: unit.terc,
            label: describeUnit(unit, gazetteer.lookup, t),
          }))
        : [],
    [gazetteer, matches, t],
  );

  let status: string;
  if (isPending) status = t('places.search.loading');
  else if (matches.total === 0) status = t('places.search.noResults');
  else if (matches.total > matches.units.length)
    status = t('places.search.resultsTruncated', {
      count: matches.total,
      shown: matches.units.length,
    });
  else status = t('places.search.results', { count: matches.total });

  return (
    <Combobox
      className="place-search"
      label={t('places.search.label')}
      placeholder={t('places.search.placeholder')}
      value={text}
      onValueChange={setText}
      options={options}
      status={status}
      onSelect={(option) => {
        const unit = gazetteer?.lookup(option.id);
        if (unit) setText(formatUnitName(unit, t));
        onChoose(option.id);
      }}
    />
  );
}
