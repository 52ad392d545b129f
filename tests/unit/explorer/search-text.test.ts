import { describe, expect, it } from 'vitest';
import { bitsToIndexes } from '../../../src/features/practices/engine/bitset';
import { filterPractices } from '../../../src/features/practices/engine/filter-practices';
import { buildPracticeIndex } from '../../../src/features/practices/engine/practice-index';
import {
  advanceTextIndex,
  buildPracticeTextIndex,
  isTextIndexBuilt,
  textIndexOf,
} from '../../../src/features/practices/engine/practice-text-index';
import { findWords, searchText } from '../../../src/features/practices/engine/text-index';
import { EMPTY_FILTERS } from '../../../src/stores/view-state';
import {
  foldText,
  matchesStem,
  normalizeQueryText,
  tokenizeQuery,
  tokenizeText,
} from '../../../src/utils/search-text';
import { createRandom, generatePractices } from '../../bench/synthetic-practices';
import { defined, loadFixtureGazetteer, loadFixturePractices, loadFixtureTexts } from './fixtures';

const practices = loadFixturePractices();
const index = buildPracticeIndex(practices, loadFixtureGazetteer().units);
// the summaries, as practice-texts.json brings them once a search has loaded it
const texts = loadFixtureTexts();

function search(q: string, loaded: typeof texts | null = texts): string[] {
  const result = filterPractices(index, { ...EMPTY_FILTERS, q }, { facets: false, texts: loaded });
  return [...bitsToIndexes(result.matches)].map((p) => defined(practices[p]).id).sort();
}

describe('text normalisation', () => {
  it('folds case and diacritics, ł included', () => {
    expect(foldText('ŁÓDŹ Świątniki Górne żółć')).toBe('lodz swiatniki gorne zolc');
    expect(foldText('Kraków')).toBe(foldText('KRAKOW'));
    expect(tokenizeText('Gmina Miasta Gdańska, Igołomia-Wawrzeńczyce (2015)')).toEqual([
      'gmina',
      'miasta',
      'gdanska',
      'igolomia',
      'wawrzenczyce',
      '2015',
    ]);
  });

  it('tokenizeText (fast path for Latin text) equals folding then splitting, on any input', () => {
    const random = createRandom(11);
    const alphabet = [
      ...'aZ09 ,.-_ąĄćĆłŁńŃóÓśŚźŹżŻßæÆøİŉéÉ',
      'e\u0301', // e + combining acute
      '\u0300',
      '–',
      '„',
      '”',
      '…',
      '\u200b',
      '\u202e',
      '\u2070',
      'Жж',
      'Σ', // lower case depends on context (final sigma)
      '😀',
      '\ud800',
      'ǅ',
      '\t',
    ];
    for (let i = 0; i < 5000; i += 1) {
      const length = Math.floor(random() * 14);
      let text = '';
      for (let k = 0; k < length; k += 1) text += alphabet[Math.floor(random() * alphabet.length)];
      const expected = foldText(text)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((token) => token !== '');
      expect(tokenizeText(text), JSON.stringify(text)).toEqual(expected);
    }
    const long = `${'a'.repeat(3000)} ąb ${'ł'.repeat(1500)}`;
    expect(tokenizeText(long).map((token) => token.length)).toEqual([3000, 2, 1500]);
  });

  it('query tokens: stop words dropped unless alone, unique', () => {
    expect(tokenizeQuery('partnerstwo w Kościerzynie w')).toEqual(['partnerstwo', 'koscierzynie']);
    expect(tokenizeQuery('w')).toEqual(['w']);
    expect(tokenizeQuery('  ?!  ')).toEqual([]);
  });

  it('the inflection rule: a shared stem, the query carrying an ending of at most three letters', () => {
    expect(matchesStem('koscierzynie', 'koscierzyna')).toBe(true);
    expect(matchesStem('gminach', 'gmina')).toBe(true);
    expect(matchesStem('krakowa', 'krakow')).toBe(true);
    expect(matchesStem('lodzi', 'lodz')).toBe(true);
    expect(matchesStem('warszawie', 'warszawa')).toBe(true);
    expect(matchesStem('niepelnosprawnosciami', 'niepelnosprawnosc')).toBe(true);
    expect(matchesStem('kr', 'krakow')).toBe(true); // typing: a short token is a prefix
    expect(matchesStem('gmina', 'gdansk')).toBe(false);
    expect(matchesStem('lipusz', 'liniewo')).toBe(false);
    expect(matchesStem('krakow', 'podkrakowskie')).toBe(false);
    // four letters after a short stem are no ending: Kosciezyna is not an inflection of Kościelec
    expect(matchesStem('kosciezyna', 'koscielec')).toBe(false);
    expect(matchesStem('koscierzyna', 'koscierski')).toBe(false);
  });

  it('normalizeQueryText keeps what was typed, minus control characters, collapsed and cut', () => {
    expect(normalizeQueryText('  Kościerzyna \t\n Lipusz ', 200)).toBe('Kościerzyna Lipusz');
    expect(normalizeQueryText('a\u202Eb\u0000c', 200)).toBe('a b c');
    expect(normalizeQueryText('😀😀😀', 2)).toBe('😀😀');
    expect(normalizeQueryText('\uD800x', 200)).toBe('x');
  });
});

