// One cold load of one page: fresh browser context, HTTP cache disabled, timed from navigation
// start to the page's ready mark.
import { gzipSync } from 'node:zlib';
import type { Browser, Request } from 'playwright-core';
import { PRACTICES_PATH, type LoadScenario } from './scenarios';

export const FILE_KINDS = ['js', 'css', 'boundaries', 'gazetteer', 'practices', 'other'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export interface KindBytes {
  files: number;
  /** Bytes on the wire: the encoded response body (gzip when the server compressed it). */
  transferred: number;
  /** Bytes after decoding. */
  decoded: number;
}

export interface LoadRun {
  /** From navigation start (performance.timeOrigin) to the ready mark. */
  readyMs: number;
  /** Used JS heap once the page settled, before and after a forced garbage collection. */
  heapUsedBytes: number;
  heapUsedAfterGcBytes: number;
  /** Long tasks (> 50 ms) from navigation until the page settled. */
  longTasks: { count: number; totalMs: number; worstMs: number };
  bytes: Record<FileKind, KindBytes>;
  /** Requests to other hosts (base map tiles); they fail by design, nothing leaves the machine. */
  externalRequests: number;
  /** Set when a dataset was injected: its size is computed with zlib, see `measureLoad`. */
  injectedPracticesGzipBytes?: number;
}

const LONG_TASKS_KEY = '__benchLongTasks';

export function classify(url: URL, base: URL): FileKind {
  const path = url.pathname.slice(base.pathname.length);
  if (path.startsWith('data/boundaries')) return 'boundaries';
  if (path.startsWith('data/gazetteer')) return 'gazetteer';
  if (path.startsWith('data/practices')) return 'practices';
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  return 'other';
}

function emptyBytes(): Record<FileKind, KindBytes> {
  return Object.fromEntries(
    FILE_KINDS.map((kind) => [kind, { files: 0, transferred: 0, decoded: 0 }]),
  ) as Record<FileKind, KindBytes>;
}

export async function measureLoad(
  browser: Browser,
  baseUrl: string,
  scenario: LoadScenario,
  injectedPractices?: Buffer,
): Promise<LoadRun> {
  const base = new URL(baseUrl);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Performance.enable');

    await page.addInitScript((key) => {
      const tasks: { start: number; duration: number }[] = [];
      Object.assign(window, { [key]: tasks });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          tasks.push({ start: entry.startTime, duration: entry.duration });
        }
      }).observe({ type: 'longtask', buffered: true });
    }, LONG_TASKS_KEY);

    // Interception routes every request of the page through Playwright, which costs a little
    // on each; only scenarios with a synthetic dataset pay it.
    if (injectedPractices) {
      const practicesPath = `${base.pathname}${PRACTICES_PATH}`;
      await page.route(
        (url) => url.origin === base.origin && url.pathname === practicesPath,
        (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body: injectedPractices }),
      );
    }

    const bytes = emptyBytes();
    let externalRequests = 0;
    const pending: Promise<void>[] = [];
    const account = async (request: Request) => {
      const url = new URL(request.url());
      if (url.origin !== base.origin) {
        externalRequests += 1;
        return;
      }
      const response = await request.response();
      if (!response) return;
      const [sizes, body] = await Promise.all([request.sizes(), response.body()]);
      const entry = bytes[classify(url, base)];
      entry.files += 1;
      entry.transferred += sizes.responseBodySize;
      entry.decoded += body.length;
    };
    page.on('requestfinished', (request) => pending.push(account(request)));
    page.on('requestfailed', (request) => pending.push(account(request)));

    await page.goto(`${base.href}${scenario.path}`, { waitUntil: 'commit' });
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      scenario.readyMark,
      { timeout: 30_000, polling: 10 },
    );
    // Settled: 500 ms without network traffic, and whatever the ready mark set off has run.
    await page.waitForLoadState('networkidle');
    const { readyMs, longTasks } = await page.evaluate(
      ({ mark, key }) => ({
        readyMs: performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
        longTasks: (window as unknown as Record<string, { duration: number }[]>)[key] ?? [],
      }),
      { mark: scenario.readyMark, key: LONG_TASKS_KEY },
    );
    const heapUsedBytes = await jsHeapUsed(cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapUsedAfterGcBytes = await jsHeapUsed(cdp);
    await Promise.all(pending);

    const run: LoadRun = {
      readyMs,
      heapUsedBytes,
      heapUsedAfterGcBytes,
      longTasks: {
        count: longTasks.length,
        totalMs: longTasks.reduce((sum, task) => sum + task.duration, 0),
        worstMs: Math.max(0, ...longTasks.map((task) => task.duration)),
      },
      bytes,
      externalRequests,
    };
    if (injectedPractices && bytes.practices.files > 0) {
      // A fulfilled route bypasses the server, so nothing was compressed on the way: count what
      // the preview server would have sent (gzip, zlib's default level, as Vite preview does).
      run.injectedPracticesGzipBytes = gzipSync(injectedPractices).length;
      bytes.practices.transferred = run.injectedPracticesGzipBytes;
    }
    return run;
  } finally {
    await context.close();
  }
}

async function jsHeapUsed(cdp: {
  send(method: 'Performance.getMetrics'): Promise<{ metrics: { name: string; value: number }[] }>;
}): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}
