import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPlainPracticesFile } from '../../src/data/practices-fast-check';
import { isPlainPracticeTextsFile } from '../../src/data/practice-texts-fast-check';
import { splitPracticeRecords } from '../../src/data/practice-texts';
import {
  practiceRecordSchema,
  practicesFileSchema,
  practiceTextsFileSchema,
  type Practice,
  type PracticeTexts,
} from '../../src/data/schemas';
import { generateDataFiles, generatePracticesFile } from '../bench/synthetic-practices';
import { loadFixtureGazetteer } from './explorer/fixtures';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** A fixture (practice records, as people write them) as the build splits it into the two files. */
function fixtureFiles(name: string) {
  const file = JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as {
    practices: unknown[];
  };
  return splitPracticeRecords(file.practices.map((record) => practiceRecordSchema.parse(record)));
}

/** A practice with every optional field present. */
const FULL: Practice = {
  id: 'pelny-rekord-2',
  title: 'Kościerskie partnerstwo',
  type: 'inter-municipal-cooperation',
  form: 'inter-municipal-agreement',
  yearStarted: 2012,
  dateAdded: '2013-05-06',
  dateUpdated: null,
  leader: '2206011',
  implementer: {
    name: 'Urząd Miasta',
    street: 'ul. Rynek 1',
    postalCode: '83-400',
    town: 'Kościerzyna',
    phone: '58 000 00 00',
    websites: ['https://www.koscierzyna.pl', 'mailto:urzad@koscierzyna.pl'],
  },
  partners: [
    { name: 'Gmina Miejska Kościerzyna', sector: 'jst', terc: '2206011', role: 'leader' },
    { name: 'Fundacja', sector: 'ngo' },
  ],
  territory: ['2206011', '22'],
  tags: ['transport'],
};

/** Its texts, every field present. */
const FULL_TEXTS: PracticeTexts = {
  summary: 'Miasto i gmina wiejska współpracują.',
  description: 'Opis.',
  sources: [
    { url: 'https://dobrepraktyki.pl/index.php?art=471', kind: 'bdp' },
    { url: null, kind: 'other' },
  ],
};

const CANDIDATES: unknown[] = [
  undefined,
  null,
  0,
  1.5,
  1899,
  2000,
  2101,
  Number.NaN,
  true,
  '',
  ' ',
  'a',
  ' a',
  'a ',
  'Abc',
  'a--b',
  '2206011',
  '2206019',
  '00',
  '22',
  '2013-05-06',
  '2013-5-6',
  'https://x.pl',
  'javascript:alert(1)',
  'ngo',
  'leader',
  'bdp',
  'social-services',
  'single-unit',
  [],
  ['22'],
  [''],
  {},
];

type Json = Record<string, unknown> | unknown[];

/** Every variant of `value` with one place changed: each value replaced, each key dropped, one key added. */
function* mutations(value: unknown): Generator<unknown> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      for (const inner of mutations(value[i])) yield value.map((v, j) => (j === i ? inner : v));
    }
    yield [...value, value[0] ?? 'extra'];
    yield value.slice(1);
    return;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      for (const inner of mutations(record[key])) yield { ...record, [key]: inner };
      yield Object.fromEntries(Object.entries(record).filter(([other]) => other !== key));
    }
    yield { ...record, unexpected: 1 };
  }
  yield* CANDIDATES;
}

function agreesWithSchema(data: unknown): void {
  if (!isPlainPracticesFile(data)) return;
  // a yes from the quick check must be zod's yes, with the data unchanged
  const parsed = practicesFileSchema.safeParse(data);
  expect(parsed.success, JSON.stringify(data)).toBe(true);
  expect(parsed.data).toStrictEqual(data);
}

