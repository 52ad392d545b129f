import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataBuildError } from '../../../geodata/build-error';
import { PROJECT_ROOT } from '../../../geodata/paths';
import {
  checkCompiledFiles,
  checkPractices,
  compilePractices,
  formatProblem,
} from '../../../geodata/practices-compile';
import { isPlainPracticesFile } from '../../../src/data/practices-fast-check';
import { isPlainPracticeTextsFile } from '../../../src/data/practice-texts-fast-check';
import type { PracticeRecord as Practice } from '../../../src/data/schemas';
import { FIXTURES_DIR, fixtureGazetteer } from './fixtures';

const gazetteer = fixtureGazetteer();
const TODAY = '2025-06-01';

function practice(id: string, changes: Record<string, unknown> = {}): Record<string, unknown> {
  const valid: Practice = {
    id,
    title: 'Kościerskie partnerstwo',
    summary: 'Miasto i gmina wiejska współpracują.',
    type: 'inter-municipal-cooperation',
    form: 'inter-municipal-agreement',
    yearStarted: 2012,
    dateAdded: '2013-05-06',
    dateUpdated: '2014-01-20',
    leader: '2206011',
    implementer: { name: 'Urząd Miasta', websites: ['https://www.koscierzyna.pl'] },
    partners: [
      { name: 'Gmina Miejska Kościerzyna', sector: 'jst', terc: '2206011', role: 'leader' },
      { name: 'Gmina Kościerzyna', sector: 'jst', terc: '2206042', role: 'member' },
      { name: 'Fundacja', sector: 'ngo' },
    ],
    territory: ['2206011', '2206042'],
    sources: [{ url: 'https://dobrepraktyki.pl/index.php?art=471', kind: 'bdp' }],
    tags: [],
  };
  return { ...valid, ...changes };
}

