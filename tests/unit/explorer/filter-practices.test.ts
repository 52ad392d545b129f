import { describe, expect, it } from 'vitest';
import {
  COOPERATION_FORMS,
  PRACTICE_TYPES,
  SECTORS,
  type PracticeRecord as Practice,
  type Unit,
} from '../../../src/data/schemas';
import { splitPracticeRecords } from '../../../src/data/practice-texts';
import { bitsToIndexes } from '../../../src/features/practices/engine/bitset';
import {
  countByUnit,
  countOfUnit,
  filterPractices,
} from '../../../src/features/practices/engine/filter-practices';
import {
  buildPracticeIndex,
  leadingUnitTypeOf,
} from '../../../src/features/practices/engine/practice-index';
import { EMPTY_FILTERS, LEADING_UNIT_TYPES, type Filters } from '../../../src/stores/view-state';
import { matchesStem, tokenizeQuery, tokenizeText } from '../../../src/utils/search-text';
import { createRandom, generatePractices } from '../../bench/synthetic-practices';
import { defined, loadFixtureGazetteer, loadFixturePractices } from './fixtures';

const gazetteer = loadFixtureGazetteer();
const practices = loadFixturePractices();
const index = buildPracticeIndex(practices, gazetteer.units);

function filters(partial: Partial<Filters>): Filters {
  return { ...EMPTY_FILTERS, ...partial };
}

function matchingIds(partial: Partial<Filters>): string[] {
  const result = filterPractices(index, filters(partial));
  return [...bitsToIndexes(result.matches)].map((p) => defined(practices[p]).id).sort();
}

