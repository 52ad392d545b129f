// A quick check of boundaries.topo.json, written out by hand from boundariesSchema (schemas.ts),
// as practices-fast-check.ts is for practices. zod walks every arc's every number through its
// parsers: on a phone (4× slower CPU) that is a long task of its own before the map can draw.
// This says yes only when the data passes the schema AND zod would return it unchanged (no
// unknown keys to strip); for anything else the caller runs zod, whose error names the field.
// tests/unit/boundaries-fast-check.test.ts checks that a yes here is always zod's yes too.
import type { Boundaries } from './schemas';
import { isTercCode } from './terc';
import { isNumber, isRecordOf } from './quick-check-guards';

const TOPOLOGY_KEYS = new Set(['type', 'transform', 'bbox', 'arcs', 'objects']);
const TRANSFORM_KEYS = new Set(['scale', 'translate']);
const OBJECTS_KEYS = new Set(['gmina', 'powiat', 'voivodeship']);
const COLLECTION_KEYS = new Set(['type', 'geometries']);
const GEOMETRY_KEYS = new Set(['type', 'id', 'arcs']);

function isPair(value: unknown): boolean {
  return Array.isArray(value) && value.length === 2 && isNumber(value[0]) && isNumber(value[1]);
}

function isNumbers(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!isNumber(item)) return false;
  return true;
}

function isArcs(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const arc of value) {
    if (!Array.isArray(arc)) return false;
    for (const point of arc) if (!isNumbers(point)) return false;
  }
  return true;
}

function isCollection(value: unknown): boolean {
  if (!isRecordOf(value, COLLECTION_KEYS) || value.type !== 'GeometryCollection') return false;
  const geometries = value.geometries;
  if (!Array.isArray(geometries)) return false;
  for (const geometry of geometries) {
    if (!isRecordOf(geometry, GEOMETRY_KEYS)) return false;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return false;
    if (typeof geometry.id !== 'string' || !isTercCode(geometry.id)) return false;
    if (!Array.isArray(geometry.arcs)) return false;
  }
  return true;
}

/**
 * True when `data` passes boundariesSchema and zod would return it as it is. False says nothing:
 * run the schema for the verdict and the error.
 */
export function isPlainBoundaries(data: unknown): data is Boundaries {
  if (!isRecordOf(data, TOPOLOGY_KEYS) || data.type !== 'Topology') return false;
  const transform = data.transform;
  if (!isRecordOf(transform, TRANSFORM_KEYS)) return false;
  if (!isPair(transform.scale) || !isPair(transform.translate)) return false;
  if (data.bbox !== undefined && !isNumbers(data.bbox)) return false;
  if (!isArcs(data.arcs)) return false;
  const objects = data.objects;
  if (!isRecordOf(objects, OBJECTS_KEYS)) return false;
  return (
    isCollection(objects.gmina) && isCollection(objects.powiat) && isCollection(objects.voivodeship)
  );
}
