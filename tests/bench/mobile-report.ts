// The mobile profile's figures (issue 12): runs of each subject turned into medians, checked
// against the budgets, and printed as a table beside the loopback one (same columns: app, its
// budget, floor, naive peer). Everything is in the benchmark's JSON line too.
import { check, mark, MOBILE_BUDGETS, type Budget } from './budgets';
import { FILE_KINDS, type FileKind, type KindBytes } from './load-metrics';
import type { LoadRun } from './measure-load';
import { kb, median, pair, show, spread, table, type Spread } from './report';

type ByKind = Record<FileKind | 'total', number>;

export interface MobileScenarioFigures {
  name: string;
  runs: number;
  /** Set when the page never became ready (timeout, error): the figures are then absent. */
  error: string | null;
  fcpMs: Spread;
  lcpMs: Spread;
  mapReadyMs: Spread;
  /** Total blocking time from navigation start to map-ready. */
  blockingMs: Spread;
  /** The longest task of each load, to settled. */
  longestTaskMs: Spread;
  longTaskCountMedian: number;
  /** Medians over the runs, by kind and in total (the total's own median). */
  transferredBytes: ByKind;
  /** Of those, sent before map-ready. */
  transferredBeforeReadyBytes: ByKind;
  decodedBytesTotal: number;
  files: Record<FileKind, number>;
  /** The most, over the runs, of requests sent by workers (perhaps not throttled). */
  requestsOutsidePage: number;
  notes: string[];
}

export interface MobileDatasetFigures {
  dataset: string;
  practices: number;
  app: MobileScenarioFigures | null;
  floor: MobileScenarioFigures | null;
  naivePeer: MobileScenarioFigures | null;
  budgets: Budget[];
}

function medianByKind(
  runs: readonly LoadRun[],
  bytes: (run: LoadRun) => Record<FileKind, KindBytes>,
): ByKind {
  const figures = { total: median(runs.map((run) => sumKinds(bytes(run)))) } as ByKind;
  for (const kind of FILE_KINDS) {
    figures[kind] = median(runs.map((run) => bytes(run)[kind].transferred));
  }
  return figures;
}

function sumKinds(bytes: Record<FileKind, KindBytes>): number {
  return FILE_KINDS.reduce((sum, kind) => sum + bytes[kind].transferred, 0);
}

export function summarizeMobile(
  name: string,
  runs: readonly LoadRun[],
  error: string | null = null,
): MobileScenarioFigures {
  const notes: string[] = [];
  const painted = (pick: (run: LoadRun) => number | null, label: string, why = '') => {
    const values = runs.map(pick).filter((value): value is number => value !== null);
    if (runs.length > 0 && values.length < runs.length) {
      notes.push(`no ${label} in ${runs.length - values.length} of ${runs.length} loads${why}`);
    }
    return spread(values);
  };
  const outside = Math.max(0, ...runs.map((run) => run.requestsOutsidePage));
  if (outside > 0) {
    notes.push(
      `${outside} request(s) not in the page's Resource Timing (a worker's?): the network ` +
        'throttling is set on the page and may not have slowed them',
    );
  }
  const files = Object.fromEntries(
    FILE_KINDS.map((kind) => [kind, runs[0]?.bytes[kind].files ?? 0]),
  ) as Record<FileKind, number>;
  return {
    name,
    runs: runs.length,
    error,
    fcpMs: painted((run) => run.fcpMs, 'first contentful paint'),
    lcpMs: painted(
      (run) => run.lcpMs,
      'largest contentful paint',
      ' (text, images and video are candidates; a canvas is not)',
    ),
    mapReadyMs: spread(runs.map((run) => run.readyMs)),
    blockingMs: spread(runs.map((run) => run.blockingMs)),
    longestTaskMs: spread(runs.map((run) => run.longTasks.worstMs)),
    longTaskCountMedian: median(runs.map((run) => run.longTasks.count)),
    transferredBytes: medianByKind(runs, (run) => run.bytes),
    transferredBeforeReadyBytes: medianByKind(runs, (run) => run.bytesBeforeReady),
    decodedBytesTotal: median(
      runs.map((run) => FILE_KINDS.reduce((sum, kind) => sum + run.bytes[kind].decoded, 0)),
    ),
    files,
    requestsOutsidePage: outside,
    notes,
  };
}

const finite = (value: number | undefined): number | null =>
  value === undefined || Number.isNaN(value) ? null : value;