describe('practice search', () => {
  it('"Kościerzynie" finds Kościerzyna (a place of the territory)', () => {
    const found = search('Kościerzynie');
    expect(found).toContain('koscierskie-partnerstwo');
    expect(found).not.toContain('dwa-nowe-dwory');
    expect(found).not.toContain('pomorski-program-energetyczny');
  });

  it('ignores case and diacritics', () => {
    expect(search('ZULAWY')).toEqual(['zulawska-lgd']);
    expect(search('żuławy')).toEqual(['zulawska-lgd']);
    expect(search('laczymy szkoly')).toEqual(['laczymy-szkoly']);
  });

  it('"Krakowa" finds Kraków; places come from the gazetteer, not only the text', () => {
    expect(search('Krakowa')).toEqual(['krakowski-obszar-funkcjonalny', 'miasta-nauki']);
    // Karsin is named only as a partner and as a territory unit
    expect(search('Karsinie')).toEqual(['koscierskie-partnerstwo']);
    // Nasielsk appears in the title; its gmina is in the territory
    expect(search('Nasielsku')).toEqual(['laczymy-szkoly']);
  });

  it('searches partner names and summaries', () => {
    expect(search('Jagielloński')).toEqual(['krakowski-obszar-funkcjonalny']);
    expect(search('termomodernizacji')).toEqual(['pomorski-program-energetyczny']);
  });

  it('before practice-texts.json loads, a word only a summary has finds nothing; after, it does', () => {
    expect(search('termomodernizacji', null)).toEqual([]);
    // what the rest of a practice says is found all the same
    expect(search('Jagielloński', null)).toEqual(['krakowski-obszar-funkcjonalny']);
    expect(search('termomodernizacji')).toEqual(['pomorski-program-energetyczny']);
  });

  it('every token must match (AND)', () => {
    expect(search('Kraków')).toEqual(['krakowski-obszar-funkcjonalny', 'miasta-nauki']);
    expect(search('Kraków nauka')).toEqual(['miasta-nauki']);
    expect(search('Kraków Żuławy')).toEqual([]);
  });

  it('a query of punctuation filters nothing; an unknown word finds nothing', () => {
    expect(search('?!')).toHaveLength(practices.length);
    expect(search('xyzzy')).toEqual([]);
  });

  it('scores: a word in the title ranks above a word in the summary, exact above inflected', () => {
    const match = defined(searchText(textIndexOf(index), 'Kraków'));
    const score = (id: string) => match.scores[defined(index.indexById.get(id))] ?? 0;
    expect(score('miasta-nauki')).toBeGreaterThan(score('krakowski-obszar-funkcjonalny'));
    expect(match.tokens).toEqual(['krakow']);
  });

  it('a typo in a longer word is forgiven, and the query as meant is suggested', () => {
    // the typo finds the word itself (not its inflections, as the word typed right would)
    expect(search('Kosciezyna')).toEqual(['koscierskie-partnerstwo']);
    expect(search('Kościerzyna')).toContain('koscierskie-partnerstwo');
    const typo = defined(searchText(textIndexOf(index), 'Kosciezyna'));
    expect(typo.suggestion).toBe('koscierzyna');
    const result = filterPractices(index, { ...EMPTY_FILTERS, q: 'Kosciezyna' }, { facets: false });
    expect(result.textSuggestion).toBe('koscierzyna');
  });

  it('a word found as typed suggests nothing, and short words forgive no typo', () => {
    expect(defined(searchText(textIndexOf(index), 'Kościerzyna')).suggestion).toBeNull();
    expect(search('Krkw')).toEqual([]);
  });

  it('dictionary lookup narrows by prefix then tests the rule', () => {
    const words = findWords(textIndexOf(index, texts), 'gminach').map(
      (w) => textIndexOf(index, texts).words[w],
    );
    expect(words).toEqual(expect.arrayContaining(['gmin', 'gmina', 'gminy']));
    expect(words.every((word) => word?.startsWith('gmin'))).toBe(true);
  });
});

