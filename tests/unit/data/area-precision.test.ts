import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { areaKnownOnlyAt } from '../../../src/data/area-precision';
import { practicesFileSchema, type Practice } from '../../../src/data/schemas';

const { practices } = practicesFileSchema.parse(
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../../public/data/practices.json'), 'utf8'),
  ),
);
const byId = (id: string): Practice => {
  const practice = practices.find((item) => item.id === id);
  if (!practice) throw new Error(`no practice ${id} in the shipped data`);
  return practice;
};

describe('areaKnownOnlyAt', () => {
  test('a partnership placed at its voivodeship for want of members is known only there', () => {
    expect(areaKnownOnlyAt(byId('partnerstwo-doliny-srodkowej-odry'))).toBe('voivodeship');
  });

  test('a voivodeship that is itself a member is a real member, not a rough area', () => {
    expect(areaKnownOnlyAt(byId('zwiazek-euroregion-tatry'))).toBeNull();
  });

  test('a practice naming a gmina is known in detail; powiaty without members are rough', () => {
    const practice = byId('partnerstwo-doliny-srodkowej-odry');
    expect(areaKnownOnlyAt({ ...practice, territory: ['0201', '0202'] })).toBe('powiat');
    expect(areaKnownOnlyAt({ ...practice, territory: ['02', '0201011'] })).toBeNull();
  });

  test('in the shipped data it is rare: a handful of practices', () => {
    const rough = practices.filter((practice) => areaKnownOnlyAt(practice) !== null);
    expect(rough.length).toBeGreaterThan(0);
    expect(rough.length).toBeLessThan(10);
  });
});
