// How filter values are named for people: vocabulary slugs through the catalogue, regions by
// their official name (gminy with their type, since names repeat: two Kościerzyna).
import type { GazetteerIndex } from '../../data/gazetteer-index';
import type { CooperationForm, PracticeType, Sector } from '../../data/schemas';
import { formatUnitName, unitTypeKey } from '../../data/unit-text';
import type { Translate } from '../../i18n/translate';
import type { Filters, LeadingUnitType, ListFilterKey, YearRange } from '../../stores/view-state';

type VocabularyKey = Exclude<ListFilterKey, 'region'>;

export function vocabularyLabel(key: VocabularyKey, value: string, t: Translate): string {
  switch (key) {
    case 'type':
      return t(`vocab.type.${value as PracticeType}`);
    case 'form':
      return t(`vocab.form.${value as CooperationForm}`);
    case 'sector':
      return t(`vocab.sector.${value as Sector}`);
    case 'unit':
      return t(`vocab.unit.${value as LeadingUnitType}`);
  }
}

/** `pomorskie`, `powiat kościerski`, `Kościerzyna (gmina wiejska)`; the code while loading. */
export function regionLabel(
  terc: string,
  gazetteer: GazetteerIndex | undefined,
  t: Translate,
): string {
  const unit = gazetteer?.lookup(terc);
  if (!unit) return terc;
  const name = formatUnitName(unit, t);
  return unit.level === 'gmina' && !unit.cityWithPowiatRights
    ? `${name} (${t(unitTypeKey(unit))})`
    : name;
}

export function yearsLabel(range: YearRange, t: Translate): string {
  if (range.from !== null && range.from === range.to)
    return t('filters.chip.year', { year: range.from });
  if (range.from !== null && range.to !== null)
    return t('filters.chip.years', { from: range.from, to: range.to });
  if (range.from !== null) return t('filters.chip.yearsFrom', { from: range.from });
  return t('filters.chip.yearsTo', { to: range.to ?? '' });
}

/** Every active filter as people read it, in the chips' order (the embed's bar, its title). */
export function activeFilterLabels(
  filters: Filters,
  gazetteer: GazetteerIndex | undefined,
  t: Translate,
): string[] {
  const labels = filters.region.map((code) => regionLabel(code, gazetteer, t));
  for (const key of ['type', 'form', 'sector', 'unit'] as const) {
    for (const value of filters[key]) labels.push(vocabularyLabel(key, value, t));
  }
  if (filters.years) labels.push(yearsLabel(filters.years, t));
  if (filters.q !== '') labels.push(t('filters.chip.query', { q: filters.q }));
  return labels;
}
