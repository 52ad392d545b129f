// A second source never overwrites an editor: the real second sources of
// ../shared/data/practices-source-2.json merged into the practices of the first file, with the
// last import as the base of a three-way merge.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDecisions, type Decisions } from '../../../geodata/import/decisions';
import { placeStemTest } from '../../../geodata/import/duplicates';
import { importPractices } from '../../../geodata/import/import-practices';
import {
  mergeThreeWay,
  planWrites,
  type ShippedPractice,
  type WritePlan,
} from '../../../geodata/import/merge-shipped';
import { readSourceFile } from '../../../geodata/import/source-record';
import { PROJECT_ROOT } from '../../../geodata/paths';
import type { PracticeRecord as Practice } from '../../../src/data/schemas';
import { FIXTURES_DIR } from './fixtures';
import { loadRealGazetteer } from './real-gazetteer';

const SOURCE_1 = path.resolve(PROJECT_ROOT, '../shared/data/practices-source.json');
const SOURCE_2 = path.resolve(PROJECT_ROOT, '../shared/data/practices-source-2.json');
const TODAY = '2026-01-01';

let first: Practice[];
let second: Practice[];
let decisions: Decisions;
let isPlaceStem: (stem: string) => boolean;
let dispose = () => {};

beforeAll(async () => {
  const real = await loadRealGazetteer();
  dispose = real.dispose;
  decisions = await readDecisions(path.join(PROJECT_ROOT, 'geodata', 'import', 'decisions.json'));
  const options = { gazetteer: real.gazetteer, decisions, today: TODAY };
  first = importPractices(await readSourceFile(SOURCE_1), options).practices;
  second = importPractices(await readSourceFile(SOURCE_2), options).practices;
  isPlaceStem = placeStemTest(
    real.gazetteer.units.filter((u) => u.level !== 'voivodeship').map((u) => u.name),
  );
}, 120_000);

afterAll(() => dispose());

/** The first file as shipped: each file as imported, its base the same. */
function shippedFirst(edit: (p: Practice) => Practice = (p) => p) {
  return new Map<string, ShippedPractice>(
    first.map((p) => [p.id, { current: edit(structuredClone(p)), base: p }]),
  );
}

function plan(plans: WritePlan[], id: string): WritePlan {
  const found = plans.find((p) => p.id === id);
  if (!found) throw new Error(`no plan for ${id}`);
  return found;
}

const ROZTOCZE = 'partnerstwo-roztocze-srodkowe';
const WLODAWA = 'zarzadzanie-partnerstwem-z-wykorzystaniem-zasad-dotyczacych';
const PONIDZIE = 'partnerstwo-ponidzie';

describe('the second source file over the shipped practices', () => {
  it('creates the 35 new partnerships and merges the 5 second sources', () => {
    const plans = planWrites(second, shippedFirst(), { decisions, isPlaceStem, overwrite: false });
    expect(plans.filter((p) => p.outcome === 'created')).toHaveLength(35);
    const merged = plans.filter((p) => p.outcome !== 'created').map((p) => p.id);
    expect(merged.sort()).toEqual([
      'lokalny-miejski-obszar-funkcjonalny-zdunska-wola-sieradz',
      PONIDZIE,
      ROZTOCZE,
      'stowarzyszenie-warminsko-mazurskich-gmin-pogranicza',
      WLODAWA,
    ]);
    expect(plans.every((p) => p.conflicts.length === 0)).toBe(true);
  });

  it('Roztocze Środkowe gains Horyniec-Zdrój, its new source and the CWD class', () => {
    const plans = planWrites(second, shippedFirst(), { decisions, isPlaceStem, overwrite: false });
    const roztocze = plan(plans, ROZTOCZE);
    expect(roztocze).toMatchObject({ outcome: 'updated', mergedFrom: 'roztocze-srodkowe' });
    expect(roztocze.practice.partners).toContainEqual(
      expect.objectContaining({ terc: '1809032', role: 'member' }),
    );
    expect(roztocze.practice.territory).toContain('1809032');
    expect(roztocze.practice.sources.map((s) => s.url)).toEqual([
      'https://euroregionroztocze.org.pl/2020/09/30/zawarcie-partnerstwa-w-tomaszowie-lubelskim/',
      'https://cwd.info.pl/partnerstwa-cwd/roztocze-srodkowe/',
    ]);
    expect(roztocze.practice.cwdIntegration).toBe('supra-county-unintegrated');
    // the practice's own title and form stay; the difference is reported
    expect(roztocze.practice.title).toBe('Partnerstwo „Roztocze Środkowe”');
    expect(roztocze.changes).toContainEqual(
      expect.stringMatching(/^partners: \+ .*Horyniec-Zdrój/),
    );
    expect(roztocze.changes).toContainEqual(expect.stringMatching(/^form: kept/));
  });

  it('the Włodawa practice gains its 11 members and its own page, under its first title', () => {
    const plans = planWrites(second, shippedFirst(), { decisions, isPlaceStem, overwrite: false });
    expect(plans.map((p) => p.id)).not.toContain('wlodawski-obszar-funkcjonalny');
    const wlodawa = plan(plans, WLODAWA);
    expect(wlodawa.mergedFrom).toBe('wlodawski-obszar-funkcjonalny');
    expect(wlodawa.matchedBy).toMatch(/the same local governments/);
    const codes = wlodawa.practice.partners.flatMap((p) => (p.terc ? [p.terc] : []));
    expect(codes.sort()).toEqual([
      '0603092',
      '0613072',
      '0619',
      '0619011',
      '0619022',
      '0619032',
      '0619042',
      '0619052',
      '0619062',
      '0619072',
      '0619082',
    ]);
    expect(wlodawa.practice.sources.map((s) => s.url)).toContain(
      'http://wof.wlodawa.eu/index.php?option=com_content&view=article&id=5&Itemid=5&cal_offset=0n',
    );
  });

  it('keeps the earlier start of Ponidzie and does not call a longer list partial', () => {
    const plans = planWrites(second, shippedFirst(), { decisions, isPlaceStem, overwrite: false });
    const ponidzie = plan(plans, PONIDZIE);
    expect(ponidzie.practice.yearStarted).toBe(2019);
    expect(ponidzie.changes).toContain('yearStarted: 2020 → 2019');
    // the second page names 1 member and says it is partial; the practice lists 10
    expect(ponidzie.practice.membership).toBeUndefined();
  });

  it('an edited summary survives the second source and a re-import of the first', () => {
    const edited = 'Podsumowanie napisane przez redakcję.';
    const shipped = shippedFirst((p) => (p.id === ROZTOCZE ? { ...p, summary: edited } : p));
    const withSecond = plan(
      planWrites(second, shipped, { decisions, isPlaceStem, overwrite: false }),
      ROZTOCZE,
    );
    expect(withSecond.outcome).toBe('updated');
    expect(withSecond.practice.summary).toBe(edited);
    expect(withSecond.practice.territory).toContain('1809032');
    const reimport = plan(
      planWrites(first, shipped, { decisions, isPlaceStem, overwrite: false }),
      ROZTOCZE,
    );
    expect(reimport.outcome).toBe('kept');
    expect(reimport.practice.summary).toBe(edited);
  });

  it('stops on a field both the editor and the import changed, naming both values', () => {
    const shipped = shippedFirst((p) => (p.id === PONIDZIE ? { ...p, yearStarted: 2018 } : p));
    const ponidzie = plan(
      planWrites(second, shipped, { decisions, isPlaceStem, overwrite: false }),
      PONIDZIE,
    );
    expect(ponidzie.outcome).toBe('conflict');
    expect(ponidzie.base).toBeNull();
    expect(ponidzie.practice.yearStarted).toBe(2018);
    expect(ponidzie.conflicts).toEqual([
      "yearStarted: the editor's 2018, the import's 2019 (last imported 2020)",
    ]);
  });

  it('a re-import changes nothing once merged (same input, same files)', () => {
    const once = planWrites(second, shippedFirst(), { decisions, isPlaceStem, overwrite: false });
    const shipped = shippedFirst();
    for (const p of once) {
      if (p.base) shipped.set(p.id, { current: p.practice, base: p.base });
    }
    for (const input of [first, second]) {
      const again = planWrites(input, shipped, { decisions, isPlaceStem, overwrite: false });
      expect(again.filter((p) => p.outcome !== 'unchanged').map((p) => p.id)).toEqual([]);
    }
  });
});

