// The shipped dataset (geodata/practices) against the real gazetteer: it passes data:check and
// every practice stands somewhere. The gazetteer is the one `npm run build:data` wrote, or is
// built here from ../shared/geodata when that file is absent.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBoundaries } from '../../../geodata/boundaries/build-boundaries';
import { readDecisions } from '../../../geodata/import/decisions';
import { importPractices } from '../../../geodata/import/import-practices';
import { readSourceFile } from '../../../geodata/import/source-record';
import {
  geodataSourceDir,
  OUTPUT_FILES,
  PRACTICES_DIR,
  PROJECT_ROOT,
} from '../../../geodata/paths';
import {
  checkPractices,
  formatProblem,
  readGazetteerFile,
} from '../../../geodata/practices-compile';
import { DATA_FILES } from '../../../src/config/data-files';
import type { Gazetteer } from '../../../src/data/schemas';

const SOURCE_RECORDS = path.resolve(PROJECT_ROOT, '../shared/data/practices-source.json');

let gazetteer: Gazetteer;
let built: string | null = null;

beforeAll(async () => {
  let file = OUTPUT_FILES.gazetteer;
  if (!existsSync(file)) {
    built = mkdtempSync(path.join(os.tmpdir(), 'gazetteer-'));
    buildBoundaries({ sourceDir: geodataSourceDir(), outDir: built });
    file = path.join(built, DATA_FILES.gazetteer);
  }
  gazetteer = await readGazetteerFile(file);
}, 120_000);

afterAll(() => {
  if (built) rmSync(built, { recursive: true, force: true });
});

describe('the shipped dataset', () => {
  it('passes data:check', async () => {
    const { practices, problems } = await checkPractices({
      practicesDir: PRACTICES_DIR,
      gazetteer,
    });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(practices.length).toBeGreaterThanOrEqual(150);
  });

  it('puts every practice on the map: at least one place, all of them real units', async () => {
    const codes = new Set(gazetteer.units.map((unit) => unit.terc));
    const { practices } = await checkPractices({ practicesDir: PRACTICES_DIR, gazetteer });
    for (const practice of practices) {
      expect(practice.territory.length, practice.id).toBeGreaterThan(0);
      for (const code of practice.territory)
        expect(codes.has(code), `${practice.id}: ${code}`).toBe(true);
      expect(practice.territory, practice.id).toContain(practice.leader);
    }
  });

  it('names every local government partner by its code', async () => {
    const { practices } = await checkPractices({ practicesDir: PRACTICES_DIR, gazetteer });
    const jst = practices.flatMap((p) => p.partners.filter((partner) => partner.sector === 'jst'));
    expect(jst.length).toBeGreaterThan(800);
    expect(jst.filter((partner) => partner.terc === undefined)).toEqual([]);
  });

  it('draws the tricky places at the right units', async () => {
    const { practices } = await checkPractices({ practicesDir: PRACTICES_DIR, gazetteer });
    const byId = new Map(practices.map((p) => [p.id, p]));
    const koscierzyna = byId.get('koscierskie-partnerstwo-na-rzecz-rozwoju-spoleczno');
    expect(koscierzyna?.leader).toBe('2206011');
    expect(koscierzyna?.territory).toEqual(expect.arrayContaining(['2206011', '2206042', '2206']));
    const nowodworski = byId.get('partnerstwo-lokalne-na-rzecz-ozywienia-spoleczno');
    expect(nowodworski?.leader).toBe('1414');
    const som = byId.get('stowarzyszenie-szczecinskiego-obszaru-metropolitalnego-ssom');
    expect(som?.territory).toEqual(expect.arrayContaining(['3214011', '3214102', '3262011']));
    const krakow = byId.get('wip-wspolpraca-i-partycypacja-ngo-w-przestrzeni-gminy');
    expect(krakow?.territory).toEqual(['1261011']);
  });
});

describe.skipIf(!existsSync(SOURCE_RECORDS))('importing the source records', () => {
  it('resolves every local government, with the shipped decisions', async () => {
    const records = await readSourceFile(SOURCE_RECORDS);
    const decisions = await readDecisions(path.join(PROJECT_ROOT, 'geodata/import/decisions.json'));
    const { practices, report } = importPractices(records, { gazetteer, decisions });
    expect(report.summary.records).toBe(160);
    expect(report.summary.localGovernments).toMatchObject({ ambiguous: 0, unresolved: 0 });
    expect(report.summary.recordsWithoutPlace).toBe(0);
    expect(report.unusedDecisions).toEqual([]);
    expect(practices).toHaveLength(report.summary.practices);
  });
});
