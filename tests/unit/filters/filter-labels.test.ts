import { decodeGazetteer } from '../../../src/data/gazetteer-file';
import { describe, expect, test } from 'vitest';
import { indexGazetteer } from '../../../src/data/gazetteer-index';
import { gazetteerSchema } from '../../../src/data/schemas';
import {
  regionLabel,
  vocabularyLabel,
  yearsLabel,
} from '../../../src/features/filters/filter-labels';
import { createTranslate } from '../../../src/i18n/translate';
import { FILTER_VOCABULARIES } from '../../../src/stores/view-state';
import fixture from '../../fixtures/app/gazetteer.json';

const gazetteer = indexGazetteer(decodeGazetteer(gazetteerSchema.parse(fixture)));
const pl = createTranslate('pl');
const en = createTranslate('en');

describe('filter labels', () => {
  test('regions by name; gminy with their type, since names repeat', () => {
    expect(regionLabel('22', gazetteer, pl)).toBe('pomorskie');
    expect(regionLabel('2206', gazetteer, pl)).toBe('powiat kościerski');
    expect(regionLabel('2206011', gazetteer, pl)).toBe('Kościerzyna (gmina miejska)');
    expect(regionLabel('2206042', gazetteer, pl)).toBe('Kościerzyna (gmina wiejska)');
    expect(regionLabel('1261', gazetteer, pl)).toBe('Kraków');
    expect(regionLabel('2206042', gazetteer, en)).toBe('Kościerzyna (rural gmina)');
    // while the gazetteer loads, or for a code it lacks: the code itself
    expect(regionLabel('2206042', undefined, pl)).toBe('2206042');
    expect(regionLabel('3064011', gazetteer, pl)).toBe('3064011');
  });

  test('every vocabulary value has a label in both languages', () => {
    for (const key of ['type', 'form', 'sector', 'unit'] as const) {
      for (const value of FILTER_VOCABULARIES[key]) {
        for (const t of [pl, en]) {
          const label = vocabularyLabel(key, value, t);
          expect(label, `${key}=${value}`).not.toMatch(/^vocab\./);
          expect(label.trim(), `${key}=${value}`).not.toBe('');
        }
      }
    }
    expect(vocabularyLabel('sector', 'ngo', pl)).toBe('Organizacje pozarządowe');
    expect(vocabularyLabel('unit', 'city', en)).toBe('City with powiat rights');
  });

  test('year ranges, closed and open', () => {
    expect(yearsLabel({ from: 2010, to: 2015 }, pl)).toBe('lata 2010–2015');
    expect(yearsLabel({ from: 2010, to: null }, pl)).toBe('od 2010');
    expect(yearsLabel({ from: null, to: 2015 }, pl)).toBe('do 2015');
    expect(yearsLabel({ from: 2012, to: 2012 }, en)).toBe('year 2012');
  });
});
