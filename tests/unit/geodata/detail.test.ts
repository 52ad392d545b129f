import zlib from 'node:zlib';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOUNDARY_DETAIL } from '../../../src/config/data-files';
import { MAX_ZOOM } from '../../../src/config/map';
import { boundariesSchema } from '../../../src/data/schemas';
import { buildDetailTopologies, detailQuantization } from '../../../geodata/boundaries/detail';
import { readBoundarySource } from '../../../geodata/boundaries/source';
import { buildTopology, type BoundaryTopology } from '../../../geodata/boundaries/topology';
import { geodataSourceDir } from '../../../geodata/paths';
import { FIXTURE_GMINA_COUNT, VALID_SOURCE } from './fixture-source';

const vertexCount = (topology: BoundaryTopology) =>
  topology.arcs.reduce((sum, arc) => sum + arc.length, 0);

describe('detailQuantization', () => {
  it('makes a grid step at most half a pixel at the zoom, in both directions', () => {
    const bbox = [19, 50, 21, 51];
    const steps = detailQuantization(bbox, 18);
    const pixel = 360 / (256 * 2 ** 18);
    expect(2 / (steps - 1)).toBeLessThanOrEqual(pixel / 2);
    // latitude: a pixel is shortest (in degrees) at the northern edge
    expect(1 / (steps - 1)).toBeLessThanOrEqual((pixel * Math.cos((51 * Math.PI) / 180)) / 2);
    expect(detailQuantization(bbox, 17)).toBeLessThan(steps);
  });

  it('serves the map’s deepest zoom', () => {
    expect(BOUNDARY_DETAIL.maxZoom).toBe(MAX_ZOOM);
  });
});

describe('the detail files on the national source', () => {
  let first: Map<string, BoundaryTopology>;
  let second: Map<string, BoundaryTopology>;
  let coarse: BoundaryTopology;
  beforeAll(() => {
    const source = readBoundarySource(geodataSourceDir());
    first = buildDetailTopologies(source.gminy);
    second = buildDetailTopologies(source.gminy);
    coarse = buildTopology(source.gminy);
  }, 120_000);

  it('has one file per voivodeship, holding all its gminy, powiaty and itself', () => {
    expect([...first.keys()]).toEqual([
      '02',
      '04',
      '06',
      '08',
      '10',
      '12',
      '14',
      '16',
      '18',
      '20',
      '22',
      '24',
      '26',
      '28',
      '30',
      '32',
    ]);
    const count = (level: 'gmina' | 'powiat' | 'voivodeship') =>
      [...first.values()].reduce((sum, t) => sum + t.objects[level].geometries.length, 0);
    expect([count('gmina'), count('powiat'), count('voivodeship')]).toEqual([2477, 380, 16]);
    for (const [code, topology] of first) {
      expect(boundariesSchema.safeParse(topology).success).toBe(true);
      const ids = topology.objects.gmina.geometries.map((g) => String(g.id));
      expect(ids.every((id) => id.startsWith(code))).toBe(true);
      expect(ids).toEqual([...ids].sort());
      expect(topology.objects.voivodeship.geometries.map((g) => g.id)).toEqual([code]);
    }
  });

  it('keeps the source’s detail: more than twice the vertices of the light topology', () => {
    const detail = [...first.values()].reduce((sum, t) => sum + vertexCount(t), 0);
    expect(vertexCount(coarse)).toBeLessThan(21_000);
    expect(detail).toBeGreaterThan(2 * vertexCount(coarse));
  });

  it('is reproducible: two builds give identical text', () => {
    for (const [code, topology] of first) {
      expect(JSON.stringify(topology)).toBe(JSON.stringify(second.get(code)));
    }
  });

  it('stays small: no file above 45 KB gzip, all together under 350 KB gzip', () => {
    const sizes = [...first.values()].map((t) => zlib.gzipSync(JSON.stringify(t)).length);
    expect(Math.max(...sizes)).toBeLessThan(45 * 1024);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(350 * 1024);
  });

  it('decodes to every gmina with an area', () => {
    const topology = first.get('12') as BoundaryTopology;
    const gminy = feature(
      topology as unknown as Topology,
      topology.objects.gmina as never,
    ) as unknown as GeoJSON.FeatureCollection;
    expect(gminy.features).toHaveLength(182);
    expect(gminy.features.find((f) => f.id === '1261011')?.geometry.type).toMatch(/Polygon/);
  });
});

describe('the detail files on the hand-made fixture', () => {
  it('splits the gminy by voivodeship', () => {
    const source = readBoundarySource(VALID_SOURCE, { expectedGminaCount: FIXTURE_GMINA_COUNT });
    const built = buildDetailTopologies(source.gminy);
    expect(
      [...built].map(([code, t]) => [code, t.objects.gmina.geometries.map((g) => g.id)]),
    ).toEqual([
      ['02', ['0201011', '0201022', '0202013', '0202022']],
      ['04', ['0401011', '0401022']],
    ]);
  });
});
