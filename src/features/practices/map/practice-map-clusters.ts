// What the marker layer draws, as plain data. Practices stand at their leading unit, so the
// matching practices are first grouped by leading unit (at most ~2,900 places however many
// practices match: 100,000 practices cluster as fast as 2,900), and supercluster clusters those
// places with their practice counts as weights. Built once per FilterResult, queried per view.
import Supercluster from 'supercluster';
import { forEachBit, type Bitset } from '../engine/bitset';
import type { FilterResult } from '../engine/filter-practices';
import type { PracticeIndex } from '../engine/practice-index';

/** Clustering radius in screen pixels: markers (radius 8) closer than this merge. */
export const CLUSTER_RADIUS_PX = 28;
/** From this zoom on, no place is clustered with another. */
export const CLUSTER_MAX_ZOOM = 12;
/** Several practices of one place are fanned out around it up to this many at any zoom… */
export const FAN_MAX_ANY_ZOOM = 6;
/** …and up to this many from FAN_ZOOM on; more stay one counted circle (the list shows them). */
export const FAN_MAX = 60;
export const FAN_ZOOM = 10;

const leaderUnitCache = new WeakMap<PracticeIndex, Int32Array>();

/** Per practice, the index into index.units of its leading unit, or -1 when it is unknown. */
export function leaderUnitsOf(index: PracticeIndex): Int32Array {
  const cached = leaderUnitCache.get(index);
  if (cached) return cached;
  const leaders = new Int32Array(index.size);
  index.practices.forEach((practice, p) => {
    leaders[p] = index.unitIndexByCode.get(practice.leader) ?? -1;
  });
  leaderUnitCache.set(index, leaders);
  return leaders;
}

/** The matching practices grouped by leading unit. */
export interface LeaderGroups {
  /** The places: indexes into index.units, ascending. */
  readonly units: Uint32Array;
  /** Practices of place g: practices[start[g] .. start[g + 1]), ascending. */
  readonly start: Uint32Array;
  readonly practices: Uint32Array;
  /** Place of each practice (index into `units`), -1 when it is not drawn. */
  readonly groupOfPractice: Int32Array;
  /** Matching practices whose leading unit is not in the gazetteer (not drawn). */
  readonly unplaced: number;
}

export function groupByLeader(index: PracticeIndex, matches: Bitset): LeaderGroups {
  const leaders = leaderUnitsOf(index);
  const counts = new Uint32Array(index.units.length);
  let unplaced = 0;
  forEachBit(matches, (p) => {
    const u = leaders[p] ?? -1;
    if (u < 0) unplaced += 1;
    else counts[u] = (counts[u] ?? 0) + 1;
  });
  const groupOfUnit = new Int32Array(index.units.length).fill(-1);
  const units: number[] = [];
  counts.forEach((count, u) => {
    if (count === 0) return;
    groupOfUnit[u] = units.length;
    units.push(u);
  });
  const start = new Uint32Array(units.length + 1);
  units.forEach((u, g) => {
    start[g + 1] = (start[g] ?? 0) + (counts[u] ?? 0);
  });
  const practices = new Uint32Array(start[units.length] ?? 0);
  const fill = start.slice(0, units.length);
  const groupOfPractice = new Int32Array(index.size).fill(-1);
  forEachBit(matches, (p) => {
    const u = leaders[p] ?? -1;
    if (u < 0) return;
    const g = groupOfUnit[u] ?? -1;
    const at = fill[g] ?? 0;
    practices[at] = p;
    fill[g] = at + 1;
    groupOfPractice[p] = g;
  });
  return { units: Uint32Array.from(units), start, practices, groupOfPractice, unplaced };
}

export function groupSize(groups: LeaderGroups, g: number): number {
  return (groups.start[g + 1] ?? 0) - (groups.start[g] ?? 0);
}

interface PlaceProps {
  group: number;
  count: number;
}
interface ClusterProps {
  count: number;
}
export type PlaceClusters = Supercluster<PlaceProps, ClusterProps>;

/** Clusters the places of `groups` (each weighted by its number of practices). */
export function buildPlaceClusters(index: PracticeIndex, groups: LeaderGroups): PlaceClusters {
  const points: Supercluster.PointFeature<PlaceProps>[] = [];
  groups.units.forEach((u, g) => {
    const unit = index.units[u];
    if (!unit) return;
    points.push({
      type: 'Feature',
      properties: { group: g, count: groupSize(groups, g) },
      geometry: { type: 'Point', coordinates: [unit.label[0], unit.label[1]] },
    });
  });
  const clusters = new Supercluster<PlaceProps, ClusterProps>({
    // Leaflet's tiles are 256 px: with extent 256 the radius is in screen pixels
    extent: 256,
    radius: CLUSTER_RADIUS_PX,
    minZoom: 0,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: (props) => ({ count: props.count }),
    reduce: (accumulated, props) => {
      accumulated.count += props.count;
    },
  });
  return clusters.load(points);
}

