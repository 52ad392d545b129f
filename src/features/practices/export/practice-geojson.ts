// GeoJSON of what is shown: a FeatureCollection with one feature per practice, at its leading
// unit's label point (the gazetteer's point inside the polygon) or, on request, its territory as
// a (multi)polygon merged from the boundaries topology (shared arcs, so borders between member
// units disappear). Properties are RECORD_COLUMNS by their stable keys; the file's provenance is
// a foreign member `metadata` (RFC 7946 §6.1 allows it; GIS tools keep or ignore it).
import { merge } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Boundaries } from '../../../data/schemas';
import type { PracticeIndex } from '../engine/practice-index';
import { RECORD_COLUMNS, type FileRecord } from './practice-records';

export interface ExportMetadata {
  title: string;
  /** The view's link: opening it shows what was exported. */
  link: string;
  /** When the file was written (ISO 8601). */
  exported: string;
  dataset: { version: string; practices: number; licence: string };
  count: number;
}

type Geometry = GeoJSON.Point | GeoJSON.MultiPolygon | GeoJSON.Polygon;

export type PracticeCollection = GeoJSON.FeatureCollection<Geometry | null> & {
  metadata: ExportMetadata;
};

const geometryObjects = new WeakMap<Boundaries, Map<string, GeometryObject>>();

/** Every unit's topology object by TERC code, all levels (they share arcs). */
function objectsByCode(topology: Boundaries): Map<string, GeometryObject> {
  let objects = geometryObjects.get(topology);
  if (!objects) {
    objects = new Map();
    for (const level of ['voivodeship', 'powiat', 'gmina'] as const) {
      for (const geometry of topology.objects[level].geometries) {
        objects.set(geometry.id, geometry as unknown as GeometryObject);
      }
    }
    geometryObjects.set(topology, objects);
  }
  return objects;
}

/** The territory as one MultiPolygon; a unit inside another unit of the territory adds nothing. */
export function territoryGeometry(
  topology: Boundaries,
  territory: readonly string[],
): GeoJSON.MultiPolygon | null {
  const objects = objectsByCode(topology);
  const outermost = territory.filter(
    (code) => !territory.some((other) => other !== code && code.startsWith(other)),
  );
  const parts = outermost.flatMap((code) => {
    const object = objects.get(code);
    return object ? [object] : [];
  });
  if (parts.length === 0) return null;
  return merge(topology as unknown as Topology, parts as Parameters<typeof merge>[1]);
}

export function recordsToGeoJson(
  records: readonly FileRecord[],
  index: PracticeIndex,
  metadata: ExportMetadata,
  topology: Boundaries | null,
): PracticeCollection {
  const features = records.map((record): GeoJSON.Feature<Geometry | null> => {
    const position = index.indexById.get(record.id);
    const practice = position === undefined ? undefined : index.practices[position];
    const u = index.unitIndexByCode.get(record.leaderTerc);
    const label = u === undefined ? undefined : index.units[u]?.label;
    const point: GeoJSON.Point | null = label ? { type: 'Point', coordinates: [...label] } : null;
    const geometry =
      topology && practice ? (territoryGeometry(topology, practice.territory) ?? point) : point;
    return {
      type: 'Feature',
      id: record.id,
      geometry,
      properties: Object.fromEntries(
        RECORD_COLUMNS.map((column) => [column.key, column.value(record)]),
      ),
    };
  });
  return { type: 'FeatureCollection', metadata, features };
}