describe('filter semantics on the hand-made fixture', () => {
  it('no filter: everything', () => {
    const result = filterPractices(index, EMPTY_FILTERS);
    expect(result.count).toBe(practices.length);
  });

  it('region: a practice matches when any unit of its territory lies in the region', () => {
    expect(matchingIds({ region: ['14'] })).toEqual([
      'dwa-nowe-dwory',
      'laczymy-szkoly',
      'warszawskie-centrum-seniora',
    ]);
    expect(matchingIds({ region: ['1206'] })).toEqual(['krakowski-obszar-funkcjonalny']);
    expect(matchingIds({ region: ['1261011'] })).toEqual([
      'krakowski-obszar-funkcjonalny',
      'miasta-nauki',
    ]);
  });

  it('a partnership across two voivodeships appears in both', () => {
    expect(matchingIds({ region: ['14'] })).toContain('dwa-nowe-dwory');
    expect(matchingIds({ region: ['22'] })).toContain('dwa-nowe-dwory');
    expect(matchingIds({ region: ['12'] })).toContain('miasta-nauki');
    expect(matchingIds({ region: ['22'] })).toContain('miasta-nauki');
  });

  it('region: a practice of the powiat or voivodeship around a place is not in it by default', () => {
    // pomorski-program-energetyczny is of voivodeship 22; drogi-powiatu-koscierskiego of powiat 2206
    expect(matchingIds({ region: ['2206042'] })).toEqual(['koscierskie-partnerstwo']);
    expect(matchingIds({ region: ['2210'] })).toEqual(['dwa-nowe-dwory', 'zulawska-lgd']);
    expect(matchingIds({ region: ['22'] })).toEqual([
      'drogi-powiatu-koscierskiego',
      'dwa-nowe-dwory',
      'koscierskie-partnerstwo',
      'miasta-nauki',
      'pomorski-program-energetyczny',
      'zulawska-lgd',
    ]);
  });

  it('region: the practices covering the place are counted apart, and added on request', () => {
    const place = filterPractices(index, filters({ region: ['2206042'] }));
    expect(place.covering).toBe(2);
    expect(matchingIds({ region: ['2206042'], covering: true })).toEqual([
      'drogi-powiatu-koscierskiego',
      'koscierskie-partnerstwo',
      'pomorski-program-energetyczny',
    ]);
    // the other filters apply to them too
    const energy = filters({ region: ['2206042'], type: ['energy-efficiency'] });
    expect(filterPractices(index, energy).covering).toBe(1);
    expect(filterPractices(index, energy, { facets: false }).covering).toBe(1);
    // a voivodeship has nothing above it; no region, no covering
    expect(filterPractices(index, filters({ region: ['22'] })).covering).toBe(0);
    expect(filterPractices(index, EMPTY_FILTERS).covering).toBe(0);
  });

  it('OR within one filter', () => {
    expect(matchingIds({ region: ['12', '14'] })).toEqual([
      'dwa-nowe-dwory',
      'krakowski-obszar-funkcjonalny',
      'laczymy-szkoly',
      'miasta-nauki',
      'warszawskie-centrum-seniora',
    ]);
    expect(matchingIds({ sector: ['science', 'public'] })).toEqual([
      'drogi-powiatu-koscierskiego',
      'krakowski-obszar-funkcjonalny',
      'miasta-nauki',
      'pomorski-program-energetyczny',
    ]);
  });

  it('AND across filters', () => {
    expect(matchingIds({ region: ['22'], type: ['institutional-development'] })).toEqual([
      'dwa-nowe-dwory',
      'miasta-nauki',
    ]);
    expect(matchingIds({ region: ['22'], sector: ['ngo'], unit: ['city', 'rural'] })).toEqual([
      'miasta-nauki',
      'zulawska-lgd',
    ]);
    expect(matchingIds({ region: ['14'], form: ['euroregion'] })).toEqual([]);
  });

  it('leading-unit types are a partition: city, urban, rural, urban-rural, powiat, voivodeship', () => {
    expect(matchingIds({ unit: ['city'] })).toEqual([
      'krakowski-obszar-funkcjonalny',
      'miasta-nauki',
      'warszawskie-centrum-seniora',
    ]);
    expect(matchingIds({ unit: ['urban'] })).toEqual(['dwa-nowe-dwory', 'koscierskie-partnerstwo']);
    expect(matchingIds({ unit: ['urban-rural'] })).toEqual(['laczymy-szkoly']);
    expect(matchingIds({ unit: ['powiat'] })).toEqual(['drogi-powiatu-koscierskiego']);
    expect(matchingIds({ unit: ['voivodeship'] })).toEqual(['pomorski-program-energetyczny']);
    expect(leadingUnitTypeOf('1261')).toBe('city');
    expect(leadingUnitTypeOf('1261011')).toBe('city');
    expect(leadingUnitTypeOf('2206042')).toBe('rural');
  });

  it('years: inclusive, open ends; practices without a start year never match a range', () => {
    expect(matchingIds({ years: { from: 2014, to: 2018 } })).toEqual([
      'dwa-nowe-dwory',
      'koscierskie-partnerstwo',
      'krakowski-obszar-funkcjonalny',
      'laczymy-szkoly',
    ]);
    expect(matchingIds({ years: { from: null, to: 2012 } })).toEqual([
      'pomorski-program-energetyczny',
      'zulawska-lgd',
    ]);
    expect(matchingIds({ years: { from: 1900, to: null } })).not.toContain(
      'drogi-powiatu-koscierskiego',
    );
  });
});

