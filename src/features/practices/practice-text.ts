// How a practice is summed up in a line or grouped in its detail: pure functions over the data,
// with words from the catalogue.
import { SECTORS, type Sector } from '../../data/vocabularies';
import type { Partner, Practice, Unit } from '../../data/schemas';
import type { Language } from '../../i18n/languages';
import { pluralForm } from '../../i18n/plural';
import type { Translate } from '../../i18n/translate';
import { describeUnit } from '../../data/unit-text';
import type { PracticeIndex } from './engine/practice-index';

/** A lookup of units over the index's (sorted) gazetteer units. */
export function unitLookup(index: PracticeIndex): (terc: string) => Unit | undefined {
  return (terc) => {
    const u = index.unitIndexByCode.get(terc);
    return u === undefined ? undefined : index.units[u];
  };
}

/** `Kościerzyna — gmina miejska, powiat kościerski`; the code when the gazetteer lacks it. */
export function leaderPlace(index: PracticeIndex, practice: Practice, t: Translate): string {
  const lookup = unitLookup(index);
  const unit = lookup(practice.leader);
  return unit ? describeUnit(unit, lookup, t) : practice.leader;
}

export type CountedNoun = 'count.partners' | 'count.units';

// Intl formatters are costly to create and are asked for on every row: one per language.
const numberFormats = new Map<Language, Intl.NumberFormat>();
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

function numberFormat(language: Language): Intl.NumberFormat {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
  return format;
}

function dateFormat(language: Language): Intl.DateTimeFormat {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(language, format);
  }
  return format;
}

/** A count as the language writes it (`10 000`, `10,000`). */
export function formatNumber(language: Language, value: number): string {
  // below 1000 every language here writes the digits alone; the first Intl.NumberFormat of a page
  // costs a long task on a phone's CPU (its locale data), paid now only for a count that needs it
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  return numberFormat(language).format(value);
}

/** `16 partnerów`, `1 unit`: the count written as the language writes numbers, with its plural form. */
export function countPhrase(
  t: Translate,
  language: Language,
  noun: CountedNoun,
  count: number,
): string {
  return t(`${noun}.${pluralForm(language, count)}`, {
    count: formatNumber(language, count),
  });
}

/** Partners per sector, in the order of SECTORS; sectors without partners are left out. */
export function partnerSectorCounts(partners: readonly Partner[]): [Sector, number][] {
  const counts = new Map<Sector, number>();
  for (const partner of partners) counts.set(partner.sector, (counts.get(partner.sector) ?? 0) + 1);
  return SECTORS.flatMap((sector) => {
    const count = counts.get(sector);
    return count ? [[sector, count] as [Sector, number]] : [];
  });
}

/** `16 partnerów: 14 JST, 1 NGO, 1 biznes`. */
export function partnersBrief(t: Translate, language: Language, practice: Practice): string {
  if (practice.partners.length === 0) return t('list.noPartners');
  const sectors = partnerSectorCounts(practice.partners)
    .map(([sector, count]) => `${count} ${t(`sectorShort.${sector}`)}`)
    .join(', ');
  return t('list.partnersBrief', {
    partners: countPhrase(t, language, 'count.partners', practice.partners.length),
    sectors,
  });
}

/** Partners grouped by sector (SECTORS order), the leader first within its group, else as listed. */
export function partnersBySector(partners: readonly Partner[]): [Sector, Partner[]][] {
  return SECTORS.flatMap((sector) => {
    const group = partners.filter((partner) => partner.sector === sector);
    if (group.length === 0) return [];
    const leaders = group.filter((partner) => partner.role === 'leader');
    const others = group.filter((partner) => partner.role !== 'leader');
    return [[sector, [...leaders, ...others]] as [Sector, Partner[]]];
  });
}

/** An ISO date (YYYY-MM-DD) as the language writes it; the text as given if it is not one. */
export function formatDate(language: Language, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(language).format(date);
}

/** The implementer's postal address in one line: `ul. Długa 1, 83-400 Kościerzyna`. */
export function formatAddress(implementer: NonNullable<Practice['implementer']>): string {
  const town = [implementer.postalCode, implementer.town].filter(Boolean).join(' ');
  return [implementer.street, town].filter(Boolean).join(', ');
}

/**
 * `lista członków niepełna: 2 z 10 znanych` for a practice whose sources name only some of its
 * members (the total when they state one); null for a complete list.
 */
export function membershipNote(
  t: Translate,
  language: Language,
  practice: Practice,
): string | null {
  const { membership } = practice;
  if (!membership) return null;
  const known = formatNumber(language, practice.partners.length);
  return membership.count === undefined
    ? t('list.membershipPartialNoCount', { known })
    : t('list.membershipPartial', { known, count: formatNumber(language, membership.count) });
}

export interface PracticeRowText {
  place: string;
  type: string;
  partners: string;
  membership: string | null;
}

const rowTexts = new WeakMap<PracticeIndex, Map<string, PracticeRowText>>();

/**
 * The words of a practice's row in the list (place, type, partners in brief), computed once per
 * practice and language: scrolling back and forth renders the same rows again and again.
 */
export function practiceRowText(
  index: PracticeIndex,
  practice: Practice,
  t: Translate,
  language: Language,
): PracticeRowText {
  let cache = rowTexts.get(index);
  if (!cache) rowTexts.set(index, (cache = new Map()));
  const key = `${language}:${practice.id}`;
  let text = cache.get(key);
  if (!text) {
    text = {
      place: leaderPlace(index, practice, t),
      type: t(`vocab.type.${practice.type}`),
      partners: partnersBrief(t, language, practice),
      membership: membershipNote(t, language, practice),
    };
    cache.set(key, text);
  }
  return text;
}
