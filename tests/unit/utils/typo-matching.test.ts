import { describe, expect, test } from 'vitest';
import { matchesWithTypo, typoAllowance, withinEditDistance } from '../../../src/utils/search-text';

describe('withinEditDistance', () => {
  test('counts insertions, deletions, replacements and swaps of neighbours as one edit each', () => {
    expect(withinEditDistance('koscierzyna', 'koscierzyna', 0)).toBe(true);
    expect(withinEditDistance('kosciezyna', 'koscierzyna', 1)).toBe(true); // r left out
    expect(withinEditDistance('koscierzzyna', 'koscierzyna', 1)).toBe(true); // z doubled
    expect(withinEditDistance('koscierzyma', 'koscierzyna', 1)).toBe(true); // n → m
    expect(withinEditDistance('kosicerzyna', 'koscierzyna', 1)).toBe(true); // ci swapped
    expect(withinEditDistance('kosiecrzyna', 'koscierzyna', 1)).toBe(false);
    expect(withinEditDistance('kosiecrzyna', 'koscierzyna', 2)).toBe(true);
  });

  test('gives up early on words of very different length', () => {
    expect(withinEditDistance('gdansk', 'gdanskiego', 2)).toBe(false);
    expect(withinEditDistance('', 'ab', 2)).toBe(true);
    expect(withinEditDistance('', 'abc', 2)).toBe(false);
  });

  test('is the same whatever the order of the words and after a long word', () => {
    const long = 'a'.repeat(200);
    expect(withinEditDistance(long, `${long}b`, 1)).toBe(true);
    expect(withinEditDistance('skawnia', 'skawina', 1)).toBe(
      withinEditDistance('skawina', 'skawnia', 1),
    );
  });
});

describe('matchesWithTypo', () => {
  test('forgives one letter from five letters, two from eight, none below five', () => {
    expect([4, 5, 7, 8, 12].map(typoAllowance)).toEqual([0, 1, 1, 2, 2]);
    expect(matchesWithTypo('skwa', 'skaw')).toBe(false);
    expect(matchesWithTypo('skawnia', 'skawina')).toBe(true);
    expect(matchesWithTypo('kosiecrzyna', 'koscierzyna')).toBe(true);
    expect(matchesWithTypo('krakow', 'gdansk')).toBe(false);
  });

  test('a typo in a word still being typed matches the start of the word', () => {
    expect(matchesWithTypo('kosciezyn', 'koscierzyna')).toBe(true);
    expect(matchesWithTypo('kosciez', 'koscierzyna')).toBe(true);
  });
});
