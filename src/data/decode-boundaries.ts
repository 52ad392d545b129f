// The boundaries topology decoded into one GeoJSON FeatureCollection per level, done once per
// loaded topology whoever asks (every layer's `select` goes through the same cache).
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { UnitLevel } from './terc';
import type { Boundaries } from './schemas';

export type BoundaryFeature = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon> & {
  /** The unit's TERC code. */
  id: string;
};
export type BoundaryCollection = GeoJSON.FeatureCollection<
  GeoJSON.Polygon | GeoJSON.MultiPolygon
> & { features: BoundaryFeature[] };

export interface DecodedBoundaries {
  /** Changes with every newly loaded topology: a `key` for layers built from it. */
  version: number;
  levels: Record<UnitLevel, BoundaryCollection>;
  /** Features by TERC code, all levels. */
  byTerc: ReadonlyMap<string, BoundaryFeature>;
}

const cache = new WeakMap<Boundaries, DecodedBoundaries>();
let nextVersion = 1;

function decodeLevel(topology: Boundaries, level: UnitLevel): BoundaryCollection {
  const decoded = feature(
    topology as unknown as Topology,
    topology.objects[level] as unknown as Parameters<typeof feature>[1],
  ) as GeoJSON.FeatureCollection;
  return decoded as BoundaryCollection;
}

export function decodeBoundaries(topology: Boundaries): DecodedBoundaries {
  const cached = cache.get(topology);
  if (cached) return cached;
  const levels = {
    voivodeship: decodeLevel(topology, 'voivodeship'),
    powiat: decodeLevel(topology, 'powiat'),
    gmina: decodeLevel(topology, 'gmina'),
  };
  const byTerc = new Map<string, BoundaryFeature>();
  for (const collection of Object.values(levels)) {
    for (const item of collection.features) byTerc.set(item.id, item);
  }
  const decoded = { version: nextVersion++, levels, byTerc };
  cache.set(topology, decoded);
  return decoded;
}
