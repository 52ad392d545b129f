import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundaryDetailFile, DATA_FILES } from '../../../src/config/data-files';
import {
  boundariesSchema,
  gazetteerSchema,
  type Gazetteer,
  type Unit,
} from '../../../src/data/schemas';
import { decodeGazetteer } from '../../../src/data/gazetteer-file';
import { buildBoundaries } from '../../../geodata/boundaries/build-boundaries';
import { isPointInPolygon, polygonsOf } from '../../../geodata/boundaries/gazetteer';
import type { BoundaryTopology, UnitGeometry } from '../../../geodata/boundaries/topology';
import { geodataSourceDir, PROJECT_ROOT } from '../../../geodata/paths';
import {
  FIXTURE_GMINA_COUNT,
  gminaFeature,
  makeTempDir,
  removeTempDirs,
  sourceWith,
  VALID_SOURCE,
} from './fixture-source';

afterAll(removeTempDirs);

const BUDGET_BYTES = 200 * 1024;

function readOutputs(outDir: string) {
  const boundariesText = fs.readFileSync(path.join(outDir, DATA_FILES.boundaries));
  const gazetteerText = fs.readFileSync(path.join(outDir, DATA_FILES.gazetteer));
  return {
    boundariesText,
    gazetteerText,
    topology: JSON.parse(boundariesText.toString('utf8')) as BoundaryTopology,
    // the app's own reading of the file: validated, then decoded from its columns
    gazetteer: decodeGazetteer(gazetteerSchema.parse(JSON.parse(gazetteerText.toString('utf8')))),
  };
}

function unitOf(gazetteer: Gazetteer, terc: string): Unit {
  const unit = gazetteer.units.find((candidate) => candidate.terc === terc);
  if (!unit) throw new Error(`no unit ${terc} in the gazetteer`);
  return unit;
}

