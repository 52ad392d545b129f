import { describe, expect, it } from 'vitest';
import { filterPractices } from '../../../src/features/practices/engine/filter-practices';
import { buildPracticeIndex } from '../../../src/features/practices/engine/practice-index';
import {
  globalOrdering,
  sortPractices,
} from '../../../src/features/practices/engine/sort-practices';
import { compareDefault, compareName, compareNewest } from '../../../src/data/practice-order';
import { EMPTY_FILTERS, SORTS, type Filters, type Sort } from '../../../src/stores/view-state';
import { generatePractices } from '../../bench/synthetic-practices';
import { defined, loadFixtureGazetteer, loadFixturePractices } from './fixtures';

const practices = loadFixturePractices();
const gazetteer = loadFixtureGazetteer();
const index = buildPracticeIndex(practices, gazetteer.units);

function sorted(order: Sort, filters: Partial<Filters> = {}): string[] {
  const result = filterPractices(index, { ...EMPTY_FILTERS, ...filters }, { facets: false });
  return [...sortPractices(index, result.matches, order, result.textScores)].map(
    (p) => defined(practices[p]).id,
  );
}

describe('sorting', () => {
  it('name: Polish collation (Ł between L and M, Ż after W), not code-unit order', () => {
    expect(sorted('name').map((id) => practices.find((p) => p.id === id)?.title)).toEqual([
      'Kościerskie partnerstwo na rzecz rozwoju',
      'Krakowski Obszar Funkcjonalny',
      'Łączymy szkoły w Nasielsku',
      'Miasta nauki: Gdańsk i Kraków',
      'Partnerstwo dwóch Nowych Dworów',
      'Pomorski program efektywności energetycznej',
      'Warszawskie Centrum Seniora',
      'Wspólne utrzymanie dróg w powiecie kościerskim',
      'Żuławska Lokalna Grupa Działania',
    ]);
  });

  it('newest: by start year, unknown last', () => {
    expect(sorted('newest')).toEqual([
      'miasta-nauki', // 2021
      'warszawskie-centrum-seniora', // 2019
      'dwa-nowe-dwory', // 2018
      'laczymy-szkoly', // 2016
      'koscierskie-partnerstwo', // 2015
      'krakowski-obszar-funkcjonalny', // 2014
      'pomorski-program-energetyczny', // 2012
      'zulawska-lgd', // 2010
      'drogi-powiatu-koscierskiego', // unknown
    ]);
  });

  it('relevance without a query: more partners first, then newest', () => {
    expect(sorted('relevance')).toEqual([
      'koscierskie-partnerstwo', // 5 partners, 2015
      'krakowski-obszar-funkcjonalny', // 5, 2014
      'miasta-nauki', // 4, 2021
      'zulawska-lgd', // 4, 2010
      'pomorski-program-energetyczny', // 3
      'warszawskie-centrum-seniora', // 2, 2019
      'dwa-nowe-dwory', // 2, 2018
      'drogi-powiatu-koscierskiego', // 2, unknown
      'laczymy-szkoly', // 0
    ]);
  });

  it('relevance with a query: the text score first', () => {
    expect(sorted('relevance', { q: 'Kraków' })).toEqual([
      'miasta-nauki', // "Kraków" in the title
      'krakowski-obszar-funkcjonalny', // "Krakowski" in the title, "Kraków" as a place
    ]);
  });

  it('only the matches, whichever order', () => {
    for (const order of ['relevance', 'newest', 'name'] as const) {
      expect(sorted(order, { region: ['12'] }).sort()).toEqual([
        'krakowski-obszar-funkcjonalny',
        'miasta-nauki',
      ]);
    }
  });

  it('the precomputed orders equal sorting with the documented comparators (generated data)', () => {
    const generated = generatePractices(600, gazetteer, 3);
    const generatedIndex = buildPracticeIndex(generated, gazetteer.units);
    const comparators = { relevance: compareDefault, newest: compareNewest, name: compareName };
    for (const order of SORTS) {
      const expected = [...generated].sort(comparators[order]).map((p) => p.id);
      const actual = [...globalOrdering(generatedIndex, order).order].map(
        (p) => defined(generated[p]).id,
      );
      expect(actual, order).toEqual(expected);
    }
  });

  it('a file already in an order (as the build writes the default one) gives the same orders', () => {
    const inDefaultOrder = generatePractices(600, gazetteer, 3).sort(compareDefault);
    const sortedIndex = buildPracticeIndex(inDefaultOrder, gazetteer.units);
    const relevance = globalOrdering(sortedIndex, 'relevance');
    expect([...relevance.order]).toEqual(inDefaultOrder.map((_, p) => p));
    expect([...relevance.rank]).toEqual(inDefaultOrder.map((_, p) => p));
    const expected = [...inDefaultOrder].sort(compareNewest).map((p) => p.id);
    const actual = [...globalOrdering(sortedIndex, 'newest').order].map(
      (p) => defined(inDefaultOrder[p]).id,
    );
    expect(actual).toEqual(expected);
  });
});
