import { describe, expect, it } from 'vitest';
import {
  gminaTypeOf,
  isCityWithPowiatRights,
  isTercCode,
  powiatCodeOf,
  tercLevel,
  voivodeshipCodeOf,
} from '../../src/data/terc';

describe('isTercCode', () => {
  it.each(['12', '1206', '1206113', '1261011', '1465011', '2206042', '3217032'])(
    'accepts %s',
    (code) => expect(isTercCode(code)).toBe(true),
  );

  it.each([
    ['', 'empty'],
    ['1', 'one digit'],
    ['120', 'three digits'],
    ['12061', 'five digits'],
    ['120611', 'six digits'],
    ['12061134', 'eight digits'],
    ['1206114', 'type 4 (the town of an urban-rural gmina) is not a unit of its own'],
    ['1206118', 'type 8 (a district of Warsaw) is not a gmina'],
    ['1206110', 'type 0'],
    ['00', 'voivodeship 00'],
    ['0000', 'voivodeship 00'],
    ['1200', 'powiat 00'],
    ['1206003', 'gmina 00'],
    ['12a6', 'a letter'],
    [' 12', 'whitespace'],
    ['12\n', 'a trailing newline'],
    ['１２', 'full-width digits'],
  ])('rejects %j (%s)', (code) => expect(isTercCode(code)).toBe(false));
});

describe('tercLevel', () => {
  it('reads the level from the length', () => {
    expect(tercLevel('12')).toBe('voivodeship');
    expect(tercLevel('1206')).toBe('powiat');
    expect(tercLevel('1206113')).toBe('gmina');
  });

  it('is null for malformed codes', () => {
    expect(tercLevel('120')).toBeNull();
    expect(tercLevel('1206114')).toBeNull();
  });
});

describe('gminaTypeOf', () => {
  it('reads the type from the last digit', () => {
    expect(gminaTypeOf('2206011')).toBe('urban'); // Kościerzyna, the town
    expect(gminaTypeOf('2206042')).toBe('rural'); // Kościerzyna, the rural gmina
    expect(gminaTypeOf('1206113')).toBe('urban-rural'); // Skawina
  });

  it('is null for anything that is not a gmina code', () => {
    expect(gminaTypeOf('12')).toBeNull();
    expect(gminaTypeOf('1206')).toBeNull();
    expect(gminaTypeOf('1206114')).toBeNull();
    expect(gminaTypeOf('abcdef1')).toBeNull();
  });
});

describe('hierarchy', () => {
  it('finds the parents of a gmina', () => {
    expect(powiatCodeOf('1206113')).toBe('1206');
    expect(voivodeshipCodeOf('1206113')).toBe('12');
  });

  it('finds the voivodeship of a powiat, and no powiat for a voivodeship', () => {
    expect(powiatCodeOf('1206')).toBe('1206');
    expect(voivodeshipCodeOf('1206')).toBe('12');
    expect(powiatCodeOf('12')).toBeNull();
  });
});

describe('isCityWithPowiatRights', () => {
  it('is true for powiat numbers 61–99 and their gminy', () => {
    expect(isCityWithPowiatRights('1261')).toBe(true); // Kraków
    expect(isCityWithPowiatRights('1261011')).toBe(true);
    expect(isCityWithPowiatRights('1465011')).toBe(true); // Warszawa
    expect(isCityWithPowiatRights('0299')).toBe(true);
  });

  it('is false for land powiaty, their gminy and voivodeships', () => {
    expect(isCityWithPowiatRights('1206')).toBe(false);
    expect(isCityWithPowiatRights('1206113')).toBe(false);
    expect(isCityWithPowiatRights('1260')).toBe(false);
    expect(isCityWithPowiatRights('12')).toBe(false);
  });

  it('is false for malformed codes', () => {
    expect(isCityWithPowiatRights('xx61')).toBe(false);
    expect(isCityWithPowiatRights('1261014')).toBe(false);
  });
});
