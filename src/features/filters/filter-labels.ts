// How filter values are named for people: vocabulary slugs through the catalogue, regions by
// their official name (gminy with their type, since names repeat: two Kościerzyna).
import type { GazetteerIndex } from '../../data/gazetteer-index';
import type { CooperationForm, PracticeType, Sector } from '../../data/schemas';
import { formatUnitName, unitTypeKey } from '../../data/unit-text';
import type { Translate } from '../../i18n/translate';
import type { LeadingUnitType, ListFilterKey, YearRange } from '../../stores/view-state';

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
