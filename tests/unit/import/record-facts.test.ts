// The facts of the second source file: partial member lists and CWD's integration class, from
// the source record to the practice field, and the quick check of practices.json in step.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPractices, formatProblem } from '../../../geodata/practices-compile';
import {
  cwdIntegrationOf,
  membershipOf,
  parseCwdIntegration,
  statedCount,
} from '../../../geodata/import/record-facts';
import { parseSourceCsv, parseSourceRecords } from '../../../geodata/import/source-record';
import { isPlainPracticesFile } from '../../../src/data/practices-fast-check';
import { practicesFileSchema, type Practice } from '../../../src/data/schemas';
import { fixtureGazetteer } from './fixtures';

function record(fields: Record<string, unknown>) {
  const [parsed] = parseSourceRecords([{ title: 'Partnerstwo', ...fields }], 'test.json');
  if (!parsed) throw new Error('no record');
  return parsed;
}

describe('statedCount', () => {
  it.each([
    ['18 gmin, 4 powiaty', 22],
    ['16 gmin', 16],
    ['24 gminy (powiaty sokólski, augustowski, moniecki)', 24],
    ['17 gmin (z powiatów ostrowieckiego, skarżyskiego, starachowickiego i koneckiego)', 17],
    ['7 gmin i powiat (wszystkie samorządy powiatu strzeleckiego)', 8],
    ['92 podmioty (34 publiczne, 31 pozarządowe, 27 prywatnych)', 92],
    ['wszystkie gminy powiatów drawskiego, świdwińskiego i łobeskiego', null],
  ])('%s → %s', (stated, count) => {
    expect(statedCount(stated)).toBe(count);
  });
});

describe('membershipOf', () => {
  it('keeps a partial list with what the source states and its count', () => {
    const notes: string[] = [];
    const partial = record({ members_complete: false, members_stated: '16 gmin' });
    expect(membershipOf([partial], 2, notes)).toEqual({
      complete: false,
      stated: '16 gmin',
      count: 16,
    });
    expect(notes).toEqual([]);
  });

  it('keeps a partial list without a count, and drops one the partners already reach', () => {
    const notes: string[] = [];
    expect(membershipOf([record({ members_complete: false })], 1, notes)).toEqual({
      complete: false,
    });
    const reached = record({ members_complete: false, members_stated: '3 gminy' });
    expect(membershipOf([reached], 3, notes)).toBeUndefined();
    expect(notes.join(' ')).toMatch(/reach the stated "3 gminy"/);
  });

  it('notes a complete list whose stated count disagrees, and adds nothing', () => {
    const notes: string[] = [];
    const complete = record({ members_complete: true, members_stated: '14 gmin, 1 powiat' });
    expect(membershipOf([complete], 15, notes)).toBeUndefined();
    expect(notes).toEqual([]);
    expect(membershipOf([complete], 12, notes)).toBeUndefined();
    expect(notes.join(' ')).toMatch(/says 15, but 12 partners/);
  });

  it('reads members_complete from a CSV cell', () => {
    const csv = 'title;members_complete;members_stated\nA;false;2 gminy\nB;tak;\nC;;\n';
    expect(parseSourceCsv(csv, 'x.csv').map((r) => r.members_complete)).toEqual([
      false,
      true,
      null,
    ]);
    expect(() => parseSourceCsv('title;members_complete\nA;może\n', 'x.csv')).toThrow(
      /members_complete: not true or false/,
    );
  });
});

describe('CWD integration', () => {
  it.each([
    ['powiatowe, niezintegrowane', 'county-unintegrated'],
    ['powiatowe, zintegrowane', 'county-integrated'],
    ['ponadpowiatowe, niezintegrowane', 'supra-county-unintegrated'],
    ['ponadpowiatowe częściowo zintegrowane', 'supra-county-partly-integrated'],
    [
      'ponadpowiatowe, w pełni zintegrowane (wycinek urwany: „w peł…”)',
      'supra-county-fully-integrated',
    ],
    ['zintegrowane', null],
    ['ponadpowiatowe', null],
  ])('%s → %s', (text, level) => {
    expect(parseCwdIntegration(text)).toBe(level);
  });

  it('notes a class it cannot read', () => {
    const notes: string[] = [];
    expect(cwdIntegrationOf([record({ cwd_integration: 'bardzo' })], notes)).toBeUndefined();
    expect(notes.join(' ')).toMatch(/not one of the 5 CWD classes/);
  });
});

