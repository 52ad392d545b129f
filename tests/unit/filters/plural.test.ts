import { describe, expect, test } from 'vitest';
import { formatPracticeCount, pluralForm } from '../../../src/i18n/plural';
import { createTranslate } from '../../../src/i18n/translate';

describe('Polish plural forms', () => {
  const count = (n: number) => formatPracticeCount(createTranslate('pl'), 'pl', n);

  test('1 praktyka, 2–4 praktyki, 5+ praktyk', () => {
    expect(count(1)).toBe('1 praktyka');
    expect(count(2)).toBe('2 praktyki');
    expect(count(4)).toBe('4 praktyki');
    expect(count(5)).toBe('5 praktyk');
    expect(count(0)).toBe('0 praktyk');
    expect(count(151)).toBe('151 praktyk');
  });

  test('12–14 take the "many" form, 22–24 and 102 the "few" form', () => {
    for (const n of [11, 12, 13, 14, 111, 112, 212])
      expect(pluralForm('pl', n), String(n)).toBe('many');
    for (const n of [22, 23, 24, 32, 102, 1004]) expect(pluralForm('pl', n), String(n)).toBe('few');
    for (const n of [21, 25, 100, 101, 1000]) expect(pluralForm('pl', n), String(n)).toBe('many');
  });
});

describe('English plural forms', () => {
  const count = (n: number) => formatPracticeCount(createTranslate('en'), 'en', n);
  test('1 practice, otherwise practices', () => {
    expect(count(1)).toBe('1 practice');
    expect(count(0)).toBe('0 practices');
    expect(count(2)).toBe('2 practices');
    expect(count(22)).toBe('22 practices');
  });
});
