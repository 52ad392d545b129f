import { describe, expect, it } from 'vitest';
import {
  COOPERATION_FORMS,
  PRACTICE_TYPES,
  SECTORS,
  practiceSchema,
  practicesFileSchema,
} from '../../../src/data/schemas';
import { generatePractices, generatePracticesFile } from '../../bench/synthetic-practices';
import { loadFixtureGazetteer } from './fixtures';

const gazetteer = loadFixtureGazetteer();
const codes = new Set(gazetteer.units.map((unit) => unit.terc));

describe('synthetic practices', () => {
  it('the same seed gives the same practices; another seed others', () => {
    const a = generatePractices(300, gazetteer, 42);
    expect(generatePractices(300, gazetteer, 42)).toEqual(a);
    expect(JSON.stringify(generatePractices(300, gazetteer.units, 42))).toBe(JSON.stringify(a));
    expect(generatePractices(300, gazetteer, 43)).not.toEqual(a);
    // a longer run starts with the shorter one
    expect(generatePractices(350, gazetteer, 42).slice(0, 300)).toEqual(a);
  });

  it('every record is valid per practiceSchema, with unique ids, over known units', () => {
    const practices = generatePractices(1000, gazetteer, 1);
    expect(practicesFileSchema.safeParse(generatePracticesFile(50, gazetteer, 1)).success).toBe(
      true,
    );
    expect(new Set(practices.map((p) => p.id)).size).toBe(practices.length);
    for (const practice of practices) {
      const parsed = practiceSchema.safeParse(practice);
      expect(parsed.success, `${practice.id}: ${parsed.error?.message}`).toBe(true);
      expect(practice.territory).toContain(practice.leader);
      for (const code of practice.territory) expect(codes.has(code)).toBe(true);
      if (practice.form !== 'single-unit') {
        expect(practice.partners.length).toBeGreaterThanOrEqual(2);
        expect(practice.partners.length).toBeLessThanOrEqual(40);
      }
    }
  });

  it('covers every type, form and sector, and all three levels of leader', () => {
    const practices = generatePractices(1000, gazetteer, 1);
    expect(new Set(practices.map((p) => p.type))).toEqual(new Set(PRACTICE_TYPES));
    expect(new Set(practices.map((p) => p.form))).toEqual(new Set(COOPERATION_FORMS));
    expect(new Set(practices.flatMap((p) => p.partners.map((partner) => partner.sector)))).toEqual(
      new Set(SECTORS),
    );
    expect(new Set(practices.map((p) => p.leader.length))).toEqual(new Set([2, 4, 7]));
    expect(practices.some((p) => p.yearStarted === null)).toBe(true);
  });

  it('leaders crowd in cities: a city with powiat rights leads more than a rural gmina', () => {
    const practices = generatePractices(2000, gazetteer, 5);
    const led = (code: string) => practices.filter((p) => p.leader === code).length;
    expect(led('1261011')).toBeGreaterThan(led('2206032') * 5); // Kraków vs rural Karsin
  });

  it('partnerships reach across voivodeship borders', () => {
    const practices = generatePractices(1000, gazetteer, 3);
    const crossing = practices.filter(
      (p) => new Set(p.territory.map((code) => code.slice(0, 2))).size > 1,
    );
    expect(crossing.length).toBeGreaterThan(0);
  });
});
