import { describe, expect, it } from 'vitest';
import { DataLoadError } from '../../src/data/data-load-error';
import { findTextsProblems } from '../../src/data/data-problems';
import { decodePracticeTextsFile } from '../../src/data/decode-practice-texts';
import { splitPracticeRecord, textsOf } from '../../src/data/practice-texts';
import type { Practice, PracticeRecord } from '../../src/data/schemas';

const FILE = 'data/practice-texts.json';

const RECORD: PracticeRecord = {
  id: 'partnerstwo',
  title: 'Partnerstwo',
  summary: 'Gminy współpracują.',
  description: 'Dłuższy opis.',
  type: 'inter-municipal-cooperation',
  form: 'inter-municipal-agreement',
  yearStarted: 2020,
  dateAdded: null,
  dateUpdated: null,
  leader: '2206011',
  implementer: null,
  partners: [],
  territory: ['2206011'],
  sources: [{ url: 'https://example.org/a', kind: 'other' }],
  tags: [],
};

const TEXTS = splitPracticeRecord(RECORD).texts;

describe('splitPracticeRecord', () => {
  it('puts summary, description and sources in the texts and the rest in the practice', () => {
    const { practice, texts } = splitPracticeRecord(RECORD);
    expect(texts).toEqual({
      summary: RECORD.summary,
      description: RECORD.description,
      sources: RECORD.sources,
    });
    expect(practice).not.toHaveProperty('summary');
    expect(practice).not.toHaveProperty('description');
    expect(practice).not.toHaveProperty('sources');
    expect({ ...practice, ...texts }).toEqual(RECORD);
    // no description, no key (the file stays the same bytes as the record had)
    const withoutDescription: PracticeRecord = { ...RECORD };
    delete withoutDescription.description;
    expect(Object.keys(splitPracticeRecord(withoutDescription).texts)).toEqual([
      'summary',
      'sources',
    ]);
  });
});

describe('decodePracticeTextsFile', () => {
  it('returns a clean file as it is, with no problems', () => {
    const file = { version: 1, texts: { partnerstwo: TEXTS } };
    expect(decodePracticeTextsFile(FILE, file)).toEqual({ ...file, problems: [] });
  });

  it('leaves out a bad entry, naming the file, the id and the field; keeps the others', () => {
    const file = {
      version: 1,
      texts: { partnerstwo: TEXTS, zepsuty: { ...TEXTS, summary: '   ' }, ' <b>': { sources: [] } },
    };
    const loaded = decodePracticeTextsFile(FILE, file);
    expect(Object.keys(loaded.texts)).toEqual(['partnerstwo']);
    expect(loaded.problems).toEqual([
      {
        kind: 'invalid-texts',
        file: FILE,
        id: 'zepsuty',
        where: 'texts["zepsuty"].summary',
        detail: expect.any(String),
      },
      {
        kind: 'invalid-texts',
        file: FILE,
        id: ' <b>',
        where: 'texts[" <b>"].summary',
        detail: expect.any(String),
      },
    ]);
  });

  it('trims what zod trims and strips unknown keys, as the schema does', () => {
    const file = { version: 1, texts: { a: { ...TEXTS, summary: ' Opis ', extra: 1 } } };
    expect(decodePracticeTextsFile(FILE, file).texts.a).toEqual({ ...TEXTS, summary: 'Opis' });
  });

  it('fails as a whole, naming the file, when the frame is wrong', () => {
    for (const data of [null, [], { version: 2, texts: {} }, { version: 1, texts: [] }]) {
      expect(() => decodePracticeTextsFile(FILE, data)).toThrow(DataLoadError);
      expect(() => decodePracticeTextsFile(FILE, data)).toThrow(FILE);
    }
  });

  it('an id is only data: `constructor` or `__proto__` finds no texts it does not have', () => {
    const loaded = decodePracticeTextsFile(
      FILE,
      JSON.parse('{"version":1,"texts":{"__proto__":{"summary":"x","sources":[]}}}'),
    );
    expect(textsOf(loaded, 'constructor')).toBeUndefined();
    expect(textsOf({ version: 1, texts: {} }, 'constructor')).toBeUndefined();
    expect(textsOf({ version: 1, texts: {} }, 'toString')).toBeUndefined();
  });
});

describe('findTextsProblems', () => {
  const practice = (id: string): Practice => ({ ...splitPracticeRecord(RECORD).practice, id });

  it('names a practice without texts and texts without a practice, by id', () => {
    const problems = findTextsProblems(FILE, [practice('partnerstwo'), practice('bez-opisu')], {
      version: 1,
      texts: { partnerstwo: TEXTS, sierota: TEXTS },
    });
    expect(problems).toEqual([
      { kind: 'missing-texts', file: FILE, id: 'bez-opisu' },
      { kind: 'unknown-texts', file: FILE, id: 'sierota' },
    ]);
  });

  it('an entry left out as invalid is named once, not again as missing', () => {
    const loaded = decodePracticeTextsFile(FILE, {
      version: 1,
      texts: { partnerstwo: { ...TEXTS, summary: '' } },
    });
    const problems = findTextsProblems(FILE, [practice('partnerstwo')], loaded);
    expect(problems.map((problem) => `${problem.kind} ${problem.id}`)).toEqual([
      'invalid-texts partnerstwo',
    ]);
  });
});
