import { decodeGazetteer } from '../../src/data/gazetteer-file';
import { describe, expect, test } from 'vitest';
import { gazetteerSchema, type Unit } from '../../src/data/schemas';
import { buildUnitSearchEntries, matchUnits } from '../../src/data/match-units';
import fixture from '../fixtures/app/gazetteer.json';

const { units } = decodeGazetteer(gazetteerSchema.parse(fixture));
const displayName = (unit: Unit) =>
  unit.level === 'powiat' && !unit.cityWithPowiatRights ? `powiat ${unit.name}` : unit.name;
const entries = buildUnitSearchEntries(units, displayName);
const found = (text: string, limit?: number) =>
  matchUnits(entries, text, limit).units.map((unit) => unit.terc);

describe('matchUnits', () => {
  test('finds a gmina whatever the case and diacritics', () => {
    expect(found('skawina')).toEqual(['1206113']);
    expect(found('SKAWINA')).toEqual(['1206113']);
    expect(found('kościerzyna')).toEqual(['2206011', '2206042']);
    expect(found('koscierzyna')).toEqual(['2206011', '2206042']);
  });

  test('ranks exact names, then prefixes, then words, then substrings', () => {
    // `kosc`: two gminy start with it, the powiat has it at the start of its second word
    expect(found('kosc')).toEqual(['2206011', '2206042', '2206']);
    // `karczma` is the second word of Nowa Karczma
    expect(found('karczma')).toEqual(['2206072']);
    // `wina` is only inside Skawina
    expect(found('wina')).toEqual(['1206113']);
  });

  test('every word of the query must start a word of the name, in any order', () => {
    expect(found('karczma nowa')).toEqual(['2206072']);
    expect(found('nowa skawina')).toEqual([]);
  });

  test('finds powiaty by their adjective and with the word powiat', () => {
    expect(found('krakowski')).toEqual(['1206']);
    expect(found('powiat krak')).toEqual(['1206']);
  });

  test('a city with powiat rights appears once, as the powiat that contains its gmina', () => {
    // and the exact name comes before `powiat krakowski`, whose second word starts the same
    expect(found('kraków')).toEqual(['1261', '1206']);
  });

  test('digits search TERC codes', () => {
    expect(found('1206')).toEqual(['1206', '1206072', '1206113']);
  });

  test('reports the total and keeps to the limit', () => {
    const result = matchUnits(entries, 'k', 2);
    expect(result.units).toHaveLength(2);
    expect(result.total).toBeGreaterThan(2);
  });

  test('hyphens and punctuation separate words, as in the names', () => {
    expect(found('nowa-karczma')).toEqual(['2206072']);
    expect(found('(skawina)')).toEqual(['1206113']);
  });

  test('an empty or blank query matches nothing', () => {
    expect(matchUnits(entries, '')).toEqual({ units: [], total: 0, corrected: false });
    expect(matchUnits(entries, '   ')).toEqual({ units: [], total: 0, corrected: false });
    expect(matchUnits(entries, ' - ')).toEqual({ units: [], total: 0, corrected: false });
  });

  test('Polish endings find the place, as in the practice search', () => {
    expect(found('Krakowa')).toEqual(['1261', '1206']);
    expect(found('w Krakowie')).toEqual(['1261', '1206']);
    expect(found('Kościerzynie')).toEqual(['2206011', '2206042']);
    const inflected = matchUnits(entries, 'Skawinie');
    expect(inflected.units.map((unit) => unit.terc)).toEqual(['1206113']);
    expect(inflected.corrected).toBe(false);
  });

  test('a typo in a longer word is forgiven and flagged as a guess', () => {
    const guess = matchUnits(entries, 'Kosciezyna');
    expect(guess.units.map((unit) => unit.terc)).toEqual(['2206011', '2206042']);
    expect(guess.corrected).toBe(true);
    expect(matchUnits(entries, 'Skawnia').units.map((unit) => unit.terc)).toEqual(['1206113']);
    // short words forgive nothing: a typo there is another word
    expect(found('Skwa')).toEqual([]);
  });

  test('guesses are not offered beside spellings that match as typed', () => {
    const typed = matchUnits(entries, 'skawina');
    expect(typed.corrected).toBe(false);
    expect(typed.units.map((unit) => unit.terc)).toEqual(['1206113']);
  });
});
