// Gminy → one quantized TopoJSON topology. Shared borders become shared arcs, the arcs are
// simplified once (so neighbours stay glued), and powiaty and voivodeships are merged from the
// gminy by TERC prefix, reusing the same arcs: every border aligns exactly at every level.
//
// Simplification is Visvalingam's (effective triangle area, in km²) on the shared arcs, with a
// threshold per arc by the highest border it lies on (voivodeship outlines are on screen at every
// zoom, gmina borders only close up). It then repairs, on the quantized grid, everything that
// would break the map: a ring that collapses or turns inside out, two borders that cross or touch,
// an enclave that falls outside its host. Repairs put back dropped vertices, most significant
// first, until the topology is clean.
import type { Feature, FeatureCollection } from 'geojson';
import { mergeArcs } from 'topojson-client';
import { topology as buildArcTopology } from 'topojson-server';
import { presimplify } from 'topojson-simplify';
import type {
  GeometryCollection,
  MultiPolygon,
  Objects,
  Polygon,
  Topology,
  Transform,
} from 'topojson-specification';
import { powiatCodeOf, voivodeshipCodeOf } from '../../src/data/terc';
import { DataBuildError } from '../build-error';
import { orderArcsAlongCurve, rotateRing } from './arc-order';
import { findConflictingSegments, type Segment } from './segments';
import type { GminaGeometry, SourceGmina } from './source';

type BorderLevel = 'voivodeship' | 'powiat' | 'gmina';

export interface SimplifyOptions {
  /** Grid steps across the bounding box of Poland, in each direction. */
  quantization: number;
  /**
   * Visvalingam effective area (km²) below which a vertex is dropped, by the highest border
   * the arc lies on (the country's border counts as a voivodeship border).
   */
  minArea: Record<BorderLevel, number>;
  /**
   * Every ring keeps at least this many vertices (or all it has), so small gminy and enclaves
   * keep a recognisable shape instead of turning into triangles.
   */
  minRingVertices: number;
}

export const DEFAULT_SIMPLIFY: SimplifyOptions = {
  quantization: 5_000,
  minArea: { voivodeship: 0.6, powiat: 5, gmina: 16 },
  minRingVertices: 6,
};

export type UnitGeometry = (Polygon | MultiPolygon) & { id: string };

interface BoundaryObjects {
  [key: string]: GeometryCollection;
  gmina: GeometryCollection;
  powiat: GeometryCollection;
  voivodeship: GeometryCollection;
}

export type BoundaryTopology = Topology<BoundaryObjects> & { transform: Transform };

export type XY = [number, number];
type WeightedArc = [number, number, number][];

const KM_PER_DEGREE = 111.32;

/** Triangle area in km², with longitude scaled by the cosine of the latitude. */
function triangleAreaKm2(triangle: XY[]): number {
  const [[ax, ay], [bx, by], [cx, cy]] = triangle as [XY, XY, XY];
  const cos = Math.cos((((ay + by + cy) / 3) * Math.PI) / 180);
  const area = Math.abs((ax - cx) * cos * (by - cy) - (ay - cy) * (bx - cx) * cos) / 2;
  return area * KM_PER_DEGREE * KM_PER_DEGREE;
}

/** The rings (lists of arc references) of a polygon or multipolygon. */
export function ringsOf(geometry: { type: string | null; arcs?: unknown }): number[][] {
  if (geometry.type === 'Polygon') return geometry.arcs as number[][];
  if (geometry.type === 'MultiPolygon') return (geometry.arcs as number[][][]).flat();
  return [];
}

/** Polygons (outer ring first, then holes) of a polygon or multipolygon. */
function polygonsOf(geometry: { type: string | null; arcs?: unknown }): number[][][] {
  if (geometry.type === 'Polygon') return [geometry.arcs as number[][]];
  if (geometry.type === 'MultiPolygon') return geometry.arcs as number[][][];
  return [];
}

/** Arcs with absolute quantized coordinates (TopoJSON stores them delta-encoded). */
export function absoluteArcs(arcs: number[][][]): XY[][] {
  return arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((delta): XY => {
      const [dx, dy] = delta as XY;
      return [(x += dx), (y += dy)];
    });
  });
}

/** The positions of a ring, following its arc references (a negative one runs backwards). */
function ringPositions(ring: number[], arcs: XY[][]): XY[] {
  const positions: XY[] = [];
  for (const ref of ring) {
    const arc = arcs[ref < 0 ? ~ref : ref] ?? [];
    const ordered = ref < 0 ? [...arc].reverse() : arc;
    positions.push(...(positions.length === 0 ? ordered : ordered.slice(1)));
  }
  return positions;
}

