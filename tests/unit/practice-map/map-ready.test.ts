import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

// performance-marks keeps state per page: a fresh module per test
async function freshMarks() {
  vi.resetModules();
  return import('../../../src/utils/performance-marks');
}

type MarkSpy = ReturnType<typeof spyOnMark>;
const spyOnMark = () => vi.spyOn(performance, 'mark');
const mapReadyCalls = (mark: MarkSpy) =>
  mark.mock.calls.filter(([name]) => name === 'map-ready').length;

describe('map-ready', () => {
  let mark: MarkSpy;
  beforeEach(() => {
    mark = spyOnMark();
  });
  afterEach(() => vi.restoreAllMocks());

  test('with nothing else held, follows the boundaries, once', async () => {
    const marks = await freshMarks();
    marks.markMapReady();
    marks.markMapReady();
    expect(mapReadyCalls(mark)).toBe(1);
  });

  test('waits for every hold to be released, in any order', async () => {
    const marks = await freshMarks();
    const markers = marks.holdMapReady();
    const other = marks.holdMapReady();
    marks.markMapReady();
    expect(mapReadyCalls(mark)).toBe(0);
    markers();
    markers(); // idempotent: does not release the other hold
    expect(mapReadyCalls(mark)).toBe(0);
    other();
    expect(mapReadyCalls(mark)).toBe(1);
  });

  test('a released hold does not wait for the boundaries', async () => {
    const marks = await freshMarks();
    marks.holdMapReady()();
    expect(mapReadyCalls(mark)).toBe(0);
    marks.markMapReady();
    expect(mapReadyCalls(mark)).toBe(1);
    // holds after the mark change nothing
    marks.holdMapReady();
    expect(mapReadyCalls(mark)).toBe(1);
  });
});
