// Look-ups over the gazetteer, built once per loaded file.
import type { Gazetteer, Unit } from './schemas';

export interface GazetteerIndex {
  units: readonly Unit[];
  byTerc: ReadonlyMap<string, Unit>;
  lookup: (terc: string) => Unit | undefined;
}

const cache = new WeakMap<Gazetteer, GazetteerIndex>();

export function indexGazetteer(gazetteer: Gazetteer): GazetteerIndex {
  const cached = cache.get(gazetteer);
  if (cached) return cached;
  const byTerc = new Map(gazetteer.units.map((unit) => [unit.terc, unit]));
  const index = { units: gazetteer.units, byTerc, lookup: (terc: string) => byTerc.get(terc) };
  cache.set(gazetteer, index);
  return index;
}

/** No units: what the app works with when the gazetteer failed (practices shown by code). */
export const EMPTY_GAZETTEER_INDEX: GazetteerIndex = indexGazetteer({ units: [] });