describe('facet counts on the hand-made fixture', () => {
  const result = filterPractices(index, filters({ region: ['22'], sector: ['ngo'] }));

  it('matches and disjunctive counts: each filter counted with the others as they are', () => {
    expect(result.count).toBe(3); // koscierskie-partnerstwo, miasta-nauki, zulawska-lgd
    // sectors, with region 22 only
    expect(result.facets?.sector).toEqual({ jst: 6, public: 1, ngo: 3, business: 2, science: 2 });
    // regions, with sector ngo only: 22 → 3; 14 → warszawskie; 12 → miasta-nauki
    const region = defined(result.facets).region;
    expect(countOfUnit(index, region, '22')).toBe(3);
    expect(countOfUnit(index, region, '14')).toBe(1);
    expect(countOfUnit(index, region, '12')).toBe(1);
    expect(countOfUnit(index, region, '1465011')).toBe(1);
    // types, with both: koscierskie (inter-municipal), miasta-nauki (institutional), zulawska (dialogue)
    expect(result.facets?.type).toMatchObject({
      'inter-municipal-cooperation': 1,
      'institutional-development': 1,
      'social-dialogue': 1,
      'social-services': 0,
    });
  });

  it('a hostile filter value selects nothing and breaks nothing', () => {
    const hostile = filters({ type: ['__proto__' as never] });
    expect(filterPractices(index, hostile).count).toBe(0);
  });

  it('the choropleth counts the practices each unit takes part in, not those of units above it', () => {
    const all = defined(filterPractices(index, EMPTY_FILTERS).unitCounts);
    expect(countOfUnit(index, all, '22')).toBe(6);
    // the powiat's own roads and the partnership; not the voivodeship's programme
    expect(countOfUnit(index, all, '2206')).toBe(2);
    expect(countOfUnit(index, all, '2206042')).toBe(1);
    expect(countOfUnit(index, all, '2261011')).toBe(1); // miasta-nauki alone
    expect(countOfUnit(index, all, '1261011')).toBe(2);
    expect(countOfUnit(index, defined(result.unitCounts), '22')).toBe(3);
    expect(countOfUnit(index, defined(result.unitCounts), '14')).toBe(0);
    expect(countOfUnit(index, all, '9999')).toBe(0);
  });

  it('years facet: a histogram with the other filters, and the unknown-year count', () => {
    const years = defined(filterPractices(index, filters({ region: ['22'] })).facets).years;
    const byYear = Object.fromEntries(
      [...years.counts].flatMap((count, i) => (count > 0 ? [[years.from + i, count]] : [])),
    );
    expect(byYear).toEqual({ 2010: 1, 2012: 1, 2015: 1, 2018: 1, 2021: 1 });
    expect(years.unknownYear).toBe(1);
  });

  it('without facets, only the matches', () => {
    const plain = filterPractices(index, filters({ region: ['22'] }), { facets: false });
    expect(plain.count).toBe(6);
    expect(plain.facets).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Cross-check against a naive filter on generated data (a second, independent reading of the
// rules; the hand-computed cases above are the primary expectations).

function takesPart(practice: Practice, region: string): boolean {
  return practice.territory.some((code) => code.startsWith(region));
}

function covers(practice: Practice, region: string): boolean {
  return practice.territory.some((code) => code.length < region.length && region.startsWith(code));
}

function naiveMatches(practice: Practice, f: Filters, units: ReadonlyMap<string, Unit>): boolean {
  if (
    f.region.length > 0 &&
    !f.region.some((region) => takesPart(practice, region)) &&
    !(f.covering && f.region.some((region) => covers(practice, region)))
  )
    return false;
  if (f.type.length > 0 && !f.type.includes(practice.type)) return false;
  if (f.form.length > 0 && !f.form.includes(practice.form)) return false;
  if (f.sector.length > 0 && !practice.partners.some((p) => f.sector.includes(p.sector)))
    return false;
  if (f.unit.length > 0) {
    const leader = defined(units.get(practice.leader));
    const type =
      leader.level === 'voivodeship'
        ? 'voivodeship'
        : leader.cityWithPowiatRights
          ? 'city'
          : leader.level === 'powiat'
            ? 'powiat'
            : defined(leader.gminaType);
    if (!f.unit.includes(type)) return false;
  }
  if (f.years !== null) {
    const year = practice.yearStarted;
    if (year === null) {
      if (!f.undated) return false;
    } else {
      if (f.years.from !== null && year < f.years.from) return false;
      if (f.years.to !== null && year > f.years.to) return false;
    }
  }
  const tokens = tokenizeQuery(f.q);
  if (tokens.length > 0) {
    const words = [
      practice.title,
      practice.summary,
      ...practice.tags,
      ...practice.partners.map((p) => p.name),
      practice.implementer?.name ?? '',
      ...[practice.leader, ...practice.territory].map((code) => units.get(code)?.name ?? ''),
    ].flatMap(tokenizeText);
    if (!tokens.every((token) => words.some((word) => matchesStem(token, word)))) return false;
  }
  return true;
}

describe('cross-check with a naive filter on generated practices', () => {
  const generated = generatePractices(400, gazetteer, 7);
  // the index over practices.json's records; the summaries come with practice-texts.json
  const split = splitPracticeRecords(generated);
  const texts = split.texts;
  const generatedIndex = buildPracticeIndex(split.practices.practices, gazetteer.units);
  const units = new Map(gazetteer.units.map((unit) => [unit.terc, unit]));
  const codes = gazetteer.units.map((unit) => unit.terc);
  const queries = [
    'kosc',
    'gminach',
    'Krakowa',
    'odpadami',
    'Gdańsku stowarzyszenie',
    'energii',
    'xyzzy',
    'seniorów',
  ];
  const random = createRandom(99);
  const subset = <T>(items: readonly T[], p: number) => items.filter(() => random() < p);
  const randomFilters = (): Filters => ({
    region: subset(codes, 0.08).sort(),
    type: subset(PRACTICE_TYPES, 0.25).sort(),
    form: subset(COOPERATION_FORMS, 0.2).sort(),
    sector: subset(SECTORS, 0.2).sort(),
    unit: subset(LEADING_UNIT_TYPES, 0.2).sort(),
    years:
      random() < 0.4
        ? { from: 1995 + Math.floor(random() * 20), to: random() < 0.5 ? null : 2020 }
        : null,
    undated: random() < 0.5,
    covering: random() < 0.5,
    q: random() < 0.4 ? defined(queries[Math.floor(random() * queries.length)]) : '',
  });

  it('before the texts load, a query matches as the naive filter does over records without summaries', () => {
    const withoutSummaries = generated.map((p) => ({ ...p, summary: '' }));
    let differs = 0;
    for (let round = 0; round < 30; round += 1) {
      const f = { ...randomFilters(), q: defined(queries[round % queries.length]) };
      const expected = withoutSummaries.flatMap((p, i) => (naiveMatches(p, f, units) ? [i] : []));
      const partial = filterPractices(generatedIndex, f);
      expect([...bitsToIndexes(partial.matches)], JSON.stringify(f)).toEqual(expected);
      if (partial.count !== filterPractices(generatedIndex, f, { texts }).count) differs += 1;
    }
    // the summaries do find more: the two searches are not the same search
    expect(differs).toBeGreaterThan(0);
  });

  it('matches and every facet count equal brute-force counts over 60 random filter sets', () => {
    let nonTrivial = 0;
    for (let round = 0; round < 60; round += 1) {
      const f = randomFilters();
      const result = filterPractices(generatedIndex, f, { texts });
      const expected = generated.flatMap((p, i) => (naiveMatches(p, f, units) ? [i] : []));
      expect([...bitsToIndexes(result.matches)], JSON.stringify(f)).toEqual(expected);
      if (expected.length > 0 && expected.length < generated.length) nonTrivial += 1;
      const coveringOnly = generated.filter(
        (p) =>
          f.region.length > 0 &&
          naiveMatches(p, { ...f, region: [] }, units) &&
          !f.region.some((region) => takesPart(p, region)) &&
          f.region.some((region) => covers(p, region)),
      );
      expect(result.covering, JSON.stringify(f)).toBe(coveringOnly.length);

      const count = (g: Filters) => generated.filter((p) => naiveMatches(p, g, units)).length;
      for (const type of PRACTICE_TYPES) {
        expect(defined(result.facets).type[type]).toBe(count({ ...f, type: [type] }));
      }
      for (const form of COOPERATION_FORMS) {
        expect(defined(result.facets).form[form]).toBe(count({ ...f, form: [form] }));
      }
      for (const sector of SECTORS) {
        expect(defined(result.facets).sector[sector]).toBe(count({ ...f, sector: [sector] }));
      }
      for (const unit of LEADING_UNIT_TYPES) {
        expect(defined(result.facets).unit[unit]).toBe(count({ ...f, unit: [unit] }));
      }
      for (const code of codes) {
        // a region option counts the practices the unit takes part in
        expect(countOfUnit(generatedIndex, defined(result.facets).region, code), code).toBe(
          count({ ...f, region: [code], covering: false }),
        );
        const inUnit = { ...EMPTY_FILTERS, region: [code] };
        expect(countOfUnit(generatedIndex, defined(result.unitCounts), code), code).toBe(
          generated.filter((p) => naiveMatches(p, f, units) && naiveMatches(p, inUnit, units))
            .length,
        );
      }
    }
    expect(nonTrivial).toBeGreaterThan(20);
  });

  it('countByUnit of everything equals the per-region counts of single-region filters', () => {
    const all = filterPractices(generatedIndex, EMPTY_FILTERS).matches;
    const counts = countByUnit(generatedIndex, all);
    for (const code of ['22', '2206', '2206011', '12', '1261', '14']) {
      expect(countOfUnit(generatedIndex, counts, code)).toBe(
        filterPractices(generatedIndex, filters({ region: [code] })).count,
      );
    }
  });
});