describe('mergeThreeWay', () => {
  const base = { id: 'a', title: 'T', tags: ['x'] } as unknown as Practice;
  it('takes the editor where only the editor changed, the import where only it did', () => {
    const editor = { ...base, title: 'T (redakcja)' };
    const incoming = { ...base, tags: ['x', 'y'] };
    expect(mergeThreeWay(base, editor, incoming)).toEqual({
      merged: { id: 'a', title: 'T (redakcja)', tags: ['x', 'y'] },
      conflicts: [],
    });
  });
  it('adds the import’s new items beside the editor’s in a list', () => {
    const editor = { ...base, tags: ['z'] };
    const incoming = { ...base, tags: ['x', 'y'] };
    expect(mergeThreeWay(base, editor, incoming).merged.tags).toEqual(['z', 'y']);
  });
});

describe('npm run data:import with a base', { timeout: 60_000 }, () => {
  const tsx = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  let out: string;
  const run = () =>
    spawnSync(
      process.execPath,
      [
        tsx,
        path.join(PROJECT_ROOT, 'geodata', 'import', 'cli.ts'),
        path.join(FIXTURES_DIR, 'records.csv'),
        '--out',
        out,
        '--base',
        path.join(out, '.imported'),
        '--gazetteer',
        path.join(FIXTURES_DIR, 'gazetteer.json'),
        '--decisions',
        path.join(FIXTURES_DIR, 'decisions.json'),
        '--accept-unresolved',
      ],
      { encoding: 'utf8' },
    );

  beforeAll(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'import-base-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('keeps the last import as the base and stops on a conflict naming file, field and values', () => {
    expect(run().status).toBe(0);
    expect(readdirSync(path.join(out, '.imported')).sort()).toEqual([
      'koscierskie-partnerstwo.json',
      'porozumienie-atlantyda.json',
    ]);
    const file = path.join(out, 'koscierskie-partnerstwo.json');
    const baseFile = path.join(out, '.imported', 'koscierskie-partnerstwo.json');
    const edited = readFileSync(file, 'utf8').replace(
      '"form": "inter-municipal-agreement"',
      '"form": "project-partnership"',
    );
    writeFileSync(file, edited);
    // an editor's change alone is kept
    const kept = run();
    expect(kept.status).toBe(0);
    expect(kept.stdout).toMatch(/1 kept as edited/);
    // the import changed the same field since the last import: a conflict, the file untouched
    writeFileSync(
      baseFile,
      readFileSync(baseFile, 'utf8').replace(
        '"form": "inter-municipal-agreement"',
        '"form": "local-government-association"',
      ),
    );
    const conflict = run();
    expect(conflict.status).toBe(1);
    expect(conflict.stderr).toMatch(
      /conflict: .*koscierskie-partnerstwo\.json: form: the editor's "project-partnership", the import's "inter-municipal-agreement"/,
    );
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });
});