export type MarkerItem =
  | {
      kind: 'cluster';
      key: string;
      clusterId: number;
      lng: number;
      lat: number;
      /** Practices in the cluster. */
      count: number;
      /** The places (groups) it holds. */
      groups: number[];
    }
  | {
      /** Several practices of one place, not fanned out. */
      kind: 'stack';
      key: string;
      group: number;
      lng: number;
      lat: number;
      count: number;
    }
  | {
      kind: 'practice';
      key: string;
      practice: number;
      group: number;
      lng: number;
      lat: number;
      /** Screen offset from the place (fanned out practices of one place), in pixels. */
      offset: readonly [number, number];
    };

/** Fan out several practices of one place? */
export function fansOut(count: number, zoom: number): boolean {
  return count <= FAN_MAX_ANY_ZOOM || (zoom >= FAN_ZOOM && count <= FAN_MAX);
}

/**
 * Screen offsets for n markers around a point: one at the point, a ring up to 8, an
 * Archimedean spiral beyond (markers 18 px apart along it).
 */
export function fanOffsets(n: number): [number, number][] {
  if (n <= 1) return [[0, 0]];
  const round = (v: number) => Math.round(v * 10) / 10;
  if (n <= 8) {
    const radius = Math.max(12, (n * 18) / (2 * Math.PI));
    return Array.from({ length: n }, (_, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
      return [round(radius * Math.cos(angle)), round(radius * Math.sin(angle))];
    });
  }
  const offsets: [number, number][] = [];
  let radius = 14;
  let angle = 0;
  for (let i = 0; i < n; i += 1) {
    angle += 18 / radius;
    offsets.push([round(radius * Math.cos(angle)), round(radius * Math.sin(angle))]);
    radius += (2 * Math.PI * 3) / angle;
  }
  return offsets;
}

/** What the marker layer draws from one filter result. */
export interface MarkerData {
  index: PracticeIndex;
  groups: LeaderGroups;
  clusters: PlaceClusters;
}

const markerData = new WeakMap<FilterResult, MarkerData>();

/** Places and clusters of a filter result, built once per result whoever asks. */
export function markerDataFor(index: PracticeIndex, result: FilterResult): MarkerData {
  const cached = markerData.get(result);
  if (cached && cached.index === index) return cached;
  const groups = groupByLeader(index, result.matches);
  const data = { index, groups, clusters: buildPlaceClusters(index, groups) };
  markerData.set(result, data);
  return data;
}

/** [west, south, east, north] */
export type BBox = [number, number, number, number];

/** What to draw in `bbox` at `zoom`: clusters, stacks and practices (fanned out). */
export function queryMarkers(
  clusters: PlaceClusters,
  groups: LeaderGroups,
  bbox: BBox,
  zoom: number,
): MarkerItem[] {
  const items: MarkerItem[] = [];
  const z = Math.floor(zoom);
  for (const feature of clusters.getClusters(bbox, z)) {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    const props = feature.properties;
    if ('cluster' in props && props.cluster) {
      const clusterId = props.cluster_id;
      items.push({
        kind: 'cluster',
        key: `c:${clusterId}`,
        clusterId,
        lng,
        lat,
        count: props.count,
        groups: clusters.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties.group),
      });
      continue;
    }
    const { group, count } = props as PlaceProps;
    if (!fansOut(count, z)) {
      items.push({ kind: 'stack', key: `g:${group}`, group, lng, lat, count });
      continue;
    }
    const offsets = fanOffsets(count);
    const first = groups.start[group] ?? 0;
    for (let i = 0; i < count; i += 1) {
      const practice = groups.practices[first + i] ?? 0;
      items.push({
        kind: 'practice',
        key: `p:${practice}`,
        practice,
        group,
        lng,
        lat,
        offset: offsets[i] ?? [0, 0],
      });
    }
  }
  return items;
}

/** The number of practices the items stand for (each once). */
export function practicesShown(items: readonly MarkerItem[]): number {
  return items.reduce((sum, item) => sum + (item.kind === 'practice' ? 1 : item.count), 0);
}