describe('the text index is built on first need, once', () => {
  const gazetteer = loadFixtureGazetteer();

  it('filters without a query leave it unbuilt; the first query builds it; later ones reuse it', () => {
    const fresh = buildPracticeIndex(practices, gazetteer.units);
    expect(isTextIndexBuilt(fresh)).toBe(false);
    filterPractices(fresh, { ...EMPTY_FILTERS, region: ['22'], type: ['social-services'] });
    filterPractices(fresh, EMPTY_FILTERS, { facets: false });
    expect(isTextIndexBuilt(fresh)).toBe(false);

    const first = filterPractices(fresh, { ...EMPTY_FILTERS, q: 'Kraków' });
    expect(isTextIndexBuilt(fresh)).toBe(true);
    const text = textIndexOf(fresh);
    filterPractices(fresh, { ...EMPTY_FILTERS, q: 'nauka' });
    expect(textIndexOf(fresh)).toBe(text);
    expect(first.count).toBe(search('Kraków').length);
  });

  it('an idle-time build in slices gives the same index as a build at once', () => {
    const many = generatePractices(1_000, gazetteer, 11);
    const sliced = buildPracticeIndex(many, gazetteer.units);
    // a zero budget still advances one step (a few hundred practices), never the whole build
    expect(advanceTextIndex(sliced, 0)).toBe(false);
    expect(isTextIndexBuilt(sliced)).toBe(false);
    let slices = 1;
    while (!advanceTextIndex(sliced, 0)) slices += 1;
    expect(slices).toBeGreaterThan(1);
    expect(isTextIndexBuilt(sliced)).toBe(true);
    const text = textIndexOf(sliced);
    expect(advanceTextIndex(sliced, 0)).toBe(true);
    expect(textIndexOf(sliced)).toBe(text);
    expect(text).toEqual(buildPracticeTextIndex(many, gazetteer.units));

    // a query in the middle of a build finishes it
    const interrupted = buildPracticeIndex(many, gazetteer.units);
    advanceTextIndex(interrupted, 0);
    expect(textIndexOf(interrupted)).toEqual(text);
  });

  it('a prebuilt text index is used as given, and must cover the same practices', () => {
    const prebuilt = buildPracticeTextIndex(practices, gazetteer.units);
    const withText = buildPracticeIndex(practices, gazetteer.units, { text: prebuilt });
    expect(isTextIndexBuilt(withText)).toBe(true);
    expect(textIndexOf(withText)).toBe(prebuilt);
    expect(() =>
      buildPracticeIndex(practices.slice(1), gazetteer.units, { text: prebuilt }),
    ).toThrow(/text index has/);
  });
});
