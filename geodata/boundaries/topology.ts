// Gminy → one quantized TopoJSON topology. Shared borders become shared arcs, the arcs are
// simplified once (so neighbours stay glued), and powiaty and voivodeships are merged from the
// gminy by TERC prefix, reusing the same arcs: every border aligns exactly at every level.
import type { Feature, FeatureCollection } from 'geojson';
import { mergeArcs, quantize } from 'topojson-client';
import { topology as buildArcTopology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
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
import type { GminaGeometry, SourceGmina } from './source';

export interface SimplifyOptions {
  /** Grid steps across Poland's bounding box, in each direction. */
  quantization: number;
  /** Visvalingam effective area, in km², below which a vertex is dropped. */
  minArea: number;
}

export const DEFAULT_SIMPLIFY: SimplifyOptions = { quantization: 10_000, minArea: 0.05 };

export type UnitGeometry = (Polygon | MultiPolygon) & { id: string };

export interface BoundaryObjects {
  [key: string]: GeometryCollection;
  gmina: GeometryCollection;
  powiat: GeometryCollection;
  voivodeship: GeometryCollection;
}

export type BoundaryTopology = Topology<BoundaryObjects> & { transform: Transform };

const KM_PER_DEGREE = 111.32;

type XY = [number, number];
type WeightedArc = [number, number, number][];

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
export function ringPositions(ring: number[], arcs: XY[][]): XY[] {
  const positions: XY[] = [];
  for (const ref of ring) {
    const arc = arcs[ref < 0 ? ~ref : ref] ?? [];
    const ordered = ref < 0 ? [...arc].reverse() : arc;
    positions.push(...(positions.length === 0 ? ordered : ordered.slice(1)));
  }
  return positions;
}

/** Twice the signed area of a ring, in quantized units (exact: integer arithmetic). */
export function ringArea2(ring: number[], arcs: XY[][]): number {
  const positions = ringPositions(ring, arcs);
  let area = 0;
  for (let i = 1; i < positions.length; i++) {
    const [x0, y0] = positions[i - 1] as XY;
    const [x1, y1] = positions[i] as XY;
    area += x0 * y1 - x1 * y0;
  }
  return area;
}

/**
 * Keeps one more vertex in the ring: the most significant one that simplification dropped.
 * Returns false when nothing is left to keep.
 */
function keepOneMoreVertex(ring: number[], arcs: WeightedArc[], minArea: number): boolean {
  let best: [number, number, number] | null = null;
  for (const ref of ring) {
    for (const point of arcs[ref < 0 ? ~ref : ref] ?? []) {
      if (point[2] < minArea && (best === null || point[2] > best[2])) best = point;
    }
  }
  if (best === null) return false;
  best[2] = Infinity;
  return true;
}

function gminaCollection(gminy: SourceGmina[]): FeatureCollection<GminaGeometry> {
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

/** Merges gminy into units keyed by a prefix of their code, reusing the gminy's arcs. */
function mergeByPrefix(
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
        ? { type: 'Polygon', arcs: only, id }
        : { type: 'MultiPolygon', arcs, id };
    });
}

/** Builds the topology of the gminy (sorted by TERC) and merges powiaty and voivodeships. */
export function buildTopology(
  gminy: SourceGmina[],
  options: SimplifyOptions = DEFAULT_SIMPLIFY,
): BoundaryTopology {
  const exact = buildArcTopology({ gmina: gminaCollection(gminy) }) as Topology<Objects>;
  const weighted = presimplify(exact, triangleAreaKm2 as never);
  const weightedArcs = weighted.arcs as unknown as WeightedArc[];
  const rings = (exact.objects.gmina as GeometryCollection).geometries.flatMap(ringsOf);

  // Simplify, then keep back vertices of any ring that collapsed (tiny gminy, enclaves) until
  // every ring encloses some area on the quantized grid.
  let quantized: Topology | null = null;
  for (let round = 0; round < 100 && quantized === null; round++) {
    const candidate = quantize(simplify(weighted, options.minArea), options.quantization);
    const arcs = absoluteArcs(candidate.arcs);
    const collapsed = rings.filter((ring) => ringArea2(ring, arcs) === 0);
    if (collapsed.length === 0) quantized = candidate;
    for (const ring of collapsed) {
      if (!keepOneMoreVertex(ring, weightedArcs, options.minArea)) {
        throw new DataBuildError([
          `A ring of arcs ${JSON.stringify(ring)} has no area even unsimplified at quantization ` +
            `${options.quantization}: raise the quantization.`,
        ]);
      }
    }
  }
  if (quantized?.transform === undefined) throw new Error('simplification did not converge');

  const gminaGeometries = (quantized.objects.gmina as GeometryCollection)
    .geometries as UnitGeometry[];
  const gmina = gminaGeometries.map(({ type, arcs, id }) => ({ type, arcs, id }) as UnitGeometry);
  return {
    type: 'Topology',
    bbox: quantized.bbox,
    transform: quantized.transform,
    objects: {
      gmina: { type: 'GeometryCollection', geometries: gmina },
      powiat: {
        type: 'GeometryCollection',
        geometries: mergeByPrefix(quantized, gmina, (terc) => powiatCodeOf(terc) ?? terc),
      },
      voivodeship: {
        type: 'GeometryCollection',
        geometries: mergeByPrefix(quantized, gmina, voivodeshipCodeOf),
      },
    },
    arcs: quantized.arcs,
  };
}
