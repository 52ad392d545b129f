import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBoundarySource, type BoundarySource } from '../../../geodata/boundaries/source';
import { findConflictingSegments, type Segment } from '../../../geodata/boundaries/segments';
import {
  absoluteArcs,
  buildTopology,
  ringArea2,
  ringsOf,
  type BoundaryTopology,
  type UnitGeometry,
} from '../../../geodata/boundaries/topology';
import { geodataSourceDir } from '../../../geodata/paths';
import { gminaFeature, removeTempDirs, sourceWith, VALID_SOURCE } from './fixture-source';

afterAll(removeTempDirs);

const geometriesOf = (topology: BoundaryTopology, level: 'gmina' | 'powiat' | 'voivodeship') =>
  topology.objects[level].geometries as UnitGeometry[];

const arcIndex = (ref: number) => (ref < 0 ? ~ref : ref);

/** Which units of a level use each arc. */
function usersByArc(topology: BoundaryTopology, level: 'gmina' | 'powiat' | 'voivodeship') {
  const users = new Map<number, Set<string>>();
  for (const geometry of geometriesOf(topology, level)) {
    for (const ref of ringsOf(geometry).flat()) {
      const arc = arcIndex(ref);
      users.set(arc, (users.get(arc) ?? new Set()).add(geometry.id));
    }
  }
  return users;
}

/** Arcs used by both units. */
function sharedArcs(
  topology: BoundaryTopology,
  level: 'powiat' | 'voivodeship',
  a: string,
  b: string,
) {
  return [...usersByArc(topology, level)]
    .filter(([, units]) => units.has(a) && units.has(b))
    .map(([arc]) => arc);
}

describe('on the hand-made fixture', () => {
  let source: BoundarySource;
  let topology: BoundaryTopology;
  beforeAll(() => {
    source = readBoundarySource(VALID_SOURCE, { expectedGminaCount: null });
    topology = buildTopology(source.gminy);
  });

  it('merges 6 gminy into 3 powiaty and 2 voivodeships, sorted by code', () => {
    expect(geometriesOf(topology, 'gmina').map((g) => g.id)).toEqual([
      '0201011',
      '0201022',
      '0202013',
      '0202022',
      '0401011',
      '0401022',
    ]);
    expect(geometriesOf(topology, 'powiat').map((g) => g.id)).toEqual(['0201', '0202', '0401']);
    expect(geometriesOf(topology, 'voivodeship').map((g) => g.id)).toEqual(['02', '04']);
  });

  it('lets neighbouring powiaty use the same arcs for their common border', () => {
    expect(sharedArcs(topology, 'powiat', '0201', '0202').length).toBeGreaterThan(0);
    expect(sharedArcs(topology, 'powiat', '0202', '0401').length).toBeGreaterThan(0);
    expect(sharedArcs(topology, 'powiat', '0201', '0401')).toEqual([]);
  });

  it('draws the voivodeship border with the arcs of the powiaty on either side', () => {
    const border = sharedArcs(topology, 'voivodeship', '02', '04');
    expect(border.length).toBeGreaterThan(0);
    expect(sharedArcs(topology, 'powiat', '0202', '0401')).toEqual(border);
  });

  it('merges the enclave into its powiat without a hole', () => {
    const powiat = geometriesOf(topology, 'powiat').find((g) => g.id === '0201');
    expect(powiat && ringsOf(powiat)).toHaveLength(1);
    const enclaveHost = geometriesOf(topology, 'gmina').find((g) => g.id === '0201022');
    expect(enclaveHost && ringsOf(enclaveHost)).toHaveLength(2);
  });

  it('keeps every corner of the squares', () => {
    const arcs = absoluteArcs(topology.arcs);
    const [kx, ky] = topology.transform.scale;
    for (const gmina of geometriesOf(topology, 'gmina')) {
      const [outer = []] = ringsOf(gmina);
      const area = (Math.abs(ringArea2(outer, arcs)) / 2) * kx * ky;
      const expected = gmina.id === '0201011' ? 0.04 * 0.04 : gmina.id === '0201022' ? 0.02 : 0.01;
      expect(area / expected, gmina.id).toBeCloseTo(1, 2);
    }
  });
});