/** Twice the signed area of a closed list of positions. */
function signedArea2(positions: XY[]): number {
  let area = 0;
  for (let i = 1; i < positions.length; i++) {
    const [x0, y0] = positions[i - 1] as XY;
    const [x1, y1] = positions[i] as XY;
    area += x0 * y1 - x1 * y0;
  }
  return area;
}

/** Twice the signed area of a ring, in quantized units (exact: integer arithmetic). */
export function ringArea2(ring: number[], arcs: XY[][]): number {
  return signedArea2(ringPositions(ring, arcs));
}

function isInsideRing([x, y]: XY, ring: XY[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as XY;
    const [xj, yj] = ring[j] as XY;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function gminaCollection(gminy: SourceGmina[]): FeatureCollection<GminaGeometry> {
  return {
    type: 'FeatureCollection',
    features: gminy.map((gmina): Feature<GminaGeometry> => ({
      type: 'Feature',
      id: gmina.terc,
      properties: null,
      geometry: gmina.geometry,
    })),
  };
}

/** The highest border each arc lies on, from the gminy on its two sides. */
function borderLevels(gminy: UnitGeometry[], arcCount: number): BorderLevel[] {
  const owners: string[][] = Array.from({ length: arcCount }, () => []);
  for (const gmina of gminy) {
    for (const ring of ringsOf(gmina)) {
      for (const ref of ring) owners[ref < 0 ? ~ref : ref]?.push(gmina.id);
    }
  }
  return owners.map(([a, b]): BorderLevel => {
    if (a === undefined || b === undefined) return 'voivodeship'; // the country's border
    if (voivodeshipCodeOf(a) !== voivodeshipCodeOf(b)) return 'voivodeship';
    if (powiatCodeOf(a) !== powiatCodeOf(b)) return 'powiat';
    return 'gmina';
  });
}

/** The grid the topology is quantized to: `quantization` steps across the bounding box. */
function gridTransform(bbox: number[], quantization: number): Transform {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = bbox;
  return {
    scale: [(x1 - x0) / (quantization - 1), (y1 - y0) / (quantization - 1)],
    translate: [x0, y0],
  };
}

/**
 * Which vertices of each arc are kept. Repairs put dropped ones back; a vertex that makes two
 * borders touch on the grid is dropped for good instead (so repairs cannot go round in circles).
 */
class VertexSelection {
  readonly kept: boolean[][];
  private readonly banned: boolean[][];

  constructor(
    private readonly weighted: WeightedArc[],
    private readonly grid: XY[][],
    thresholds: number[],
  ) {
    this.kept = weighted.map((arc, i) => arc.map(([, , weight]) => weight >= (thresholds[i] ?? 0)));
    this.banned = weighted.map((arc) => arc.map(() => false));
  }

  private canRestore(i: number, j: number): boolean {
    return !this.kept[i]?.[j] && !this.banned[i]?.[j];
  }

  /** The kept vertices of arc `i` on the grid, consecutive duplicates removed, with indices. */
  arc(i: number): { positions: XY[]; indices: number[] } {
    const grid = this.grid[i] ?? [];
    const kept = this.kept[i] ?? [];
    const positions: XY[] = [];
    const indices: number[] = [];
    grid.forEach((point, j) => {
      if (!kept[j]) return;
      const last = positions[positions.length - 1];
      const isLast = j === grid.length - 1;
      if (last && last[0] === point[0] && last[1] === point[1]) {
        if (isLast) indices[indices.length - 1] = j; // keep the arc's true end
        return;
      }
      positions.push(point);
      indices.push(j);
    });
    if (positions.length === 1 && grid.length > 1) {
      positions.push(positions[0] as XY);
      indices.push(grid.length - 1);
    }
    return { positions, indices };
  }

  /** Keeps the most significant dropped vertex of arc `i` strictly between two vertex indices. */
  restoreBetween(i: number, from: number, to: number): boolean {
    const arc = this.weighted[i] ?? [];
    const kept = this.kept[i] ?? [];
    let best = -1;
    for (let j = from + 1; j < to; j++) {
      if (this.canRestore(i, j) && (best < 0 || (arc[j]?.[2] ?? 0) > (arc[best]?.[2] ?? 0))) {
        best = j;
      }
    }
    if (best < 0) return false;
    kept[best] = true;
    return true;
  }

  /** Keeps the most significant dropped vertex among the given arcs. */
  restoreInArcs(arcIndices: number[]): boolean {
    let bestArc = -1;
    let bestVertex = -1;
    let bestWeight = -Infinity;
    for (const i of arcIndices) {
      const arc = this.weighted[i] ?? [];
      arc.forEach(([, , weight], j) => {
        if (this.canRestore(i, j) && weight > bestWeight) {
          [bestArc, bestVertex, bestWeight] = [i, j, weight];
        }
      });
    }
    const kept = this.kept[bestArc];
    if (!kept) return false;
    kept[bestVertex] = true;
    return true;
  }

  /** Drops for good the least significant of these vertices that is not an arc's end. */
  banOne(candidates: { arc: number; vertex: number }[]): boolean {
    let best: { arc: number; vertex: number } | null = null;
    let bestWeight = Infinity;
    for (const { arc, vertex } of candidates) {
      const points = this.weighted[arc] ?? [];
      const weight = points[vertex]?.[2] ?? Infinity;
      const isEnd = vertex === 0 || vertex === points.length - 1;
      if (!isEnd && this.kept[arc]?.[vertex] && weight < bestWeight) {
        [best, bestWeight] = [{ arc, vertex }, weight];
      }
    }
    const kept = best && this.kept[best.arc];
    const banned = best && this.banned[best.arc];
    if (!best || !kept || !banned) return false;
    kept[best.vertex] = false;
    banned[best.vertex] = true;
    return true;
  }
}

interface RingFacts {
  /** Orientation of the unsimplified ring. */
  sign: number;
  minVertices: number;
}

/** Vertices of a closed ring, consecutive duplicates and the closing position not counted. */
function countVertices(positions: XY[]): number {
  let count = 0;
  positions.forEach((point, i) => {
    const previous = positions[i - 1];
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) count++;
  });
  return count - 1;
}

/** One round of checks; returns how many vertices it changed (0: the topology is clean). */
function repairRound(
  selection: VertexSelection,
  arcCount: number,
  polygons: number[][][],
  ringFacts: Map<number[], RingFacts>,
): { changes: number; unfixable: string[] } {
  const arcs: XY[][] = [];
  const indices: number[][] = [];
  for (let i = 0; i < arcCount; i++) {
    const arc = selection.arc(i);
    arcs.push(arc.positions);
    indices.push(arc.indices);
  }
  let changes = 0;
  const unfixable: string[] = [];
  const arcsOf = (ring: number[]) => ring.map((ref) => (ref < 0 ? ~ref : ref));

  // Rings must keep their area, their orientation and a few vertices.
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const positions = ringPositions(ring, arcs);
      const area = signedArea2(positions);
      const facts = ringFacts.get(ring);
      if (
        area === 0 ||
        Math.sign(area) !== facts?.sign ||
        countVertices(positions) < facts.minVertices
      ) {
        if (selection.restoreInArcs(arcsOf(ring))) changes++;
        else unfixable.push(`ring ${JSON.stringify(ring)} collapses on the grid`);
      }
    }
  }

  // No two borders may cross or touch.
  const segments: Segment[] = [];
  arcs.forEach((positions, arc) => {
    for (let k = 1; k < positions.length; k++) {
      const [from, to] = [positions[k - 1] as XY, positions[k] as XY];
      if (from[0] !== to[0] || from[1] !== to[1]) segments.push({ arc, k, from, to });
    }
  });
  for (const [a, b] of findConflictingSegments(segments)) {
    let fixed = false;
    for (const segment of [a, b]) {
      const arcIndices = indices[segment.arc] ?? [];
      const from = arcIndices[segment.k - 1] ?? 0;
      const to = arcIndices[segment.k] ?? 0;
      if (selection.restoreBetween(segment.arc, from, to)) {
        changes++;
        fixed = true;
      }
    }
    if (fixed) continue;
    // Both segments are unsimplified: the grid itself brings them together. Drop a vertex.
    const candidates = [a, b].flatMap((segment) => {
      const arcIndices = indices[segment.arc] ?? [];
      return [segment.k - 1, segment.k].map((k) => ({
        arc: segment.arc,
        vertex: arcIndices[k] ?? 0,
      }));
    });
    if (selection.banOne(candidates)) changes++;
    else {
      unfixable.push(
        `arcs ${a.arc} and ${b.arc} touch near grid point ${JSON.stringify(a.from)} ` +
          'and have no vertex left to move',
      );
    }
  }

  // Enclaves must stay inside their host.
  for (const [outer = [], ...holes] of polygons) {
    if (holes.length === 0) continue;
    const outerPositions = ringPositions(outer, arcs);
    for (const hole of holes) {
      const holePositions = ringPositions(hole, arcs);
      const probe = holePositions.find(
        (point) => !outerPositions.some(([x, y]) => x === point[0] && y === point[1]),
      );
      if (probe && !isInsideRing(probe, outerPositions)) {
        if (selection.restoreInArcs(arcsOf(outer))) changes++;
        else unfixable.push(`hole ${JSON.stringify(hole)} lies outside its polygon on the grid`);
      }
    }
  }
  // A check can fail on a ring whose vertices another check already put back this round.
  return { changes, unfixable: changes > 0 ? [] : unfixable };
}

