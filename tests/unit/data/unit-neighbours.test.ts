import { decodeGazetteer } from '../../../src/data/gazetteer-file';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { boundariesSchema, gazetteerSchema } from '../../../src/data/schemas';
import { gminaNeighbours } from '../../../src/data/unit-neighbours';

// the shipped data, built by `npm run build:data` (npm test builds it first)
const dataDir = path.resolve(import.meta.dirname, '../../../public/data');
const topology = boundariesSchema.parse(
  JSON.parse(readFileSync(path.join(dataDir, 'boundaries.topo.json'), 'utf8')),
);
const { units } = decodeGazetteer(
  gazetteerSchema.parse(JSON.parse(readFileSync(path.join(dataDir, 'gazetteer.json'), 'utf8'))),
);
const nameOf = new Map(units.map((unit) => [unit.terc, unit.name]));

describe('gminaNeighbours', () => {
  const neighbours = gminaNeighbours(topology);

  test('a town ringed by its rural gmina has that gmina as its only neighbour', () => {
    // Kościerzyna (urban, 2206011) lies inside gmina Kościerzyna (rural, 2206042)
    expect(neighbours('2206011')).toEqual(['2206042']);
    expect(neighbours('2206042')).toContain('2206011');
  });

  test('neighbours cross powiat and voivodeship borders, and the relation is symmetric', () => {
    // Skawina borders Kraków (a city with powiat rights)
    expect(neighbours('1206113')).toContain('1261011');
    for (const terc of ['1206113', '2206042', '1465011', '0264011']) {
      for (const other of neighbours(terc)) expect(neighbours(other)).toContain(terc);
    }
  });

  test('every gmina of the register has at least one neighbour, named in the gazetteer', () => {
    const gminy = topology.objects.gmina.geometries.map((geometry) => String(geometry.id));
    expect(gminy).toHaveLength(2477);
    const lonely = gminy.filter((terc) => neighbours(terc).length === 0);
    expect(lonely).toEqual([]);
    for (const terc of neighbours('2206042')) expect(nameOf.has(terc)).toBe(true);
  });

  test('codes that are not gminy have none, and the lookup is computed once per topology', () => {
    expect(neighbours('22')).toEqual([]);
    expect(neighbours('nonsense')).toEqual([]);
    expect(gminaNeighbours(topology)).toBe(neighbours);
  });
});
