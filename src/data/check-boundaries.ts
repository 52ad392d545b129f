// What the schema of boundaries.topo.json cannot say: that every arc a geometry names exists.
// topojson-client would throw a TypeError deep inside the map on the first missing one; checked
// at load instead, the file fails like any other bad file, named and retryable.
import { DataLoadError } from './data-load-error';
import type { Boundaries } from './schemas';

const LEVELS = ['voivodeship', 'powiat', 'gmina'] as const;

/** A ring: arc indexes, negative ones (~i) read backwards. */
function badArcInRing(ring: unknown, arcCount: number): string | null {
  if (!Array.isArray(ring)) return 'a ring is not a list of arc indexes';
  for (const index of ring) {
    if (!Number.isInteger(index)) return `arc index ${JSON.stringify(index)} is not an integer`;
    const arc = (index as number) < 0 ? ~(index as number) : (index as number);
    if (arc >= arcCount) return `arc ${arc} does not exist (the file has ${arcCount})`;
  }
  return null;
}

function badArcInGeometry(type: string, arcs: readonly unknown[], arcCount: number): string | null {
  const polygons = type === 'Polygon' ? [arcs] : arcs;
  for (const polygon of polygons) {
    if (!Array.isArray(polygon)) return 'a polygon is not a list of rings';
    for (const ring of polygon) {
      const bad = badArcInRing(ring, arcCount);
      if (bad) return bad;
    }
  }
  return null;
}

/** Throws a DataLoadError (schema) naming the first geometry that refers to a missing arc. */
export function checkBoundaryReferences(file: string, topology: Boundaries): Boundaries {
  const arcCount = topology.arcs.length;
  for (const level of LEVELS) {
    const geometries = topology.objects[level].geometries;
    for (let i = 0; i < geometries.length; i += 1) {
      const geometry = geometries[i];
      if (!geometry) continue;
      const bad = badArcInGeometry(geometry.type, geometry.arcs, arcCount);
      if (bad) {
        throw new DataLoadError({
          file,
          kind: 'schema',
          where: `objects.${level}.geometries[${i}].arcs (record ${geometry.id})`,
          detail: bad,
        });
      }
    }
  }
  return topology;
}
