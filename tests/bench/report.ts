// Turns runs into figures: a table for people and one JSON line for machines (the last line of
// stdout, so `npm run bench | tail -1` is the record).
import { FILE_KINDS, type FileKind, type LoadRun } from './measure-load';

export interface Spread {
  median: number;
  worst: number;
  runs: number[];
}

export interface ScenarioFigures {
  name: string;
  runs: number;
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

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

function spread(values: number[], round: (value: number) => number): Spread {
  return {
    median: round(median(values)),
    worst: round(Math.max(...values)),
    runs: values.map(round),
  };
}

const ms = (value: number) => Math.round(value);
const mb = (value: number) => Math.round((value / 1024 / 1024) * 10) / 10;

export function summarize(name: string, runs: LoadRun[]): ScenarioFigures {
  const first = runs[0];
  if (!first) throw new Error(`scenario ${name}: no runs`);
  const notes: string[] = [];
  const transferredBytes = { total: 0 } as Record<FileKind | 'total', number>;
  const decodedBytes = { total: 0 } as Record<FileKind | 'total', number>;
  const files = {} as Record<FileKind, number>;
  for (const kind of FILE_KINDS) {
    transferredBytes[kind] = first.bytes[kind].transferred;
    decodedBytes[kind] = first.bytes[kind].decoded;
    files[kind] = first.bytes[kind].files;
    transferredBytes.total += first.bytes[kind].transferred;
    decodedBytes.total += first.bytes[kind].decoded;
    const differing = runs.filter(
      (run) => run.bytes[kind].transferred !== first.bytes[kind].transferred,
    );
    if (differing.length > 0)
      notes.push(`${kind}: bytes differ between runs; the first run's are shown`);
  }
  if (first.injectedPracticesGzipBytes !== undefined) {
    notes.push('practices: injected by interception; bytes are its gzip size computed with zlib');
  }
  return {
    name,
    runs: runs.length,
    mapReadyMs: spread(
      runs.map((run) => run.readyMs),
      ms,
    ),
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
      worstMs: ms(Math.max(...runs.map((run) => run.longTasks.worstMs))),
      totalMsMedian: ms(median(runs.map((run) => run.longTasks.totalMs))),
    },
    transferredBytes,
    decodedBytes,
    files,
    externalRequests: first.externalRequests,
    notes,
  };
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function formatTables(figures: ScenarioFigures[]): string {
  const timing = table(
    [
      'scenario',
      'runs',
      'map-ready median ms',
      'worst ms',
      'heap MB',
      'heap after GC MB',
      'long tasks',
      'worst long task ms',
    ],
    figures.map((f) => [
      f.name,
      String(f.runs),
      String(f.mapReadyMs.median),
      String(f.mapReadyMs.worst),
      String(f.heapUsedMB.median),
      String(f.heapUsedAfterGcMB.median),
      String(f.longTasks.countMedian),
      String(f.longTasks.worstMs),
    ]),
  );
  const transfer = table(
    ['scenario (KB transferred, gzip)', ...FILE_KINDS, 'total'],
    figures.map((f) => [
      f.name,
      ...FILE_KINDS.map((kind) => kb(f.transferredBytes[kind])),
      kb(f.transferredBytes.total),
    ]),
  );
  const decoded = table(
    ['scenario (KB decoded)', ...FILE_KINDS, 'total'],
    figures.map((f) => [
      f.name,
      ...FILE_KINDS.map((kind) => kb(f.decodedBytes[kind])),
      kb(f.decodedBytes.total),
    ]),
  );
  const notes = figures.flatMap((f) => f.notes.map((note) => `note (${f.name}): ${note}`));
  return [timing, '', transfer, '', decoded, ...(notes.length ? ['', ...notes] : [])].join('\n');
}
