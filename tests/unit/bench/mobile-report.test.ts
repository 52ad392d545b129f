import { describe, expect, it } from 'vitest';
import { bytesByKind, type RequestRecord } from '../../bench/load-metrics';
import type { LoadRun } from '../../bench/measure-load';
import { checkMobileBudgets, formatMobile, summarizeMobile } from '../../bench/mobile-report';

const KB = 1024;

function run(options: {
  readyMs: number;
  fcpMs: number | null;
  longestMs: number;
  jsKB: number;
  /** JS requested after map-ready (a lazy chunk). */
  lateJsKB?: number;
  dataKB: number;
}): LoadRun {
  const requests: RequestRecord[] = [
    { kind: 'other', transferred: 1 * KB, decoded: 2 * KB, startMs: 0 },
    { kind: 'js', transferred: options.jsKB * KB, decoded: 3 * options.jsKB * KB, startMs: 200 },
    { kind: 'boundaries', transferred: options.dataKB * KB, decoded: 0, startMs: 150 },
  ];
  if (options.lateJsKB) {
    requests.push({
      kind: 'js',
      transferred: options.lateJsKB * KB,
      decoded: 0,
      startMs: options.readyMs + 10,
    });
  }
  const tasks = [{ start: 300, duration: options.longestMs }];
  return {
    readyMs: options.readyMs,
    heapUsedBytes: 0,
    heapUsedAfterGcBytes: 0,
    longTasks: { count: 1, totalMs: options.longestMs, worstMs: options.longestMs },
    tasks,
    bytes: bytesByKind(requests),
    bytesBeforeReady: bytesByKind(requests, options.readyMs),
    externalRequests: 0,
    requestsOutsidePage: 0,
    fcpMs: options.fcpMs,
    lcpMs: options.fcpMs,
    blockingMs: Math.max(0, options.longestMs - 50),
  };
}

const floor = summarizeMobile('floor · mobile', [
  run({ readyMs: 2000, fcpMs: 300, longestMs: 90, jsKB: 0, dataKB: 240 }),
  run({ readyMs: 2200, fcpMs: 320, longestMs: 100, jsKB: 0, dataKB: 240 }),
  run({ readyMs: 2100, fcpMs: 310, longestMs: 95, jsKB: 0, dataKB: 240 }),
]);

describe('summarizeMobile', () => {
  it('takes medians over the runs, and the bytes sent before map-ready apart', () => {
    const app = summarizeMobile('app · shipped · mobile', [
      run({ readyMs: 2500, fcpMs: 1400, longestMs: 150, jsKB: 100, lateJsKB: 50, dataKB: 200 }),
      run({ readyMs: 2600, fcpMs: 1600, longestMs: 250, jsKB: 100, lateJsKB: 50, dataKB: 200 }),
      run({ readyMs: 2400, fcpMs: null, longestMs: 180, jsKB: 100, lateJsKB: 50, dataKB: 200 }),
    ]);
    expect(app.mapReadyMs.median).toBe(2500);
    expect(app.fcpMs.median).toBe(1500);
    expect(app.fcpMs.runs).toHaveLength(2);
    expect(app.notes).toContain('no first contentful paint in 1 of 3 loads');
    expect(app.longestTaskMs).toMatchObject({ median: 180, worst: 250 });
    expect(app.transferredBytes.js).toBe(150 * KB);
    expect(app.transferredBeforeReadyBytes.js).toBe(100 * KB);
    expect(app.transferredBytes.total).toBe((1 + 150 + 200) * KB);
    expect(app.files.js).toBe(2);
  });
});

describe('checkMobileBudgets', () => {
  it('marks each of issue 12 budgets met or missed for the shipped data', () => {
    const app = summarizeMobile('app · shipped · mobile', [
      run({ readyMs: 2800, fcpMs: 1200, longestMs: 250, jsKB: 110, lateJsKB: 80, dataKB: 200 }),
    ]);
    const budgets = checkMobileBudgets({
      dataset: 'shipped',
      practices: 10,
      app,
      floor,
      naivePeer: null,
    });
    const met = Object.fromEntries(budgets.map((b) => [b.figure, b.met]));
    expect(met).toEqual({
      'first contentful paint': true,
      // 2800 / 2100 = 1.33
      'map-ready ÷ floor': false,
      // 1 + 110 + 80 + 200 KB
      'first-load transfer': false,
      // the 80 KB asked for after map-ready do not count
      'JS before map-ready': true,
      'longest task in load': false,
    });
    const text = formatMobile({
      dataset: 'shipped',
      practices: 10,
      app,
      floor,
      naivePeer: null,
      budgets,
    });
    expect(text).toMatch(/first contentful paint med \/ worst, ms\s+1200 \/ 1200\s+≤ 1500 ms ✓/);
    expect(text).toMatch(/map-ready ÷ floor \(medians\)\s+1\.33 ×\s+≤ 1\.3 × ✗/);
    expect(text).toMatch(/longest task in load med \/ worst, ms\s+250 \/ 250\s+none > 200 ms ✗/);
  });

  it('has no budget for other datasets, and says when a figure is missing', () => {
    expect(
      checkMobileBudgets({ dataset: '10k', practices: 1, app: null, floor, naivePeer: null }),
    ).toEqual([]);
    const unmeasured = checkMobileBudgets({
      dataset: 'shipped',
      practices: 1,
      app: null,
      floor,
      naivePeer: null,
    });
    expect(unmeasured.every((b) => b.met === null)).toBe(true);
  });
});
