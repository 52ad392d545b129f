// Finds border segments that cross or touch each other on the integer grid. Two segments may
// only share an endpoint (consecutive segments of one border, borders meeting at a junction).
export type GridPoint = [number, number];

export interface Segment {
  /** Which arc, and which of its segments (1 = from its first kept vertex to its second). */
  arc: number;
  k: number;
  from: GridPoint;
  to: GridPoint;
}

function orientation([ax, ay]: GridPoint, [bx, by]: GridPoint, [cx, cy]: GridPoint): number {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

function same(a: GridPoint, b: GridPoint): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** For a point collinear with segment ab: is it strictly between a and b? */
function strictlyWithin(p: GridPoint, a: GridPoint, b: GridPoint): boolean {
  if (same(p, a) || same(p, b)) return false;
  return (
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

/** True when the segments meet anywhere other than at a shared endpoint. */
export function segmentsConflict(a: GridPoint, b: GridPoint, c: GridPoint, d: GridPoint): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true; // a proper crossing
  // touching or overlapping: an endpoint of one lies inside the other
  if (o1 === 0 && strictlyWithin(c, a, b)) return true;
  if (o2 === 0 && strictlyWithin(d, a, b)) return true;
  if (o3 === 0 && strictlyWithin(a, c, d)) return true;
  if (o4 === 0 && strictlyWithin(b, c, d)) return true;
  // the same segment twice (two arcs running along each other)
  return (same(a, c) && same(b, d)) || (same(a, d) && same(b, c));
}

/** Pairs of segments that conflict, found through a uniform grid of buckets. */
export function findConflictingSegments(segments: Segment[], cellSize = 64): [Segment, Segment][] {
  const buckets = new Map<number, number[]>();
  const key = (cx: number, cy: number) => cx * 1_000_003 + cy;
  segments.forEach(({ from, to }, index) => {
    const [minX, maxX] = [Math.min(from[0], to[0]), Math.max(from[0], to[0])];
    const [minY, maxY] = [Math.min(from[1], to[1]), Math.max(from[1], to[1])];
    for (let cx = Math.floor(minX / cellSize); cx <= Math.floor(maxX / cellSize); cx++) {
      for (let cy = Math.floor(minY / cellSize); cy <= Math.floor(maxY / cellSize); cy++) {
        const bucket = buckets.get(key(cx, cy));
        if (bucket) bucket.push(index);
        else buckets.set(key(cx, cy), [index]);
      }
    }
  });
  const seen = new Set<number>();
  const conflicts: [Segment, Segment][] = [];
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const [p, q] = [bucket[i] ?? 0, bucket[j] ?? 0];
        const s = segments[p];
        const t = segments[q];
        if (!s || !t || (s.from === t.from && s.to === t.to)) continue;
        const pair = Math.min(p, q) * segments.length + Math.max(p, q);
        if (seen.has(pair)) continue;
        seen.add(pair);
        if (segmentsConflict(s.from, s.to, t.from, t.to)) conflicts.push([s, t]);
      }
    }
  }
  return conflicts;
}
