// Turns runs into figures: one table per dataset for people (app, its budget, floor, naive peer)
// and one JSON line for machines (the last line of stdout, so `npm run bench | tail -1` is the
// record).
import { BUDGETS, check, mark, type Budget } from './budgets';
import type { InteractionKind, SessionRun } from './measure-interactions';
import { INTERACTION_KINDS } from './measure-interactions';
import { FILE_KINDS, type FileKind } from './load-metrics';
import type { LoadRun, LongTasks } from './measure-load';

export interface Spread {
  median: number;
  worst: number;
  runs: number[];
}

export interface ScenarioFigures {
  name: string;
  runs: number;
  /** Set when the page never became ready (timeout, error): the figures are then absent. */
  error: string | null;
  mapReadyMs: Spread;
  heapUsedMB: Spread;
  heapUsedAfterGcMB: Spread;
  longTasks: { countMedian: number; worstMs: number; totalMsMedian: number };
  /** Transferred bytes by kind of file; identical on every run (checked). */
  transferredBytes: Record<FileKind | 'total', number>;
  decodedBytes: Record<FileKind | 'total', number>;
  files: Record<FileKind, number>;
  externalRequests: number;
  notes: string[];
}

export interface InteractionFigures extends Spread {
  error: string | null;
}

export interface SessionFigures {
  sessions: number;
  interactions: Record<InteractionKind, InteractionFigures>;
  filterLongTasks: LongTasks;
  /** Where the long tasks in filtering started: within an interaction of a kind, or between. */
  filterLongTasksBy: Record<InteractionKind | 'between', LongTasks>;
  open: {
    practiceId: string | null;
    partners: number | null;
    ms: Spread;
    /** Click → `practice-opened`, when the app marks it. */
    markMs: Spread | null;
    error: string | null;
  };
}