/** Merges gminy into units keyed by a prefix of their code, reusing the gminy's arcs. */
export function mergeByPrefix(
  topology: Topology,
  gminy: UnitGeometry[],
  codeOf: (terc: string) => string,
): UnitGeometry[] {
  const groups = new Map<string, UnitGeometry[]>();
  for (const gmina of gminy) {
    const code = codeOf(gmina.id);
    const group = groups.get(code);
    if (group) group.push(gmina);
    else groups.set(code, [gmina]);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, group]) => {
      const { arcs } = mergeArcs(topology, group);
      const [only] = arcs;
      return arcs.length === 1 && only
        ? { type: 'Polygon', id, arcs: only }
        : { type: 'MultiPolygon', id, arcs };
    });
}

function deltaEncode(positions: XY[]): number[][] {
  let [px, py] = [0, 0];
  return positions.map(([x, y]) => {
    const delta = [x - px, y - py];
    [px, py] = [x, y];
    return delta;
  });
}

/** Builds the topology of the gminy (sorted by TERC) and merges powiaty and voivodeships. */
export function buildTopology(
  gminy: SourceGmina[],
  options: SimplifyOptions = DEFAULT_SIMPLIFY,
): BoundaryTopology {
  const exact = buildArcTopology({ gmina: gminaCollection(gminy) }) as Topology<Objects>;
  const bbox = exact.bbox ?? [0, 0, 0, 0];
  const transform = gridTransform(bbox, options.quantization);
  const [kx, ky] = transform.scale;
  const [x0, y0] = transform.translate;
  const gminaGeometries = (exact.objects.gmina as GeometryCollection).geometries.map(
    (geometry) => geometry as UnitGeometry,
  );

  const weighted = presimplify(exact, triangleAreaKm2 as never).arcs as unknown as WeightedArc[];
  const grid = weighted.map((arc) =>
    arc.map(([x, y]): XY => [Math.round((x - x0) / kx), Math.round((y - y0) / ky)]),
  );
  const levels = borderLevels(gminaGeometries, weighted.length);
  const selection = new VertexSelection(
    weighted,
    grid,
    levels.map((level) => options.minArea[level]),
  );

  const polygons = gminaGeometries.flatMap(polygonsOf);
  const exactArcs = exact.arcs as unknown as XY[][];
  const ringFacts = new Map(
    polygons.flat().map((ring): [number[], RingFacts] => [
      ring,
      {
        sign: Math.sign(signedArea2(ringPositions(ring, exactArcs))),
        minVertices: Math.min(options.minRingVertices, countVertices(ringPositions(ring, grid))),
      },
    ]),
  );
  for (let round = 0; ; round++) {
    const { changes, unfixable } = repairRound(selection, weighted.length, polygons, ringFacts);
    if (unfixable.length > 0) {
      throw new DataBuildError(
        unfixable.map(
          (problem) =>
            `boundaries: ${problem} at quantization ${options.quantization}: the grid is too ` +
            'coarse for these borders; raise the quantization.',
        ),
      );
    }
    if (changes === 0) break;
    if (round > 200) throw new Error('boundary simplification did not converge');
  }

  const ordered = orderArcsAlongCurve(
    weighted.map((_, i) => selection.arc(i).positions),
    options.quantization,
  );
  const arcs = ordered.arcs.map(deltaEncode);
  const mapRing = (ring: number[]) => ring.map(ordered.remap);
  const gmina = gminaGeometries.map(({ type, id, arcs: rings }) =>
    type === 'Polygon'
      ? { type, id, arcs: (rings as number[][]).map(mapRing) }
      : { type, id, arcs: (rings as number[][][]).map((polygon) => polygon.map(mapRing)) },
  ) as UnitGeometry[];
  const quantized = { type: 'Topology', transform, arcs, objects: {} } as Topology;
  const powiat = mergeByPrefix(quantized, gmina, (terc) => powiatCodeOf(terc) ?? terc);
  const voivodeship = mergeByPrefix(quantized, gmina, voivodeshipCodeOf);
  const collection = (geometries: UnitGeometry[]): GeometryCollection => ({
    type: 'GeometryCollection',
    geometries: geometries.map(withRotatedRings),
  });
  return {
    type: 'Topology',
    bbox,
    transform,
    objects: {
      gmina: collection(gmina),
      powiat: collection(powiat),
      voivodeship: collection(voivodeship),
    },
    arcs,
  };
}

function withRotatedRings(geometry: UnitGeometry): UnitGeometry {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', id: geometry.id, arcs: geometry.arcs.map(rotateRing) }
    : {
        type: 'MultiPolygon',
        id: geometry.id,
        arcs: geometry.arcs.map((polygon) => polygon.map(rotateRing)),
      };
}
