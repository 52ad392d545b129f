import { describe, expect, test } from 'vitest';
import type { Unit } from '../../src/data/schemas';
import { en } from '../../src/i18n/messages-en';
import { pl } from '../../src/i18n/messages-pl';
import { createTranslate, interpolate } from '../../src/i18n/translate';
import { describeUnit, formatUnitName, unitTypeKey } from '../../src/data/unit-text';

const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the catalogue', () => {
  test('English has exactly the Polish keys, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(pl).sort());
    for (const key of Object.keys(pl) as (keyof typeof pl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(pl[key]));
    }
  });

  test('no message is empty', () => {
    for (const messages of [pl, en]) {
      for (const [key, message] of Object.entries(messages))
        expect(message.trim(), key).not.toBe('');
    }
  });

  test('placeholders are filled as text; unknown ones stay visible', () => {
    expect(interpolate('powiat {name}', { name: '<b>x</b>' })).toBe('powiat <b>x</b>');
    expect(interpolate('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});

const unit = (fields: Partial<Unit> & Pick<Unit, 'terc' | 'name' | 'level'>): Unit => ({
  cityWithPowiatRights: false,
  label: [19, 50],
  bbox: [19, 50, 19, 50],
  ...fields,
});
const units = [
  unit({ terc: '22', name: 'pomorskie', level: 'voivodeship' }),
  unit({ terc: '2206', name: 'kościerski', level: 'powiat', voivodeship: '22' }),
  unit({
    terc: '2206042',
    name: 'Kościerzyna',
    level: 'gmina',
    gminaType: 'rural',
    powiat: '2206',
    voivodeship: '22',
  }),
  unit({ terc: '12', name: 'małopolskie', level: 'voivodeship' }),
  unit({
    terc: '1261',
    name: 'Kraków',
    level: 'powiat',
    cityWithPowiatRights: true,
    voivodeship: '12',
  }),
  unit({
    terc: '1261011',
    name: 'Kraków',
    level: 'gmina',
    gminaType: 'urban',
    cityWithPowiatRights: true,
    powiat: '1261',
    voivodeship: '12',
  }),
];
const lookup = (terc: string) => units.find((u) => u.terc === terc);
const byTerc = (terc: string) => {
  const found = lookup(terc);
  if (!found) throw new Error(terc);
  return found;
};

describe('how units are named', () => {
  const t = createTranslate('pl');

  test('type words', () => {
    expect(t(unitTypeKey(byTerc('2206042')))).toBe('gmina wiejska');
    expect(t(unitTypeKey(byTerc('2206')))).toBe('powiat');
    expect(t(unitTypeKey(byTerc('1261')))).toBe('miasto na prawach powiatu');
    expect(t(unitTypeKey(byTerc('1261011')))).toBe('miasto na prawach powiatu');
    expect(t(unitTypeKey(byTerc('22')))).toBe('województwo');
    expect(createTranslate('en')(unitTypeKey(byTerc('2206042')))).toBe('rural gmina');
  });

  test('a powiat is named with its word, a city with powiat rights by its name', () => {
    expect(formatUnitName(byTerc('2206'), t)).toBe('powiat kościerski');
    expect(formatUnitName(byTerc('1261'), t)).toBe('Kraków');
  });

  test('descriptions name the type and the parent', () => {
    expect(describeUnit(byTerc('2206042'), lookup, t)).toBe(
      'Kościerzyna — gmina wiejska, powiat kościerski',
    );
    expect(describeUnit(byTerc('2206'), lookup, t)).toBe('powiat kościerski — powiat, pomorskie');
    expect(describeUnit(byTerc('1261'), lookup, t)).toBe(
      'Kraków — miasto na prawach powiatu, małopolskie',
    );
    expect(describeUnit(byTerc('1261011'), lookup, t)).toBe(
      'Kraków — miasto na prawach powiatu, małopolskie',
    );
    expect(describeUnit(byTerc('22'), lookup, t)).toBe('pomorskie — województwo');
  });
});