/** Issue 12's budgets that apply to this dataset (the shipped one), with the measured medians. */
export function checkMobileBudgets(figures: Omit<MobileDatasetFigures, 'budgets'>): Budget[] {
  const limits = MOBILE_BUDGETS[figures.dataset];
  if (!limits) return [];
  const { app, floor } = figures;
  const measured = app && app.runs > 0 ? app : null;
  const ratio =
    measured && floor && floor.runs > 0
      ? Math.round((measured.mapReadyMs.median / floor.mapReadyMs.median) * 100) / 100
      : undefined;
  return [
    check('first contentful paint', finite(measured?.fcpMs.median), limits.fcpMs, 'ms'),
    check(
      'map-ready ÷ floor',
      finite(ratio),
      limits.mapReadyFloorRatio,
      '×',
      `≤ ${limits.mapReadyFloorRatio} ×`,
    ),
    check(
      'first-load transfer',
      finite(measured ? kb(measured.transferredBytes.total) : undefined),
      limits.transferKB,
      'KB',
    ),
    check(
      'JS before map-ready',
      finite(measured ? kb(measured.transferredBeforeReadyBytes.js) : undefined),
      limits.firstViewJsKB,
      'KB',
    ),
    check(
      'longest task in load',
      finite(measured?.longestTaskMs.median),
      limits.longTaskMs,
      'ms',
      `none > ${limits.longTaskMs} ms`,
    ),
  ];
}

export function formatMobile(d: MobileDatasetFigures): string {
  const budget = (figure: string) => mark(d.budgets.find((b) => b.figure === figure));
  const subjects = [d.app, d.floor, d.naivePeer] as const;
  const cell = (f: MobileScenarioFigures | null, value: (f: MobileScenarioFigures) => string) => {
    if (!f) return '—';
    if (f.runs === 0) return f.error ? 'did not finish' : '—';
    return value(f);
  };
  const row = (
    label: string,
    value: (f: MobileScenarioFigures) => string,
    budgetFigure = '',
  ): string[] => [
    label,
    cell(d.app, value),
    budgetFigure ? budget(budgetFigure) : '',
    cell(d.floor, value),
    cell(d.naivePeer, value),
  ];
  const rows: string[][] = [];
  for (const kind of FILE_KINDS) {
    if (subjects.every((f) => !f || !f.files[kind])) continue;
    rows.push(row(`transfer ${kind}, KB sent`, (f) => show(kb(f.transferredBytes[kind]), 1)));
  }
  rows.push(
    row(
      'transfer total, KB sent',
      (f) => show(kb(f.transferredBytes.total), 1),
      'first-load transfer',
    ),
  );
  rows.push(
    row('  of it sent before map-ready', (f) => show(kb(f.transferredBeforeReadyBytes.total), 1)),
  );
  rows.push(
    row(
      'JS sent before map-ready, KB sent',
      (f) => show(kb(f.transferredBeforeReadyBytes.js), 1),
      'JS before map-ready',
    ),
  );
  rows.push(row('decoded total, KB', (f) => show(kb(f.decodedBytesTotal), 0)));
  rows.push(
    row('first contentful paint med / worst, ms', (f) => pair(f.fcpMs), 'first contentful paint'),
  );
  rows.push(row('largest contentful paint med / worst, ms', (f) => pair(f.lcpMs)));
  rows.push(row('map-ready med / worst, ms', (f) => pair(f.mapReadyMs)));
  const floorMedian = d.floor && d.floor.runs > 0 ? d.floor.mapReadyMs.median : Number.NaN;
  rows.push(
    row(
      'map-ready ÷ floor (medians)',
      (f) => `${show(f.mapReadyMs.median / floorMedian, 2)} ×`,
      'map-ready ÷ floor',
    ),
  );
  rows.push(row('total blocking time to map-ready med / worst, ms', (f) => pair(f.blockingMs)));
  rows.push(
    row(
      'longest task in load med / worst, ms',
      (f) => pair(f.longestTaskMs),
      'longest task in load',
    ),
  );
  rows.push(row('long tasks in load (median count)', (f) => show(f.longTaskCountMedian)));
  rows.push(row('loads measured', (f) => String(f.runs)));
  const notes: string[] = [];
  for (const f of subjects) {
    if (f?.error) notes.push(`${f.name}: ${f.error}`);
    for (const note of f?.notes ?? []) notes.push(`${f?.name}: ${note}`);
  }
  return [
    `mobile profile · dataset: ${d.dataset} (${d.practices.toLocaleString('en')} practices)`,
    table(['figure', 'app', 'budget', 'floor', 'naive peer'], rows),
    ...notes.map((note) => `note: ${note}`),
  ].join('\n');
}
