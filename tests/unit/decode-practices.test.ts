import { describe, expect, test } from 'vitest';
import { checkBoundaryReferences } from '../../src/data/check-boundaries';
import { DataLoadError } from '../../src/data/data-load-error';
import { findUnknownUnits, unknownUnitsOf } from '../../src/data/data-problems';
import { decodePracticesFile } from '../../src/data/decode-practices';
import { indexGazetteer } from '../../src/data/gazetteer-index';
import { splitPracticeRecords } from '../../src/data/practice-texts';
import type { Boundaries, Practice, PracticeRecord } from '../../src/data/schemas';
import practicesFixture from '../fixtures/explorer/practices.json';

const FILE = 'data/practices.json';
// the fixture holds practice records: practices.json is them without their texts, as the build writes it
const clean = () =>
  splitPracticeRecords(structuredClone(practicesFixture).practices as PracticeRecord[]).practices;

describe('practices.json, record by record', () => {
  test('a clean file is used as it is, with no problems', () => {
    const file = clean();
    const loaded = decodePracticesFile(FILE, file);
    expect(loaded.practices.map((p) => p.id)).toEqual(file.practices.map((p) => p.id));
    expect(loaded.problems).toEqual([]);
  });

  test('one bad record is left out and named in full, where it is and why; the others stay', () => {
    const file = clean();
    const longId = `a${'-b'.repeat(60)}`; // longer than the 40 characters once shown
    const bad = { ...file.practices[2], id: longId, yearStarted: '2010' } as unknown as Practice;
    file.practices[2] = bad;
    const loaded = decodePracticesFile(FILE, file);
    expect(loaded.practices).toHaveLength(file.practices.length - 1);
    expect(loaded.practices.map((p) => p.id)).not.toContain(longId);
    expect(loaded.problems).toEqual([
      {
        kind: 'invalid-record',
        file: FILE,
        id: longId,
        where: 'practices[2].yearStarted',
        detail: expect.any(String),
      },
    ]);
  });

  test('a record that is not even an object is named by position', () => {
    const file = clean() as unknown as { practices: unknown[] };
    file.practices.push(42);
    const loaded = decodePracticesFile(FILE, file);
    expect(loaded.problems).toMatchObject([
      { id: null, where: `practices[${file.practices.length - 1}]` },
    ]);
  });

  test('a repeated id keeps the first record and names both', () => {
    const file = clean();
    const first = file.practices[0] as Practice;
    file.practices.push({ ...first, title: 'Kopia' });
    const loaded = decodePracticesFile(FILE, file);
    expect(loaded.practices.filter((p) => p.id === first.id)).toEqual([first]);
    expect(loaded.problems).toEqual([
      {
        kind: 'duplicate-id',
        file: FILE,
        id: first.id,
        where: `practices[${file.practices.length - 1}]`,
        firstWhere: 'practices[0]',
      },
    ]);
  });

  test('positions stay those of the file when an earlier record was left out', () => {
    const file = clean();
    const first = file.practices[3] as Practice;
    file.practices[0] = { ...file.practices[0], title: '' } as Practice;
    file.practices.push({ ...first });
    const loaded = decodePracticesFile(FILE, file);
    expect(loaded.problems?.map((p) => p.kind)).toEqual(['invalid-record', 'duplicate-id']);
    expect(loaded.problems?.[1]).toMatchObject({
      firstWhere: 'practices[3]',
      where: `practices[${file.practices.length - 1}]`,
    });
  });

  test('a wrong frame fails the whole file, named', () => {
    for (const data of [[], {}, { version: 2, practices: [] }, { version: 1, practices: {} }]) {
      expect(() => decodePracticesFile(FILE, data)).toThrow(DataLoadError);
    }
  });
});

describe('places the gazetteer does not know', () => {
  const gazetteer = indexGazetteer({
    units: [
      {
        terc: '22',
        name: 'pomorskie',
        level: 'voivodeship',
        cityWithPowiatRights: false,
        label: [18, 54],
        bbox: [16, 53, 19, 55],
      },
    ],
  });
  const practice = {
    ...(clean().practices[0] as Practice),
    id: 'p',
    leader: '2299011',
    partners: [
      { name: 'A', sector: 'jst', terc: '22' },
      { name: 'B', sector: 'jst', terc: '2298022' },
      { name: 'C', sector: 'ngo' },
    ],
  } as Practice;

  test('the leader and partners with unknown codes are named once each, with their role', () => {
    expect(unknownUnitsOf(practice, gazetteer.lookup)).toEqual([
      { terc: '2299011', role: 'leader' },
      { terc: '2298022', role: 'partner' },
    ]);
    expect(findUnknownUnits(FILE, [practice], gazetteer)).toEqual([
      { kind: 'unknown-unit', file: FILE, id: 'p', terc: '2299011', role: 'leader' },
      { kind: 'unknown-unit', file: FILE, id: 'p', terc: '2298022', role: 'partner' },
    ]);
  });
});

describe('boundary references', () => {
  const topology = (arcs: unknown): Boundaries =>
    ({
      type: 'Topology',
      transform: { scale: [1, 1], translate: [0, 0] },
      arcs: [
        [
          [0, 0],
          [1, 1],
        ],
        [
          [1, 1],
          [-1, -1],
        ],
      ],
      objects: {
        voivodeship: { type: 'GeometryCollection', geometries: [] },
        powiat: { type: 'GeometryCollection', geometries: [] },
        gmina: {
          type: 'GeometryCollection',
          geometries: [{ type: 'Polygon', id: '2206011', arcs }],
        },
      },
    }) as Boundaries;

  test('arcs that exist pass, read forwards or backwards', () => {
    expect(() => checkBoundaryReferences('b', topology([[0, ~1]]))).not.toThrow();
  });

  test.each([[[[2]]], [[[~2]]], [[[0.5]]], [[0]], [[['x']]]])(
    'a missing or malformed arc reference %j is named with its record',
    (arcs) => {
      expect(() => checkBoundaryReferences('b', topology(arcs))).toThrow(
        /objects\.gmina\.geometries\[0\]\.arcs \(record 2206011\)/,
      );
    },
  );
});
