// The "only what is on the map" option: practices whose marker (the leader's label point in the
// gazetteer) lies within the map's bounds. The points are read once per index into a flat array,
// so each map move is one pass over the sorted result with two comparisons per practice.
import type { Bounds } from '../../../stores/map-viewport-store';
import type { PracticeIndex } from './practice-index';

const pointsByIndex = new WeakMap<PracticeIndex, Float64Array>();

/** [lng, lat] of each practice's leader as pairs; NaN when the leader is not in the gazetteer. */
function leaderPoints(index: PracticeIndex): Float64Array {
  const cached = pointsByIndex.get(index);
  if (cached) return cached;
  const points = new Float64Array(index.size * 2).fill(Number.NaN);
  index.practices.forEach((practice, p) => {
    const u = index.unitIndexByCode.get(practice.leader);
    const unit = u === undefined ? undefined : index.units[u];
    if (unit) {
      points[p * 2] = unit.label[0];
      points[p * 2 + 1] = unit.label[1];
    }
  });
  pointsByIndex.set(index, points);
  return points;
}

/** The members of `order` (practice indexes) whose leader point lies within `bounds`, order kept. */
export function practicesInBounds(
  index: PracticeIndex,
  order: Uint32Array,
  bounds: Bounds,
): Uint32Array {
  const points = leaderPoints(index);
  const [west, south, east, north] = bounds;
  const out = new Uint32Array(order.length);
  let n = 0;
  for (let i = 0; i < order.length; i += 1) {
    const p = order[i] ?? 0;
    const lng = points[p * 2] ?? Number.NaN;
    const lat = points[p * 2 + 1] ?? Number.NaN;
    // (NaN fails every comparison: a practice without a point is never "in view")
    if (lng >= west && lng <= east && lat >= south && lat <= north) out[n++] = p;
  }
  return out.slice(0, n);
}
