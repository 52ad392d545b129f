// Matching gazetteer units for a combobox: the place search and the filters' area search both
// offer units as "Kościerzyna — gmina wiejska, powiat kościerski" with the same status line.
import { useMemo } from 'react';
import type { ComboboxOption } from '../components/ui/combobox';
import { buildUnitSearchEntries, matchUnits } from '../data/match-units';
import { useGazetteer } from '../data/use-gazetteer';
import { describeUnit, formatUnitName } from '../data/unit-text';
import { useT } from './use-t';

const MAX_OPTIONS = 20;
const NO_EXCLUSIONS: readonly string[] = [];

/** Options matching `text` (units in `exclude` left out) and a status line for screen readers. */
export function useUnitSearch(
  text: string,
  exclude: readonly string[] = NO_EXCLUSIONS,
): { options: ComboboxOption[]; status: string } {
  const t = useT();
  const { data: gazetteer, isPending } = useGazetteer();
  const entries = useMemo(
    () => (gazetteer ? buildUnitSearchEntries(gazetteer.units, (u) => formatUnitName(u, t)) : []),
    [gazetteer, t],
  );
  const matches = useMemo(() => matchUnits(entries, text, MAX_OPTIONS), [entries, text]);
  const options = useMemo<ComboboxOption[]>(
    () =>
      gazetteer
        ? matches.units
            .filter((unit) => !exclude.includes(unit.terc))
            .map((unit) => ({ id: unit.terc, label: describeUnit(unit, gazetteer.lookup, t) }))
        : [],
    [gazetteer, matches, exclude, t],
  );

  let status: string;
  if (isPending) status = t('unitSearch.loading');
  else if (matches.total === 0) status = t('unitSearch.noResults');
  else if (matches.corrected && matches.units[0])
    status = t('unitSearch.didYouMean', { name: formatUnitName(matches.units[0], t) });
  else if (matches.total > matches.units.length)
    status = t('unitSearch.resultsTruncated', {
      count: matches.total,
      shown: matches.units.length,
    });
  else status = t('unitSearch.results', { count: matches.total });
  return { options, status };
}