// one file per problem kind; the file name is the id unless the case is about that
const BROKEN: Record<string, string | Record<string, unknown>> = {
  'valid.json': practice('valid'),
  'bad-json.json': '{ "id": "bad-json", ',
  'empty-title.json': practice('empty-title', { title: '   ' }),
  'wrong-name.json': practice('other-id'),
  'valid-copy.json': practice('valid'),
  'unknown-code.json': practice('unknown-code', {
    territory: ['2206011', '2299011'],
    leader: '2206042',
  }),
  'not-a-code.json': practice('not-a-code', { territory: ['22060'] }),
  'bad-dates.json': practice('bad-dates', { dateAdded: '2023-02-30', dateUpdated: '2999-01-01' }),
  'dates-order.json': practice('dates-order', {
    dateAdded: '2020-01-02',
    dateUpdated: '2019-12-31',
  }),
  'bad-link.json': practice('bad-link', {
    implementer: { name: 'Urząd', websites: ['javascript:alert(1)'] },
    sources: [{ url: 'ftp://example.pl/a', kind: 'other' }],
  }),
  'typo.json': practice('typo', { titel: 'x' }),
  'partner-without-code.json': practice('partner-without-code', {
    partners: [{ name: 'Gmina Atlantyda', sector: 'jst' }],
  }),
  'bad-type.json': practice('bad-type', { type: 'parks' }),
  'notes.txt': 'not a practice',
};

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'practices-check-'));
  for (const [name, content] of Object.entries(BROKEN)) {
    writeFileSync(
      path.join(dir, name),
      typeof content === 'string' ? content : JSON.stringify(content, null, 2),
    );
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkPractices', () => {
  it('reports each problem on one line naming the file, the record and the field', async () => {
    const { practices, problems } = await checkPractices({
      practicesDir: dir,
      gazetteer,
      today: TODAY,
    });
    const lines = problems.map((problem) =>
      formatProblem({ ...problem, file: path.basename(problem.file) }).replace(dir, '<dir>'),
    );
    expect(lines).toEqual([
      'bad-dates.json: bad-dates: dateAdded: "2023-02-30" is not a calendar date',
      'bad-dates.json: bad-dates: dateUpdated: "2999-01-01" is in the future',
      expect.stringMatching(/^bad-json\.json: bad-json: \(file\): invalid JSON: /),
      'bad-link.json: bad-link: implementer.websites[0]: not an http(s) link',
      'bad-link.json: bad-link: sources[0].url: not an http(s) link',
      expect.stringMatching(
        /^bad-type\.json: bad-type: type: "parks" is not one of social-services, /,
      ),
      'dates-order.json: dates-order: dateUpdated: "2019-12-31" is before dateAdded "2020-01-02"',
      'empty-title.json: empty-title: title: empty title',
      'not-a-code.json: not-a-code: territory[0]: not a TERC code',
      'notes.txt: notes.txt: (file): not a .json file: the folder holds only practice files named <id>.json',
      'partner-without-code.json: partner-without-code: partners[0].terc: local government "Gmina Atlantyda" has no TERC code',
      'typo.json: typo: titel: unknown field (a typo?)',
      'unknown-code.json: unknown-code: territory[1]: "2299011" is not in the gazetteer (no such unit)',
      'unknown-code.json: unknown-code: leader: "2206042" is not in the territory',
      'unknown-code.json: unknown-code: partners[1].terc: "2206042" is not in the territory',
      'valid-copy.json: valid: id: "valid" differs from the file name "valid-copy.json"',
      'valid.json: valid: id: "valid" is also the id in <dir>/valid-copy.json',
      'wrong-name.json: other-id: id: "other-id" differs from the file name "wrong-name.json"',
    ]);
    // the records that pass the schema are still returned for the other checks
    expect(practices.map((p) => p.id)).toContain('valid');
  });

  it('passes a good folder', async () => {
    const good = mkdtempSync(path.join(os.tmpdir(), 'practices-good-'));
    try {
      writeFileSync(path.join(good, 'valid.json'), JSON.stringify(practice('valid')));
      const { problems } = await checkPractices({ practicesDir: good, gazetteer, today: TODAY });
      expect(problems).toEqual([]);
    } finally {
      rmSync(good, { recursive: true, force: true });
    }
  });
});

