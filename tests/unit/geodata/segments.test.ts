import { describe, expect, it } from 'vitest';
import {
  findConflictingSegments,
  segmentsConflict,
  type GridPoint,
  type Segment,
} from '../../../geodata/boundaries/segments';

const p = (x: number, y: number): GridPoint => [x, y];

describe('segmentsConflict', () => {
  it('finds a proper crossing', () => {
    expect(segmentsConflict(p(0, 0), p(10, 10), p(0, 10), p(10, 0))).toBe(true);
  });

  it('allows two borders meeting at a junction', () => {
    expect(segmentsConflict(p(0, 0), p(10, 0), p(10, 0), p(10, 10))).toBe(false);
    expect(segmentsConflict(p(0, 0), p(10, 0), p(0, 0), p(-5, 7))).toBe(false);
  });

  it('finds a border touching another in its middle', () => {
    expect(segmentsConflict(p(0, 0), p(10, 0), p(5, 0), p(5, 10))).toBe(true);
  });

  it('finds borders running along each other', () => {
    expect(segmentsConflict(p(0, 0), p(10, 0), p(5, 0), p(15, 0))).toBe(true);
    expect(segmentsConflict(p(0, 0), p(10, 0), p(10, 0), p(0, 0))).toBe(true);
    expect(segmentsConflict(p(0, 0), p(10, 0), p(0, 0), p(4, 0))).toBe(true);
  });

  it('ignores segments that are apart', () => {
    expect(segmentsConflict(p(0, 0), p(10, 0), p(0, 1), p(10, 1))).toBe(false);
    expect(segmentsConflict(p(0, 0), p(10, 0), p(11, 0), p(20, 0))).toBe(false);
    expect(segmentsConflict(p(0, 0), p(10, 10), p(6, 4), p(20, 4))).toBe(false);
  });
});

describe('findConflictingSegments', () => {
  const segment = (arc: number, from: GridPoint, to: GridPoint): Segment => ({
    arc,
    k: 1,
    from,
    to,
  });

  it('finds crossings between long segments in different buckets, once each', () => {
    const segments = [
      segment(0, p(0, 0), p(500, 500)),
      segment(1, p(0, 500), p(500, 0)),
      segment(2, p(600, 0), p(600, 500)),
    ];
    const conflicts = findConflictingSegments(segments, 64);
    expect(conflicts.map(([a, b]) => [a.arc, b.arc])).toEqual([[0, 1]]);
  });

  it('finds nothing in a clean grid of squares', () => {
    const segments: Segment[] = [];
    for (let i = 0; i <= 3; i++) {
      segments.push(segment(segments.length, p(i * 100, 0), p(i * 100, 300)));
      segments.push(segment(segments.length, p(0, i * 100), p(300, i * 100)));
    }
    // split the lines at every crossing, as arcs are split at junctions
    const split = segments.flatMap(({ from, to }) =>
      [0, 1, 2].map((j) =>
        segment(
          0,
          p(from[0] + ((to[0] - from[0]) * j) / 3, from[1] + ((to[1] - from[1]) * j) / 3),
          p(
            from[0] + ((to[0] - from[0]) * (j + 1)) / 3,
            from[1] + ((to[1] - from[1]) * (j + 1)) / 3,
          ),
        ),
      ),
    );
    expect(findConflictingSegments(split, 64)).toEqual([]);
  });
});
