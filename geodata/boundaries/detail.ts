// Full-detail borders, one topology per voivodeship: the source gminy of that voivodeship as
// shared arcs, not simplified, quantized on a grid at least twice as fine as a screen pixel at
// the deepest zoom the map shows; its powiaty and the voivodeship merged from those gminy, so
// every level's border lines up at that zoom as in the light topology. The app loads a file only
// when the voivodeship is in view from BOUNDARY_DETAIL.minZoom.
import { topology as buildArcTopology } from 'topojson-server';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { BOUNDARY_DETAIL } from '../../src/config/data-files';
import { powiatCodeOf, voivodeshipCodeOf } from '../../src/data/terc';
import type { SourceGmina } from './source';
import {
  gminaCollection,
  mergeByPrefix,
  type BoundaryTopology,
  type UnitGeometry,
} from './topology';

/** Web Mercator: one pixel's width in degrees of longitude at a zoom (256-pixel tiles). */
function pixelDegrees(zoom: number): number {
  return 360 / (256 * 2 ** zoom);
}

/**
 * Grid steps across a bbox so that one step is at most half a pixel at `zoom`, in both
 * directions (a degree of latitude is longest on screen at the bbox's northern edge).
 */
export function detailQuantization(bbox: readonly number[], zoom: number): number {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = bbox;
  const pixel = pixelDegrees(zoom);
  const north = Math.max(Math.abs(y0), Math.abs(y1));
  const stepsX = (x1 - x0) / pixel;
  const stepsY = (y1 - y0) / (pixel * Math.cos((north * Math.PI) / 180));
  return Math.ceil(2 * Math.max(stepsX, stepsY)) + 1;
}

function boundsOf(gminy: SourceGmina[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown): void => {
    if (typeof (value as number[])[0] === 'number') {
      const [x, y] = value as [number, number];
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    } else for (const item of value as unknown[]) visit(item);
  };
  for (const gmina of gminy) visit(gmina.geometry.coordinates);
  return [x0, y0, x1, y1];
}

/** One voivodeship's detail topology: objects gmina, powiat, voivodeship, sorted by TERC. */
export function buildDetailTopology(
  gminy: SourceGmina[],
  maxZoom: number = BOUNDARY_DETAIL.maxZoom,
): BoundaryTopology {
  const sorted = [...gminy].sort((a, b) => (a.terc < b.terc ? -1 : 1));
  const quantization = detailQuantization(boundsOf(sorted), maxZoom);
  const built = buildArcTopology(
    { gmina: gminaCollection(sorted) },
    quantization,
  ) as Topology<Objects>;
  const gmina = (built.objects.gmina as GeometryCollection).geometries.map(
    (geometry): UnitGeometry => {
      const { type, id, arcs } = geometry as UnitGeometry;
      return { type, id, arcs } as UnitGeometry;
    },
  );
  const collection = (geometries: UnitGeometry[]): GeometryCollection => ({
    type: 'GeometryCollection',
    geometries,
  });
  return {
    type: 'Topology',
    bbox: built.bbox,
    transform: built.transform,
    objects: {
      gmina: collection(gmina),
      powiat: collection(mergeByPrefix(built, gmina, (terc) => powiatCodeOf(terc) ?? terc)),
      voivodeship: collection(mergeByPrefix(built, gmina, voivodeshipCodeOf)),
    },
    arcs: built.arcs,
  } as BoundaryTopology;
}

/** Every voivodeship's detail topology, by 2-digit code in code order. */
export function buildDetailTopologies(
  gminy: SourceGmina[],
  maxZoom: number = BOUNDARY_DETAIL.maxZoom,
): Map<string, BoundaryTopology> {
  const groups = new Map<string, SourceGmina[]>();
  for (const gmina of gminy) {
    const code = voivodeshipCodeOf(gmina.terc);
    const group = groups.get(code);
    if (group) group.push(gmina);
    else groups.set(code, [gmina]);
  }
  return new Map(
    [...groups]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, group]) => [code, buildDetailTopology(group, maxZoom)]),
  );
}
