// Which gminy border each other, read from the boundaries topology: two gminy are neighbours when
// they share an arc (topojson-client's `neighbors`), so borders drawn once are the only input and
// the answer matches what the map shows. Computed once per loaded topology.
import { neighbors } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import type { Boundaries } from './schemas';

export type NeighbourLookup = (terc: string) => readonly string[];

const cache = new WeakMap<Boundaries, NeighbourLookup>();
const NONE: readonly string[] = [];

/** The gminy sharing a border with gmina `terc`, by TERC code in code order ([] for any other code). */
export function gminaNeighbours(topology: Boundaries): NeighbourLookup {
  const cached = cache.get(topology);
  if (cached) return cached;
  const geometries = topology.objects.gmina.geometries;
  const adjacency = neighbors(geometries as unknown as GeometryObject[]);
  const byTerc = new Map<string, readonly string[]>();
  geometries.forEach((geometry, i) => {
    const codes = (adjacency[i] ?? []).flatMap((j) => {
      const id = geometries[j]?.id;
      return id === undefined ? [] : [String(id)];
    });
    byTerc.set(String(geometry.id), [...new Set(codes)].sort());
  });
  const lookup: NeighbourLookup = (terc) => byTerc.get(terc) ?? NONE;
  cache.set(topology, lookup);
  return lookup;
}
