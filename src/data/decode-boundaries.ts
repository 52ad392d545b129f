// The boundaries topology decoded into GeoJSON, one level at a time and only when first asked
// for (at first load only the voivodeships are drawn), then cached for that loaded topology
// whoever asks: every layer's `select` goes through the same cache.
import { feature, merge } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { tercLevel, type UnitLevel } from './terc';
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
  /** The features of one level (decoded on first use). */
  level: (level: UnitLevel) => BoundaryCollection;
  /** One unit's feature, any level. */
  feature: (terc: string) => BoundaryFeature | undefined;
  /**
   * Poland as one shape: the voivodeships merged, so only the country's border is left (the land
   * wash under the boundaries projects a fraction of the voivodeships' vertices). Built on first use.
   */
  land: () => GeoJSON.MultiPolygon;
}

const cache = new WeakMap<Boundaries, DecodedBoundaries>();
let nextVersion = 1;

function decodeLevel(topology: Boundaries, level: UnitLevel): BoundaryCollection {
  return feature(
    topology as unknown as Topology,
    topology.objects[level] as unknown as Parameters<typeof feature>[1],
  ) as GeoJSON.FeatureCollection as BoundaryCollection;
}

export function decodeBoundaries(topology: Boundaries): DecodedBoundaries {
  const cached = cache.get(topology);
  if (cached) return cached;
  const levels = new Map<UnitLevel, BoundaryCollection>();
  const indexes = new Map<UnitLevel, Map<string, BoundaryFeature>>();
  const level = (name: UnitLevel) => {
    let collection = levels.get(name);
    if (!collection) {
      collection = decodeLevel(topology, name);
      levels.set(name, collection);
    }
    return collection;
  };
  const featureOf = (terc: string) => {
    const name = tercLevel(terc);
    if (!name) return undefined;
    let index = indexes.get(name);
    if (!index) {
      index = new Map<string, BoundaryFeature>();
      for (const item of level(name).features as BoundaryFeature[]) index.set(item.id, item);
      indexes.set(name, index);
    }
    return index.get(terc);
  };
  let land: GeoJSON.MultiPolygon | undefined;
  const landOf = () =>
    (land ??= merge(
      topology as unknown as Topology,
      topology.objects.voivodeship.geometries as unknown as Parameters<typeof merge>[1],
    ));
  const decoded = { version: nextVersion++, level, feature: featureOf, land: landOf };
  cache.set(topology, decoded);
  return decoded;
}