describe('compilePractices', () => {
  it('stops the build with the list of problems, not a stack trace', async () => {
    const outFiles = {
      practices: path.join(dir, 'never-written.json'),
      practiceTexts: path.join(dir, 'never-written-texts.json'),
    };
    const error = await compilePractices({
      practicesDir: dir,
      gazetteer,
      outFiles,
      today: TODAY,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataBuildError);
    expect((error as DataBuildError).problems).toHaveLength(18);
  });

  it('writes the practices and their texts in the default order, compact, the same bytes each time', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'practices-compile-'));
    try {
      // newer first (same number of partners), then by id
      writeFileSync(
        path.join(folder, 'c-newer.json'),
        JSON.stringify(practice('c-newer', { yearStarted: 2020 })),
      );
      writeFileSync(
        path.join(folder, 'b-second.json'),
        JSON.stringify(practice('b-second'), null, 2),
      );
      // keys in another order and extra whitespace do not change the output
      const reordered = Object.fromEntries(Object.entries(practice('a-first')).reverse());
      writeFileSync(path.join(folder, 'a-first.json'), `  ${JSON.stringify(reordered)}\n`);
      const outFiles = {
        practices: path.join(`${folder}-out`, 'data', 'practices.json'),
        practiceTexts: path.join(`${folder}-out`, 'data', 'practice-texts.json'),
      };
      const result = await compilePractices({
        practicesDir: folder,
        gazetteer,
        outFiles,
        today: TODAY,
      });
      const first = readFileSync(outFiles.practices, 'utf8');
      const firstTexts = readFileSync(outFiles.practiceTexts, 'utf8');
      await compilePractices({ practicesDir: folder, gazetteer, outFiles, today: TODAY });
      expect(readFileSync(outFiles.practices, 'utf8')).toBe(first);
      expect(readFileSync(outFiles.practiceTexts, 'utf8')).toBe(firstTexts);
      expect(result.count).toBe(3);
      expect(result.files[0]?.bytes).toBe(Buffer.byteLength(first));
      expect(result.files[1]?.bytes).toBe(Buffer.byteLength(firstTexts));
      expect(first).not.toContain('\n');
      expect(firstTexts).not.toContain('\n');
      // the first load has no texts; the texts file has them, keyed by id in the same order
      expect(first).not.toContain('"summary"');
      expect(first).not.toContain('"sources"');
      const texts = JSON.parse(firstTexts) as unknown;
      expect(isPlainPracticesFile(JSON.parse(first))).toBe(true);
      expect(isPlainPracticeTextsFile(texts)).toBe(true);
      expect(texts).toEqual({
        version: 1,
        texts: {
          'c-newer': { summary: expect.any(String), sources: expect.any(Array) },
          'a-first': { summary: expect.any(String), sources: expect.any(Array) },
          'b-second': { summary: expect.any(String), sources: expect.any(Array) },
        },
      });
      expect(Object.keys((texts as { texts: object }).texts)).toEqual([
        'c-newer',
        'a-first',
        'b-second',
      ]);
      // data:check's reading of the pair: they agree
      expect(await checkCompiledFiles(outFiles)).toEqual([]);
      // a practice without texts, and texts without a practice, are each named by id
      const broken = JSON.parse(firstTexts) as { texts: Record<string, unknown> };
      broken.texts['z-orphan'] = broken.texts['a-first'];
      delete broken.texts['a-first'];
      writeFileSync(outFiles.practiceTexts, JSON.stringify(broken));
      const problems = (await checkCompiledFiles(outFiles)) ?? [];
      expect(problems.map((p) => `${p.id}: ${p.message}`)).toEqual([
        'a-first: no texts for this practice',
        'z-orphan: texts for no practice in practices.json',
      ]);
      // an invalid entry names the id and field
      writeFileSync(
        outFiles.practiceTexts,
        JSON.stringify({
          version: 1,
          texts: { ...broken.texts, 'a-first': { summary: '', sources: [] } },
        }),
      );
      const invalid = (await checkCompiledFiles(outFiles)) ?? [];
      expect(invalid.map((p) => p.field)).toContain('texts.a-first.summary');
      const parsed = JSON.parse(first) as { version: number; practices: Practice[] };
      expect(parsed.version).toBe(1);
      expect(parsed.practices.map((p) => p.id)).toEqual(['c-newer', 'a-first', 'b-second']);
      expect(Object.keys(parsed.practices[1] ?? {})[0]).toBe('id');
    } finally {
      rmSync(folder, { recursive: true, force: true });
      rmSync(`${folder}-out`, { recursive: true, force: true });
    }
  });
});

// each test starts the command through tsx, which takes seconds on a loaded machine
describe('npm run data:check', { timeout: 60_000 }, () => {
  const tsx = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [tsx, path.join(PROJECT_ROOT, 'geodata', 'check.ts'), ...args], {
      encoding: 'utf8',
    });

  it('exits 1 with one line per problem and no stack trace', () => {
    const result = run('--dir', dir, '--gazetteer', path.join(FIXTURES_DIR, 'gazetteer.json'));
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^data:check: \d+ problem\(s\) in the practice files$/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /bad-dates\.json: bad-dates: dateAdded: "2023-02-30" is not a calendar date$/,
      ),
    );
  });

  it('tells to run the build when the gazetteer is missing', () => {
    const result = run('--dir', dir, '--gazetteer', path.join(dir, 'missing-gazetteer.json'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /missing-gazetteer\.json is missing: run `npm run build:data` first$/,
    );
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