export interface DatasetFigures {
  dataset: string;
  practices: number;
  app: ScenarioFigures | null;
  floor: ScenarioFigures | null;
  naivePeer: ScenarioFigures | null;
  session: SessionFigures | null;
  budgets: Budget[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

export function spread(values: number[], round: (value: number) => number = ms): Spread {
  if (values.length === 0) return { median: Number.NaN, worst: Number.NaN, runs: [] };
  return {
    median: round(median(values)),
    worst: round(Math.max(...values)),
    runs: values.map(round),
  };
}

const ms = (value: number) => Math.round(value * 10) / 10;
const mb = (value: number) => Math.round((value / 1024 / 1024) * 10) / 10;

function emptyKinds(): Record<FileKind | 'total', number> {
  return Object.fromEntries([...FILE_KINDS, 'total'].map((kind) => [kind, Number.NaN])) as Record<
    FileKind | 'total',
    number
  >;
}

export function summarize(
  name: string,
  runs: LoadRun[],
  error: string | null = null,
): ScenarioFigures {
  const first = runs[0];
  const notes: string[] = [];
  const transferredBytes = first
    ? ({ total: 0 } as Record<FileKind | 'total', number>)
    : emptyKinds();
  const decodedBytes = first ? ({ total: 0 } as Record<FileKind | 'total', number>) : emptyKinds();
  const files = {} as Record<FileKind, number>;
  for (const kind of FILE_KINDS) {
    files[kind] = first?.bytes[kind].files ?? 0;
    if (!first) continue;
    transferredBytes[kind] = first.bytes[kind].transferred;
    decodedBytes[kind] = first.bytes[kind].decoded;
    transferredBytes.total += first.bytes[kind].transferred;
    decodedBytes.total += first.bytes[kind].decoded;
    const differing = runs.filter(
      (run) => run.bytes[kind].transferred !== first.bytes[kind].transferred,
    );
    if (differing.length > 0)
      notes.push(`${kind}: bytes differ between runs; the first run's are shown`);
  }
  return {
    name,
    runs: runs.length,
    error,
    mapReadyMs: spread(runs.map((run) => run.readyMs)),
    heapUsedMB: spread(
      runs.map((run) => run.heapUsedBytes),
      mb,
    ),
    heapUsedAfterGcMB: spread(
      runs.map((run) => run.heapUsedAfterGcBytes),
      mb,
    ),
    longTasks: {
      countMedian: median(runs.map((run) => run.longTasks.count)),
      worstMs: Math.round(Math.max(0, ...runs.map((run) => run.longTasks.worstMs))),
      totalMsMedian: Math.round(median(runs.map((run) => run.longTasks.totalMs))),
    },
    transferredBytes,
    decodedBytes,
    files,
    externalRequests: first?.externalRequests ?? 0,
    notes,
  };
}

export function summarizeSessions(sessions: SessionRun[]): SessionFigures {
  const interactions = Object.fromEntries(
    INTERACTION_KINDS.map((kind) => {
      const series = sessions.map((session) => session.interactions[kind]);
      return [
        kind,
        {
          ...spread(series.flatMap((s) => s.ms)),
          error: series.find((s) => s.error)?.error ?? null,
        },
      ];
    }),
  ) as Record<InteractionKind, InteractionFigures>;
  const allTasks = sessions.map((session) => session.filterLongTasks);
  const sumTasks = (list: LongTasks[]): LongTasks => ({
    count: list.reduce((sum, tasks) => sum + tasks.count, 0),
    totalMs: Math.round(list.reduce((sum, tasks) => sum + tasks.totalMs, 0)),
    worstMs: Math.round(Math.max(0, ...list.map((tasks) => tasks.worstMs))),
  });
  const filterLongTasksBy = Object.fromEntries(
    [...INTERACTION_KINDS, 'between' as const].map((kind) => [
      kind,
      sumTasks(sessions.map((session) => session.filterLongTasksBy[kind])),
    ]),
  ) as Record<InteractionKind | 'between', LongTasks>;
  const opens = sessions.map((session) => session.open);
  const markMs = opens.flatMap((open) => open.markMs);
  return {
    sessions: sessions.length,
    interactions,
    filterLongTasks: sumTasks(allTasks),
    filterLongTasksBy,
    open: {
      practiceId: opens[0]?.target?.id ?? null,
      partners: opens[0]?.target?.partners ?? null,
      ms: spread(opens.flatMap((open) => open.ms)),
      markMs: markMs.length > 0 ? spread(markMs) : null,
      error: opens.find((open) => open.error)?.error ?? null,
    },
  };
}

export const kb = (bytes: number) => bytes / 1024;
const finite = (value: number | undefined): number | null =>
  value === undefined || Number.isNaN(value) ? null : value;

/** Every budget of issue 5 that applies to this dataset, with the measured value. */
export function checkBudgets(figures: Omit<DatasetFigures, 'budgets'>): Budget[] {
  const limits = BUDGETS[figures.dataset];
  if (!limits) return [];
  const { app, floor, session } = figures;
  const budgets: Budget[] = [];
  if (limits.transferKB !== undefined) {
    const total = app ? kb(app.transferredBytes.total) : null;
    budgets.push(check('transfer total', finite(total ?? undefined), limits.transferKB, 'KB'));
  }
  if (limits.mapReadyMs !== undefined) {
    budgets.push(
      check('map-ready median', finite(app?.mapReadyMs.median), limits.mapReadyMs, 'ms'),
    );
  }
  if (limits.mapReadyFloorRatio !== undefined) {
    const ratio =
      app && floor
        ? Math.round((app.mapReadyMs.median / floor.mapReadyMs.median) * 100) / 100
        : null;
    budgets.push(
      check(
        'map-ready ÷ floor',
        finite(ratio ?? undefined),
        limits.mapReadyFloorRatio,
        '×',
        `≤ ${limits.mapReadyFloorRatio} ×`,
      ),
    );
  }
  if (limits.interactionWorstMs !== undefined) {
    for (const kind of INTERACTION_KINDS) {
      const series = session?.interactions[kind];
      const value = series && series.runs.length > 0 ? series.worst : null;
      budgets.push(check(`${kind} worst`, value, limits.interactionWorstMs, 'ms'));
    }
  }
  if (limits.openMs !== undefined) {
    // the heading painted, and the app's own practice-opened mark when it sets one: both count
    const open = session?.open;
    const medians = [open?.ms.median, open?.markMs?.median].filter(
      (value): value is number => value !== undefined && !Number.isNaN(value),
    );
    budgets.push(
      check(
        'open practice median',
        medians.length > 0 ? Math.max(...medians) : null,
        limits.openMs,
        'ms',
      ),
    );
  }
  if (limits.heapMB !== undefined) {
    budgets.push(
      check('heap after load', finite(app?.heapUsedAfterGcMB.median), limits.heapMB, 'MB'),
    );
  }
  if (limits.filterLongTaskMs !== undefined) {
    const tasks = session?.filterLongTasks ?? null;
    if (limits.filterLongTaskMs === 0) {
      budgets.push(
        check('long tasks in filtering', tasks ? tasks.count : null, 0, 'tasks', 'none'),
      );
    } else {
      budgets.push(
        check(
          'worst long task in filtering',
          tasks ? tasks.worstMs : null,
          limits.filterLongTaskMs,
          'ms',
          `none > ${limits.filterLongTaskMs} ms`,
        ),
      );
    }
  }
  return budgets;
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}

export const show = (value: number | null | undefined, digits = 0): string =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
export const pair = (s: Spread | null | undefined, digits = 0) =>
  s && s.runs.length > 0 ? `${show(s.median, digits)} / ${show(s.worst, digits)}` : '—';

function loadCell(
  f: ScenarioFigures | null,
  cell: (f: ScenarioFigures) => string,
  failed = '—',
): string {
  if (!f) return '—';
  if (f.error && f.runs === 0) return failed;
  return cell(f);
}

export function formatDataset(d: DatasetFigures): string {
  const budget = (figure: string) => mark(d.budgets.find((b) => b.figure === figure));
  const subjects = [d.app, d.floor, d.naivePeer] as const;
  const row = (
    label: string,
    cell: (f: ScenarioFigures) => string,
    budgetFigure = '',
    failed = '—',
  ): string[] => [
    label,
    loadCell(d.app, cell, failed),
    budgetFigure ? budget(budgetFigure) : '',
    loadCell(d.floor, cell, failed),
    loadCell(d.naivePeer, cell, failed),
  ];
  const rows: string[][] = [];
  for (const kind of FILE_KINDS) {
    if (subjects.every((f) => !f || !f.files[kind])) continue;
    rows.push(row(`transfer ${kind}, KB sent`, (f) => show(kb(f.transferredBytes[kind]), 1)));
  }
  rows.push(
    row('transfer total, KB sent', (f) => show(kb(f.transferredBytes.total), 1), 'transfer total'),
  );
  rows.push(row('decoded total, KB', (f) => show(kb(f.decodedBytes.total), 0)));
  rows.push(
    row(
      'map-ready median / worst, ms',
      (f) => pair(f.mapReadyMs),
      'map-ready median',
      'did not finish',
    ),
  );
  const floorMedian = d.floor?.mapReadyMs.median ?? Number.NaN;
  rows.push(
    row(
      'map-ready ÷ floor (medians)',
      (f) => `${show(f.mapReadyMs.median / floorMedian, 2)} ×`,
      'map-ready ÷ floor',
    ),
  );
  rows.push(row('loads measured', (f) => String(f.runs)));
  rows.push(
    row(
      'JS heap after load + GC, MB',
      (f) => show(f.heapUsedAfterGcMB.median, 1),
      'heap after load',
    ),
  );
  rows.push(
    row(
      'long tasks in load: count / worst ms',
      (f) => `${show(f.longTasks.countMedian)} / ${show(f.longTasks.worstMs)}`,
    ),
  );
  const s = d.session;
  const appOnly = (label: string, value: string, budgetFigure = ''): string[] => [
    label,
    value,
    budgetFigure ? budget(budgetFigure) : '',
    '',
    '',
  ];
  for (const kind of INTERACTION_KINDS) {
    const series = s?.interactions[kind];
    const value = series
      ? `${pair(series, 1)} (${series.runs.length})${series.error ? ' !' : ''}`
      : '—';
    rows.push(appOnly(`${kind} → results-updated med / worst ms (n)`, value, `${kind} worst`));
  }
  if (s) {
    rows.push(
      appOnly(
        'long tasks in filtering: count / worst ms',
        `${s.filterLongTasks.count} / ${s.filterLongTasks.worstMs}`,
        BUDGETS[d.dataset]?.filterLongTaskMs === 0
          ? 'long tasks in filtering'
          : 'worst long task in filtering',
      ),
    );
    const placed = [...INTERACTION_KINDS, 'between' as const]
      .filter((kind) => s.filterLongTasksBy[kind].count > 0)
      .map((kind) => {
        const tasks = s.filterLongTasksBy[kind];
        return `${kind} ${tasks.count} (≤ ${tasks.worstMs})`;
      });
    if (placed.length > 0)
      rows.push(appOnly('  started in: kind count (worst ms)', placed.join(', ')));
    rows.push(
      appOnly(
        `open practice (${s.open.partners ?? '?'} partners) med / worst ms (n)`,
        `${pair(s.open.ms, 1)} (${s.open.ms.runs.length})`,
        'open practice median',
      ),
    );
    if (s.open.markMs) {
      rows.push(appOnly('  click → practice-opened mark, med / worst ms', pair(s.open.markMs, 1)));
    }
  }
  const heading = `dataset: ${d.dataset} (${d.practices.toLocaleString('en')} practices)`;
  const notes: string[] = [];
  for (const f of subjects) {
    if (f?.error) notes.push(`${f.name}: ${f.error}`);
    for (const note of f?.notes ?? []) notes.push(`${f?.name}: ${note}`);
  }
  for (const kind of INTERACTION_KINDS) {
    const error = s?.interactions[kind].error;
    if (error) notes.push(`app · ${d.dataset}: ${kind} stopped: ${error}`);
  }
  if (s?.open.error) notes.push(`app · ${d.dataset}: open practice stopped: ${s.open.error}`);
  return [
    heading,
    table(['figure', 'app', 'budget', 'floor', 'naive peer'], rows),
    ...notes.map((note) => `note: ${note}`),
  ].join('\n');
}

export function formatBudgetSummary(
  datasets: readonly Pick<DatasetFigures, 'dataset' | 'budgets'>[],
): string {
  const all = datasets.flatMap((d) => d.budgets.map((b) => ({ dataset: d.dataset, ...b })));
  const missed = all.filter((b) => b.met === false);
  const unknown = all.filter((b) => b.met === null);
  const lines = [
    `budgets: ${all.length - missed.length - unknown.length} met, ${missed.length} missed, ${unknown.length} not measured`,
  ];
  for (const b of missed) {
    lines.push(`  ✗ ${b.dataset}: ${b.figure} ${show(b.value, 1)} ${b.unit} (budget ${b.text})`);
  }
  for (const b of unknown) lines.push(`  ? ${b.dataset}: ${b.figure} not measured`);
  return lines.join('\n');
}
