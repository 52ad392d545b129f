// Find a gmina, powiat or voivodeship by name: the keyboard way to what the map shows on hover.
import { useState } from 'react';
import { Combobox } from '../../components/ui/combobox';
import { useGazetteer } from '../../data/use-gazetteer';
import { formatUnitName } from '../../data/unit-text';
import { useT } from '../../hooks/use-t';
import { useUnitSearch } from '../../hooks/use-unit-search';

export function PlaceSearch({ onChoose }: { onChoose: (terc: string) => void }) {
  const t = useT();
  const { data: gazetteer } = useGazetteer();
  const [text, setText] = useState('');

  const { options, status } = useUnitSearch(text);

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