describe('isPlainPracticesFile', () => {
  it('accepts valid files as zod returns them: fixtures, generated data, a full record', () => {
    const gazetteer = loadFixtureGazetteer();
    for (const file of [
      fixtureFiles('explorer/practices.json').practices,
      fixtureFiles('practices-ui/practices.json').practices,
      generatePracticesFile(300, gazetteer, 5),
      { version: 1, practices: [FULL] },
    ]) {
      expect(isPlainPracticesFile(file)).toBe(true);
      agreesWithSchema(file);
    }
  });

  it('never says yes where zod says no or would change the data (every field mutated)', () => {
    const file: Json = { version: 1, practices: [FULL] };
    let accepted = 0;
    let total = 0;
    for (const mutated of mutations(file)) {
      total += 1;
      if (isPlainPracticesFile(mutated)) accepted += 1;
      agreesWithSchema(mutated);
    }
    expect(total).toBeGreaterThan(1000);
    // some mutations stay valid (another valid code, an extra partner), most do not
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(total / 4);
  });

  it('leaves untrimmed titles and unknown keys to zod (it trims and strips them)', () => {
    const untrimmed = { version: 1, practices: [{ ...FULL, title: ' Tytuł ' }] };
    expect(isPlainPracticesFile(untrimmed)).toBe(false);
    expect(practicesFileSchema.safeParse(untrimmed).success).toBe(true);
    const extra = { version: 1, practices: [FULL], note: 'x' };
    expect(isPlainPracticesFile(extra)).toBe(false);
    expect(practicesFileSchema.safeParse(extra).success).toBe(true);
  });
});

function textsAgreeWithSchema(data: unknown): void {
  if (!isPlainPracticeTextsFile(data)) return;
  const parsed = practiceTextsFileSchema.safeParse(data);
  expect(parsed.success, JSON.stringify(data)).toBe(true);
  expect(parsed.data).toStrictEqual(data);
}

describe('isPlainPracticeTextsFile', () => {
  it('accepts valid files as zod returns them: fixtures, generated data, full texts', () => {
    const gazetteer = loadFixtureGazetteer();
    for (const file of [
      fixtureFiles('explorer/practices.json').texts,
      fixtureFiles('practices-ui/practices.json').texts,
      generateDataFiles(300, gazetteer, 5).texts,
      { version: 1, texts: { [FULL.id]: FULL_TEXTS } },
    ]) {
      expect(isPlainPracticeTextsFile(file)).toBe(true);
      textsAgreeWithSchema(file);
    }
  });

  it('never says yes where zod says no or would change the data (every field mutated)', () => {
    const file: Json = { version: 1, texts: { [FULL.id]: FULL_TEXTS, other: FULL_TEXTS } };
    let accepted = 0;
    let total = 0;
    for (const mutated of mutations(file)) {
      total += 1;
      if (isPlainPracticeTextsFile(mutated)) accepted += 1;
      textsAgreeWithSchema(mutated);
    }
    expect(total).toBeGreaterThan(300);
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(total / 4);
  });

  it('leaves an untrimmed summary and unknown keys to zod (it trims and strips them)', () => {
    const untrimmed = { version: 1, texts: { a: { ...FULL_TEXTS, summary: ' Opis ' } } };
    expect(isPlainPracticeTextsFile(untrimmed)).toBe(false);
    expect(practiceTextsFileSchema.safeParse(untrimmed).success).toBe(true);
    const extra = { version: 1, texts: { a: { ...FULL_TEXTS, note: 'x' } } };
    expect(isPlainPracticeTextsFile(extra)).toBe(false);
    expect(practiceTextsFileSchema.safeParse(extra).success).toBe(true);
  });

  it('the texts of a practice are no longer part of practices.json', () => {
    const withSummary = { version: 1, practices: [{ ...FULL, summary: 'Opis.' }] };
    expect(isPlainPracticesFile(withSummary)).toBe(false);
    // zod strips it: what the app reads from practices.json has no texts
    expect(practicesFileSchema.parse(withSummary).practices[0]).not.toHaveProperty('summary');
  });
});