function conflictsIn(topology: BoundaryTopology) {
  const segments: Segment[] = [];
  absoluteArcs(topology.arcs).forEach((positions, arc) => {
    positions.forEach((to, k) => {
      const from = positions[k - 1];
      if (from && (from[0] !== to[0] || from[1] !== to[1])) segments.push({ arc, k, from, to });
    });
  });
  return findConflictingSegments(segments);
}

describe('on a coarse grid', () => {
  it('drops a vertex that the grid would put onto another border', () => {
    // a kink in the Dąbrowa/Jodłowa border, 100 m from the powiat border at 18.2° E
    const kink = [18.1985, 52.105];
    const source = readBoundarySource(
      sourceWith((files) => {
        gminaFeature(files, '0202013').geometry.coordinates[0].splice(3, 0, kink);
        gminaFeature(files, '0202022').geometry.coordinates[0].splice(1, 0, kink);
      }),
      { expectedGminaCount: null },
    );
    const options = {
      quantization: 100,
      minArea: { voivodeship: 0, powiat: 0, gmina: 0 },
      minRingVertices: 0,
    };
    const topology = buildTopology(source.gminy, options);
    expect(conflictsIn(topology)).toEqual([]);
    expect(topology.arcs.reduce((sum, arc) => sum + arc.length, 0)).toBe(
      buildTopology(
        readBoundarySource(VALID_SOURCE, { expectedGminaCount: null }).gminy,
        options,
      ).arcs.reduce((sum, arc) => sum + arc.length, 0),
    );
  });
});

describe('on the national source', () => {
  let source: BoundarySource;
  let topology: BoundaryTopology;
  beforeAll(() => {
    source = readBoundarySource(geodataSourceDir());
    topology = buildTopology(source.gminy);
  }, 60_000);

  it('has 2477 gminy, 380 powiaty and 16 voivodeships', () => {
    expect(geometriesOf(topology, 'gmina')).toHaveLength(2477);
    expect(geometriesOf(topology, 'powiat')).toHaveLength(380);
    expect(geometriesOf(topology, 'voivodeship')).toHaveLength(16);
  });

  it('builds voivodeship borders only from arcs that powiaty and gminy share', () => {
    const gminaArcs = usersByArc(topology, 'gmina');
    const powiatArcs = usersByArc(topology, 'powiat');
    const voivodeshipArcs = usersByArc(topology, 'voivodeship');
    let borderArcs = 0;
    for (const [arc, voivodeships] of voivodeshipArcs) {
      expect(powiatArcs.get(arc)?.size).toBe(voivodeships.size);
      expect(gminaArcs.get(arc)?.size).toBe(voivodeships.size);
      if (voivodeships.size === 2) borderArcs++;
    }
    expect(borderArcs).toBeGreaterThan(100);
    // małopolskie and śląskie meet along one border, drawn once
    expect(sharedArcs(topology, 'voivodeship', '12', '24').length).toBeGreaterThan(0);
  });

  it('keeps every ring of every gmina, each with some area', () => {
    const arcs = absoluteArcs(topology.arcs);
    const sourceRings = new Map(
      source.gminy.map((gmina) => [
        gmina.terc,
        gmina.geometry.type === 'Polygon'
          ? gmina.geometry.coordinates.length
          : gmina.geometry.coordinates.flat().length,
      ]),
    );
    for (const gmina of geometriesOf(topology, 'gmina')) {
      const rings = ringsOf(gmina);
      expect(rings.length, gmina.id).toBe(sourceRings.get(gmina.id));
      for (const ring of rings) expect(ringArea2(ring, arcs), gmina.id).not.toBe(0);
    }
  });

  it('simplifies without any border crossing or touching another', () => {
    expect(conflictsIn(topology)).toEqual([]);
  });

  it('is much smaller than the source', () => {
    const vertices = topology.arcs.reduce((sum, arc) => sum + arc.length, 0);
    expect(vertices).toBeLessThan(30_000);
  });
});
