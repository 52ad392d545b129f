// The gazetteer: every voivodeship, powiat and gmina with display name, hierarchy, a label point
// and a bounding box, taken from the generated topology (what the app draws).
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import type { Gazetteer, Unit } from '../../src/data/schemas';
import {
  gminaTypeOf,
  isCityWithPowiatRights,
  powiatCodeOf,
  tercLevel,
  voivodeshipCodeOf,
} from '../../src/data/terc';
import type { BoundarySource } from './source';
import type { BoundaryTopology, UnitGeometry } from './topology';

// Every byte here competes with boundary detail for the same gzip budget, so numbers carry no
// more precision than their use needs.
/** Label points: ~1 km for most units, finer where the unit is small (see labelPoint). */
const LABEL_DECIMALS = [2, 3, 4, 5, 6];
/** Bounding boxes, rounded outward: ~1 km, plenty to fit a map view. */
const BBOX_DECIMALS = 2;

type XY = [number, number];
type Rings = XY[][];

/** `POMORSKIE` → `pomorskie`: voivodeship names are written in lower case in Polish. */
function displayVoivodeshipName(sourceName: string): string {
  return sourceName.toLocaleLowerCase('pl-PL');
}

function roundTo(value: number, decimals: number, mode: 'round' | 'floor' | 'ceil'): number {
  const factor = 10 ** decimals;
  // Coordinates decoded from the grid carry float noise (18.1 × 100 = 1810.0000000000002):
  // ignore it, or a bbox would grow by a whole step for nothing.
  const nudge = mode === 'floor' ? 1e-6 : mode === 'ceil' ? -1e-6 : 0;
  return Math[mode](value * factor + nudge) / factor;
}

/** Polygons (outer ring first, then holes) of a topology geometry, in lng/lat. */
export function polygonsOf(topology: BoundaryTopology, geometry: UnitGeometry): Rings[] {
  if (geometry.type === 'Polygon') {
    return [feature(topology, geometry).geometry.coordinates as Rings];
  }
  return feature(topology, geometry).geometry.coordinates as Rings[];
}

/** Area of a ring in square degrees of latitude (longitude scaled by cos(lat)). */
function ringArea(ring: XY[]): number {
  let area = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1] as XY;
    const [x1, y1] = ring[i] as XY;
    area += (x0 * y1 - x1 * y0) * Math.cos(((y0 + y1) * Math.PI) / 360);
  }
  return Math.abs(area) / 2;
}

function polygonArea([outer, ...holes]: XY[][]): number {
  return ringArea(outer ?? []) - holes.reduce((sum, hole) => sum + ringArea(hole), 0);
}

/** Even-odd rule over all rings of the polygon, so a point in a hole is outside. */
export function isPointInPolygon([x, y]: readonly [number, number], polygon: XY[][]): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as XY;
      const [xj, yj] = ring[j] as XY;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function boundingBox(polygons: Rings[]): [number, number, number, number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [outer = []] of polygons) {
    for (const [lng, lat] of outer) {
      west = Math.min(west, lng);
      east = Math.max(east, lng);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  return [west, south, east, north];
}

function roundedBoundingBox(polygons: Rings[]): [number, number, number, number] {
  const [west, south, east, north] = boundingBox(polygons);
  return [
    roundTo(west, BBOX_DECIMALS, 'floor'),
    roundTo(south, BBOX_DECIMALS, 'floor'),
    roundTo(east, BBOX_DECIMALS, 'ceil'),
    roundTo(north, BBOX_DECIMALS, 'ceil'),
  ];
}

/** Distance from a point to the nearest edge of a polygon (any ring). */
function distanceToEdges([px, py]: XY, polygon: XY[][]): number {
  let best = Infinity;
  for (const ring of polygon) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = ring[i - 1] as XY;
      const [bx, by] = ring[i] as XY;
      const [dx, dy] = [bx - ax, by - ay];
      const length2 = dx * dx + dy * dy;
      const t =
        length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
      best = Math.min(best, Math.hypot(px - ax - t * dx, py - ay - t * dy));
    }
  }
  return best;
}

/**
 * A label point: the pole of inaccessibility of the largest polygon (found in a locally square
 * metric), rounded to the fewest decimals that keep it at least half as far from every edge.
 */
function labelPoint(polygons: Rings[]): [number, number] {
  let largest: XY[][] = [];
  let largestArea = -1;
  for (const polygon of polygons) {
    const area = polygonArea(polygon);
    if (area > largestArea) [largest, largestArea] = [polygon, area];
  }
  const [west, south, east, north] = boundingBox([largest]);
  const cos = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scaled = largest.map((ring) => ring.map(([lng, lat]): XY => [lng * cos, lat]));
  const pole = polylabel(scaled, Math.min((east - west) * cos, north - south) / 1000);
  const [x, y] = pole;
  for (const decimals of LABEL_DECIMALS) {
    const label: XY = [roundTo(x / cos, decimals, 'round'), roundTo(y, decimals, 'round')];
    const clearance = distanceToEdges([label[0] * cos, label[1]], scaled);
    if (isPointInPolygon(label, largest) && clearance >= pole.distance / 2) return label;
  }
  return [x / cos, y];
}

/** Every unit of the source, sorted by TERC (a voivodeship, then its powiaty, each with its gminy). */
export function buildGazetteer(source: BoundarySource, topology: BoundaryTopology): Gazetteer {
  const geometryByTerc = new Map<string, UnitGeometry>();
  for (const object of Object.values(topology.objects)) {
    for (const geometry of object.geometries as UnitGeometry[]) {
      geometryByTerc.set(geometry.id, geometry);
    }
  }
  const names = new Map<string, string>();
  for (const unit of source.voivodeships) names.set(unit.terc, displayVoivodeshipName(unit.name));
  for (const unit of [...source.powiaty, ...source.gminy]) names.set(unit.terc, unit.name);

  const units = [...names.keys()].sort().map((terc): Unit => {
    const geometry = geometryByTerc.get(terc);
    const level = tercLevel(terc);
    if (!geometry || !level) throw new Error(`unit ${terc} has no geometry in the topology`);
    const polygons = polygonsOf(topology, geometry);
    const gminaType = gminaTypeOf(terc);
    // Key order matters for size: fields that repeat from one unit to the next sit together, so
    // gzip codes them as one back-reference.
    return {
      level,
      cityWithPowiatRights: isCityWithPowiatRights(terc),
      ...(level !== 'voivodeship' ? { voivodeship: voivodeshipCodeOf(terc) } : {}),
      ...(level === 'gmina' ? { powiat: powiatCodeOf(terc) ?? terc } : {}),
      terc,
      ...(gminaType ? { gminaType } : {}),
      name: names.get(terc) ?? terc,
      label: labelPoint(polygons),
      bbox: roundedBoundingBox(polygons),
    };
  });
  return { units };
}