describe('the new practice fields in the schema and the quick check', () => {
  const practice: Practice = {
    id: 'partnerstwo',
    title: 'Partnerstwo',
    type: 'inter-municipal-cooperation',
    form: 'inter-municipal-agreement',
    yearStarted: 2020,
    dateAdded: null,
    dateUpdated: null,
    leader: '2206011',
    implementer: null,
    partners: [{ name: 'Miasto Kościerzyna', sector: 'jst', terc: '2206011', role: 'leader' }],
    territory: ['2206011'],
    tags: [],
    membership: { complete: false, stated: '16 gmin', count: 16 },
    cwdIntegration: 'county-integrated',
  };
  const variants: [string, unknown][] = [
    ['membership', undefined],
    ['membership', { complete: false }],
    ['membership', { complete: true }],
    ['membership', { complete: false, stated: '' }],
    ['membership', { complete: false, count: 0 }],
    ['membership', { complete: false, count: 1.5 }],
    ['membership', { complete: false, extra: 1 }],
    ['membership', null],
    ['cwdIntegration', undefined],
    ['cwdIntegration', 'supra-county-fully-integrated'],
    ['cwdIntegration', 'w pełni'],
    ['cwdIntegration', null],
  ];

  it('accepts a practice without them (backwards compatible) and with them', () => {
    const old: Record<string, unknown> = { ...practice };
    delete old.membership;
    delete old.cwdIntegration;
    for (const p of [old, practice]) {
      const file = { version: 1, practices: [p] };
      expect(practicesFileSchema.safeParse(file).success).toBe(true);
      expect(isPlainPracticesFile(file)).toBe(true);
    }
  });

  it.each(variants)('agrees with zod for %s = %j', (field, value) => {
    const changed = Object.fromEntries(
      Object.entries({ ...practice, [field]: value }).filter(([, v]) => v !== undefined),
    );
    const file = { version: 1, practices: [changed] };
    const parsed = practicesFileSchema.safeParse(file);
    if (isPlainPracticesFile(file)) expect(parsed.data).toStrictEqual(file);
    else expect(parsed.success && JSON.stringify(parsed.data) === JSON.stringify(file)).toBe(false);
  });
});

describe('data:check keeps membership and the partners consistent', () => {
  it('flags a partial list that already reaches its stated count', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'practices-membership-'));
    const practice = (id: string, count: number) => ({
      id,
      title: 'Partnerstwo',
      summary: 'Gminy współpracują.',
      type: 'inter-municipal-cooperation',
      form: 'inter-municipal-agreement',
      yearStarted: null,
      dateAdded: null,
      dateUpdated: null,
      leader: '2206011',
      implementer: null,
      partners: [
        { name: 'Miasto Kościerzyna', sector: 'jst', terc: '2206011', role: 'leader' },
        { name: 'Gmina Kościerzyna', sector: 'jst', terc: '2206042', role: 'member' },
      ],
      territory: ['2206011', '2206042'],
      sources: [],
      tags: [],
      membership: { complete: false, stated: `${count} gmin`, count },
    });
    try {
      writeFileSync(path.join(dir, 'partial.json'), JSON.stringify(practice('partial', 10)));
      writeFileSync(path.join(dir, 'reached.json'), JSON.stringify(practice('reached', 2)));
      const { problems } = await checkPractices({
        practicesDir: dir,
        gazetteer: fixtureGazetteer(),
        today: '2025-06-01',
      });
      expect(problems.map((p) => formatProblem({ ...p, file: path.basename(p.file) }))).toEqual([
        'reached.json: reached: membership.count: 2 partners listed, 2 stated: the list is complete (remove membership) or the count is wrong',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