describe('the build on the national source', () => {
  let first: ReturnType<typeof readOutputs>;
  let second: ReturnType<typeof readOutputs>;
  beforeAll(() => {
    const [dirA, dirB] = [makeTempDir(), makeTempDir()];
    buildBoundaries({ sourceDir: geodataSourceDir(), outDir: dirA });
    buildBoundaries({ sourceDir: geodataSourceDir(), outDir: dirB });
    [first, second] = [readOutputs(dirA), readOutputs(dirB)];
  }, 120_000);

  it('is reproducible: two builds give byte-identical files', () => {
    expect(first.boundariesText.equals(second.boundariesText)).toBe(true);
    expect(first.gazetteerText.equals(second.gazetteerText)).toBe(true);
  });

  it('fits the budget: boundaries and gazetteer together at most 200 KB gzip', () => {
    const gzipBytes =
      zlib.gzipSync(first.boundariesText).length + zlib.gzipSync(first.gazetteerText).length;
    expect(gzipBytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('writes files that the app’s schemas accept', () => {
    expect(boundariesSchema.safeParse(first.topology).success).toBe(true);
    expect(gazetteerSchema.safeParse(JSON.parse(first.gazetteerText.toString())).success).toBe(
      true,
    );
  });

  it('lists every unit once, sorted by TERC', () => {
    const { units } = first.gazetteer;
    const count = (level: Unit['level']) => units.filter((unit) => unit.level === level).length;
    expect([count('voivodeship'), count('powiat'), count('gmina')]).toEqual([16, 380, 2477]);
    const codes = units.map((unit) => unit.terc);
    expect(codes).toEqual([...new Set(codes)].sort());
  });

  it('knows Skawina: urban-rural, powiat krakowski, małopolskie', () => {
    const skawina = unitOf(first.gazetteer, '1206113');
    expect(skawina).toMatchObject({
      name: 'Skawina',
      level: 'gmina',
      gminaType: 'urban-rural',
      cityWithPowiatRights: false,
      powiat: '1206',
      voivodeship: '12',
    });
    expect(unitOf(first.gazetteer, '1206')).toMatchObject({
      name: 'krakowski',
      level: 'powiat',
      voivodeship: '12',
    });
    expect(unitOf(first.gazetteer, '12')).toMatchObject({
      name: 'małopolskie',
      level: 'voivodeship',
    });
  });

  it('tells the two Kościerzyna apart by code', () => {
    expect(unitOf(first.gazetteer, '2206011')).toMatchObject({
      name: 'Kościerzyna',
      gminaType: 'urban',
      powiat: '2206',
    });
    expect(unitOf(first.gazetteer, '2206042')).toMatchObject({
      name: 'Kościerzyna',
      gminaType: 'rural',
      powiat: '2206',
    });
    expect(unitOf(first.gazetteer, '2206').name).toBe('kościerski');
  });

  it('marks cities with powiat rights and their gminy', () => {
    expect(unitOf(first.gazetteer, '1261011')).toMatchObject({
      name: 'Kraków',
      gminaType: 'urban',
      cityWithPowiatRights: true,
      powiat: '1261',
    });
    expect(unitOf(first.gazetteer, '1261')).toMatchObject({
      name: 'Kraków',
      cityWithPowiatRights: true,
    });
    expect(unitOf(first.gazetteer, '1465011')).toMatchObject({
      name: 'Warszawa',
      cityWithPowiatRights: true,
    });
    const cities = first.gazetteer.units.filter(
      (unit) => unit.level === 'powiat' && unit.cityWithPowiatRights,
    );
    expect(cities).toHaveLength(66);
  });

  it('writes voivodeship names in lower case, as Polish does', () => {
    const names = first.gazetteer.units
      .filter((unit) => unit.level === 'voivodeship')
      .map((unit) => unit.name);
    expect(names).toContain('pomorskie');
    expect(names).toContain('kujawsko-pomorskie');
    expect(names).toContain('śląskie');
    for (const name of names) expect(name).toBe(name.toLocaleLowerCase('pl-PL'));
  });

  it('puts every label point inside its bbox and inside its polygon as drawn', () => {
    const geometries = new Map<string, UnitGeometry>();
    for (const level of ['gmina', 'powiat', 'voivodeship'] as const) {
      for (const geometry of first.topology.objects[level].geometries as UnitGeometry[]) {
        geometries.set(geometry.id, geometry);
      }
    }
    for (const unit of first.gazetteer.units) {
      const [west, south, east, north] = unit.bbox;
      const [lng, lat] = unit.label;
      expect(west <= lng && lng <= east && south <= lat && lat <= north, unit.terc).toBe(true);
      const geometry = geometries.get(unit.terc);
      expect(geometry, unit.terc).toBeDefined();
      if (!geometry) continue;
      const polygons = polygonsOf(first.topology, geometry);
      expect(
        polygons.some((polygon) => isPointInPolygon(unit.label, polygon)),
        unit.terc,
      ).toBe(true);
    }
  });
});

describe('the build on the hand-made fixture', () => {
  it('writes both files where the app fetches them, and counts the units', () => {
    const outDir = makeTempDir();
    const result = buildBoundaries({
      sourceDir: VALID_SOURCE,
      outDir,
      expectedGminaCount: FIXTURE_GMINA_COUNT,
    });
    expect(result.counts).toEqual({ gmina: 6, powiat: 3, voivodeship: 2 });
    expect(result.files.map((file) => path.relative(outDir, file.file))).toEqual([
      DATA_FILES.boundaries,
      DATA_FILES.gazetteer,
      boundaryDetailFile('02'),
      boundaryDetailFile('04'),
    ]);
    for (const file of result.files) expect(file.gzipBytes).toBeLessThan(file.bytes);
    const { gazetteer } = readOutputs(outDir);
    expect(gazetteer.units.map((unit) => `${unit.terc} ${unit.name}`)).toEqual([
      '02 dolnośląskie',
      '0201 brzeziński',
      '0201011 Brzezinka',
      '0201022 Brzezinka',
      '0202 dąbrowski',
      '0202013 Dąbrowa',
      '0202022 Jodłowa',
      '04 kujawsko-pomorskie',
      '0401 olszyński',
      '0401011 Olszyny',
      '0401022 Sosnowo',
    ]);
    expect(unitOf(gazetteer, '0201011').bbox).toEqual([18.03, 52.08, 18.07, 52.12]);
    expect(unitOf(gazetteer, '0201022').bbox).toEqual([18, 52, 18.1, 52.2]);
  });

  it('writes nothing when the source is broken', () => {
    const outDir = makeTempDir();
    const sourceDir = sourceWith((files) => {
      gminaFeature(files, '0202013').properties.name = '';
    });
    expect(() =>
      buildBoundaries({ sourceDir, outDir, expectedGminaCount: FIXTURE_GMINA_COUNT }),
    ).toThrow(/has no name/);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });
});

describe('npm run build:data', () => {
  it('stops on bad input with one line per problem and no stack trace', () => {
    const sourceDir = sourceWith((files) => {
      gminaFeature(files, '0202013').geometry.coordinates[0].pop();
      gminaFeature(files, '0401011').properties.terc = '0499011';
    });
    const run = spawnSync(
      path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
      ['geodata/build.ts'],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, GEODATA_SRC: sourceDir },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/The data build stopped: 3 problem\(s\)/);
    expect(lines).toContainEqual(expect.stringMatching(/terc 0202013.*is not closed/));
    expect(lines).toContainEqual(expect.stringMatching(/terc 0499011.*its powiat 0499 is not in/));
    expect(lines).toContainEqual(expect.stringContaining('expected 2477 gminy'));
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toContain('DataBuildError');
  }, 60_000);
});
