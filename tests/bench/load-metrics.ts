// Figures computed from what one load recorded (requests, long tasks): pure, so they are unit
// tested (tests/unit/bench/load-metrics.test.ts) apart from the browser that records them.

export const FILE_KINDS = ['js', 'css', 'boundaries', 'gazetteer', 'practices', 'other'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export interface KindBytes {
  files: number;
  /** Bytes on the wire: the encoded response body (gzip when the server compressed it). */
  transferred: number;
  /** Bytes after decoding. */
  decoded: number;
}

/** A long task as the `longtask` PerformanceObserver saw it, in the page's time. */
export interface TaskEntry {
  start: number;
  duration: number;
}

/** One finished request of a load. */
export interface RequestRecord {
  kind: FileKind;
  transferred: number;
  decoded: number;
  /** When the request was sent, from navigation start. */
  startMs: number;
}

/** Above this a task blocks input: the long-task threshold, as in Lighthouse's TBT. */
export const BLOCKING_THRESHOLD_MS = 50;

export function classify(url: URL, base: URL): FileKind {
  const path = url.pathname.slice(base.pathname.length);
  if (path.startsWith('data/boundaries')) return 'boundaries';
  if (path.startsWith('data/gazetteer')) return 'gazetteer';
  if (path.startsWith('data/practices')) return 'practices';
  // a synthetic dataset, redirected to the bench server (see openBenchPage)
  if (path.startsWith('__bench/data/practices')) return 'practices';
  // the naive peer reads the source GeoJSON instead of the app's topology
  if (path.startsWith('__bench/geodata/')) return 'boundaries';
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  return 'other';
}

export function emptyBytes(): Record<FileKind, KindBytes> {
  return Object.fromEntries(
    FILE_KINDS.map((kind) => [kind, { files: 0, transferred: 0, decoded: 0 }]),
  ) as Record<FileKind, KindBytes>;
}

/** Bytes by kind of the requests sent before `untilMs` (all of them by default). */
export function bytesByKind(
  requests: readonly RequestRecord[],
  untilMs = Number.POSITIVE_INFINITY,
): Record<FileKind, KindBytes> {
  const bytes = emptyBytes();
  for (const request of requests) {
    if (request.startMs >= untilMs) continue;
    const entry = bytes[request.kind];
    entry.files += 1;
    entry.transferred += request.transferred;
    entry.decoded += request.decoded;
  }
  return bytes;
}

/**
 * Total blocking time up to `untilMs`: over the long tasks, the part of each beyond 50 ms,
 * counting a task that runs past `untilMs` only up to it (Lighthouse clips at its window's edges
 * the same way).
 */
export function totalBlockingTime(tasks: readonly TaskEntry[], untilMs: number): number {
  let blocking = 0;
  for (const task of tasks) {
    if (task.start >= untilMs) continue;
    const duration = Math.min(task.start + task.duration, untilMs) - task.start;
    blocking += Math.max(0, duration - BLOCKING_THRESHOLD_MS);
  }
  return blocking;
}

/** The longest task that started before `untilMs` (all of them by default); 0 when none. */
export function longestTask(
  tasks: readonly TaskEntry[],
  untilMs = Number.POSITIVE_INFINITY,
): number {
  return Math.max(0, ...tasks.filter((task) => task.start < untilMs).map((task) => task.duration));
}
