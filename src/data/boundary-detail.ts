// The light boundaries with the full-detail features of the voivodeships whose detail file is
// loaded put in place of theirs (same ids, every level): what the map draws when zoomed in.
// One merged object per light topology and set of loaded files, so its `version` (a layer's
// `key`) changes only when another file arrives.
import {
  decodeBoundaries,
  type BoundaryCollection,
  type BoundaryFeature,
  type DecodedBoundaries,
} from './decode-boundaries';
import type { Boundaries } from './schemas';
import { voivodeshipCodeOf, type UnitLevel } from './terc';

const merged = new Map<string, DecodedBoundaries>();
// Merged versions count down from -1, so they never meet decodeBoundaries' positive ones.
let nextVersion = -1;

export function withBoundaryDetail(
  light: DecodedBoundaries,
  details: ReadonlyMap<string, Boundaries>,
): DecodedBoundaries {
  if (details.size === 0) return light;
  const codes = [...details.keys()].sort();
  const cacheKey = `${light.version}|${codes.join(',')}`;
  const cached = merged.get(cacheKey);
  if (cached) return cached;
  const decoded = new Map<string, DecodedBoundaries>();
  for (const [code, topology] of details) decoded.set(code, decodeBoundaries(topology));
  const detailOf = (terc: string) => decoded.get(voivodeshipCodeOf(terc))?.feature(terc);

  const levels = new Map<UnitLevel, BoundaryCollection>();
  const level = (name: UnitLevel): BoundaryCollection => {
    const collection = levels.get(name);
    if (!collection) {
      const base = light.level(name);
      const features = (base.features as BoundaryFeature[]).map(
        (feature): BoundaryFeature => detailOf(feature.id) ?? feature,
      );
      const built = { ...base, features } as BoundaryCollection;
      levels.set(name, built);
      return built;
    }
    return collection;
  };
  const result: DecodedBoundaries = {
    version: nextVersion--,
    level,
    feature: (terc) => detailOf(terc) ?? light.feature(terc),
    land: light.land,
  };
  merged.set(cacheKey, result);
  return result;
}
