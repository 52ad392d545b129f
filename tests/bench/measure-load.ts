// One cold load of one page: fresh browser context, HTTP cache disabled, timed from navigation
// start to the page's ready mark. Also the page setup shared with the interaction sessions.
import type { Browser, BrowserContext, CDPSession, Page, Request } from 'playwright-core';
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

export interface LongTasks {
  count: number;
  totalMs: number;
  worstMs: number;
}

export interface LoadRun {
  /** From navigation start (performance.timeOrigin) to the ready mark. */
  readyMs: number;
  /** Used JS heap once the page settled, before and after a forced garbage collection. */
  heapUsedBytes: number;
  heapUsedAfterGcBytes: number;
  /** Long tasks (> 50 ms) from navigation until the page settled. */
  longTasks: LongTasks;
  bytes: Record<FileKind, KindBytes>;
  /** Requests to other hosts (base map tiles); they fail by design, nothing leaves the machine. */
  externalRequests: number;
}

export const LONG_TASKS_KEY = '__benchLongTasks';
export const LAST_INPUT_KEY = '__benchLastInput';

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

function emptyBytes(): Record<FileKind, KindBytes> {
  return Object.fromEntries(
    FILE_KINDS.map((kind) => [kind, { files: 0, transferred: 0, decoded: 0 }]),
  ) as Record<FileKind, KindBytes>;
}

export function summarizeLongTasks(tasks: readonly { duration: number }[]): LongTasks {
  return {
    count: tasks.length,
    totalMs: tasks.reduce((sum, task) => sum + task.duration, 0),
    worstMs: Math.max(0, ...tasks.map((task) => task.duration)),
  };
}

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

/**
 * A fresh context and page with the HTTP cache off, a long-task observer and an input-time
 * recorder installed before any script of the page, and — when `practicesUrl` is given — the
 * practices file redirected to it. The redirect happens inside Chromium (the page still sees
 * data/practices.json) and the body comes from the bench server, gzipped, as a host would send it.
 */
export async function openBenchPage(
  browser: Browser,
  baseUrl: string,
  practicesUrl?: string,
): Promise<BenchPage> {
  const base = new URL(baseUrl);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  await page.addInitScript(
    ({ tasksKey, inputKey }) => {
      const tasks: { start: number; duration: number }[] = [];
      Object.assign(window, { [tasksKey]: tasks, [inputKey]: null });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          tasks.push({ start: entry.startTime, duration: entry.duration });
        }
      }).observe({ type: 'longtask', buffered: true });
      // When the user's input happened (the event's own time stamp, so a busy main thread that
      // delays the handler is counted), read by the interaction timings.
      for (const type of ['click', 'input']) {
        window.addEventListener(
          type,
          (event) => Object.assign(window, { [inputKey]: { type, time: event.timeStamp } }),
          { capture: true },
        );
      }
    },
    { tasksKey: LONG_TASKS_KEY, inputKey: LAST_INPUT_KEY },
  );
  if (practicesUrl) {
    const practicesPath = `${base.pathname}${PRACTICES_PATH}`;
    const target = new URL(practicesUrl, base).href;
    await page.route(
      (url) => url.origin === base.origin && url.pathname === practicesPath,
      (route) => route.continue({ url: target }),
    );
  }
  return { context, page, cdp };
}

export async function jsHeapUsed(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

export async function heapAfterGc(cdp: CDPSession): Promise<{ before: number; after: number }> {
  const before = await jsHeapUsed(cdp);
  await cdp.send('HeapProfiler.collectGarbage');
  return { before, after: await jsHeapUsed(cdp) };
}

export async function waitForMark(page: Page, mark: string, timeoutMs: number): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    timeout: timeoutMs,
    polling: 10,
  });
  return page.evaluate(
    (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
    mark,
  );
}

export async function measureLoad(
  browser: Browser,
  baseUrl: string,
  scenario: LoadScenario,
): Promise<LoadRun> {
  const base = new URL(baseUrl);
  const { context, page, cdp } = await openBenchPage(browser, baseUrl, scenario.practicesUrl);
  // A page whose main thread never comes back (the naive peer at 100k) would stall Playwright's
  // own timeouts, which poll inside the page: the deadline is kept here, in Node.
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no ${scenario.readyMark} within ${scenario.timeoutMs / 1000} s`)),
      scenario.timeoutMs,
    );
  });
  try {
    return await Promise.race([measure(page, cdp, base, scenario), deadline]);
  } finally {
    clearTimeout(timer);
    await Promise.race([context.close(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
}

async function measure(
  page: Page,
  cdp: CDPSession,
  base: URL,
  scenario: LoadScenario,
): Promise<LoadRun> {
  const requests: Request[] = [];
  let externalRequests = 0;
  const note = (request: Request) => {
    if (new URL(request.url()).origin === base.origin) requests.push(request);
    else externalRequests += 1;
  };
  page.on('requestfinished', note);
  page.on('requestfailed', note);

  await page.goto(`${base.href}${scenario.path}`, { waitUntil: 'commit' });
  const readyMs = await waitForMark(page, scenario.readyMark, scenario.timeoutMs);
  // Settled: 500 ms without network traffic, and whatever the ready mark set off has run.
  await page.waitForLoadState('networkidle', { timeout: scenario.timeoutMs });
  const { tasks, decodedByUrl } = await page.evaluate((key) => {
    const entries = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ] as PerformanceResourceTiming[];
    return {
      tasks: (window as unknown as Record<string, { duration: number }[]>)[key] ?? [],
      decodedByUrl: entries.map((entry) => [entry.name, entry.decodedBodySize] as const),
    };
  }, LONG_TASKS_KEY);
  const heap = await heapAfterGc(cdp);

  // Encoded sizes from the network layer (workers' requests included); decoded sizes from
  // Resource Timing (reading 100 MB bodies back through the protocol would cost more than the load).
  const decoded = new Map(decodedByUrl);
  const bytes = emptyBytes();
  for (const request of requests) {
    const sizes = await request.sizes().catch(() => null);
    if (!sizes) continue;
    const kind = classify(new URL(request.url()), base);
    const entry = bytes[kind];
    entry.files += 1;
    entry.transferred += sizes.responseBodySize;
    // a redirected request keeps the page's URL in Resource Timing
    const pageUrl =
      kind === 'practices' && scenario.practicesUrl
        ? new URL(PRACTICES_PATH, base).href
        : request.url();
    entry.decoded += decoded.get(pageUrl) ?? sizes.responseBodySize;
  }
  return {
    readyMs,
    heapUsedBytes: heap.before,
    heapUsedAfterGcBytes: heap.after,
    longTasks: summarizeLongTasks(tasks),
    bytes,
    externalRequests,
  };
}
