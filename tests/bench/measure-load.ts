// One cold load of one page: fresh browser context, HTTP cache disabled, timed from navigation
// start to the page's ready mark, on loopback or under the mobile profile (mobile-profile.ts).
// Also the page setup shared with the interaction sessions.
import type { Browser, BrowserContext, CDPSession, Page, Request } from 'playwright-core';
import {
  bytesByKind,
  classify,
  totalBlockingTime,
  type FileKind,
  type KindBytes,
  type RequestRecord,
  type TaskEntry,
} from './load-metrics';
import { mobileContextOptions, SLOW_4G, throttle } from './mobile-profile';
import {
  datasetTextsUrl,
  PRACTICE_TEXTS_PATH,
  PRACTICES_PATH,
  type LoadScenario,
} from './scenarios';

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
  /** Each long task, from navigation start (the figures above summarize them). */
  tasks: TaskEntry[];
  bytes: Record<FileKind, KindBytes>;
  /** Bytes of the requests sent before the ready mark: what the first view needed. */
  bytesBeforeReady: Record<FileKind, KindBytes>;
  /** Requests to other hosts (base map tiles); they fail by design, nothing leaves the machine. */
  externalRequests: number;
  /**
   * Requests of the page's origin missing from its Resource Timing: sent by a worker. Under the
   * mobile profile they may escape the page's network throttling (it is set on the page only).
   */
  requestsOutsidePage: number;
  /** First contentful paint and the last largest-contentful-paint entry; null if none came. */
  fcpMs: number | null;
  lcpMs: number | null;
  /** Sum over long tasks of their time beyond 50 ms, from navigation start to the ready mark. */
  blockingMs: number;
}

export const LONG_TASKS_KEY = '__benchLongTasks';
export const LAST_INPUT_KEY = '__benchLastInput';
export const LCP_KEY = '__benchLargestPaint';
/** How long a settled page may still take to paint before its paint figures count as absent. */
const PAINT_WAIT_MS = 5_000;

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
  profile: 'loopback' | 'mobile' = 'loopback',
): Promise<BenchPage> {
  const base = new URL(baseUrl);
  const context = await browser.newContext(
    profile === 'mobile'
      ? mobileContextOptions(browser.version())
      : { viewport: { width: 1280, height: 800 } },
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  if (profile === 'mobile') await throttle(cdp, SLOW_4G);
  await page.addInitScript(
    ({ tasksKey, inputKey, lcpKey }) => {
      const tasks: { start: number; duration: number }[] = [];
      Object.assign(window, { [tasksKey]: tasks, [inputKey]: null, [lcpKey]: null });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          tasks.push({ start: entry.startTime, duration: entry.duration });
        }
      }).observe({ type: 'longtask', buffered: true });
      // the latest candidate is the page's largest contentful paint (no input ends it here)
      new PerformanceObserver((list) => {
        const last = list.getEntries().at(-1);
        if (last) Object.assign(window, { [lcpKey]: last.startTime });
      }).observe({ type: 'largest-contentful-paint', buffered: true });
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
    { tasksKey: LONG_TASKS_KEY, inputKey: LAST_INPUT_KEY, lcpKey: LCP_KEY },
  );
  if (practicesUrl) {
    // the dataset's two files: the practices and, when a view asks for them, their texts
    for (const [filePath, url] of [
      [PRACTICES_PATH, practicesUrl],
      [PRACTICE_TEXTS_PATH, datasetTextsUrl(practicesUrl)],
    ] as const) {
      const pathname = `${base.pathname}${filePath}`;
      const target = new URL(url, base).href;
      await page.route(
        (url) => url.origin === base.origin && url.pathname === pathname,
        (route) => route.continue({ url: target }),
      );
    }
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

/**
 * The same without polling: one evaluation that a PerformanceObserver resolves. Under the mobile
 * profile a poll every 10 ms would run on the 4× slowed main thread and count in its long tasks.
 */
export async function observeMark(
  page: Page,
  mark: string,
  timeoutMs = Number.POSITIVE_INFINITY,
): Promise<number> {
  return page.evaluate(
    ({ name, waitMs }) =>
      new Promise<number>((resolve, reject) => {
        const observer = new PerformanceObserver((list) => {
          const entry = list.getEntriesByName(name)[0];
          if (!entry) return;
          observer.disconnect();
          resolve(entry.startTime);
        });
        observer.observe({ type: 'mark', buffered: true });
        // (a page that is stuck cannot run this: measureLoad keeps its own deadline in Node)
        if (waitMs !== null) {
          setTimeout(() => reject(new Error(`no ${name} within ${waitMs / 1000} s`)), waitMs);
        }
      }),
    { name: mark, waitMs: Number.isFinite(timeoutMs) ? timeoutMs : null },
  );
}

export async function measureLoad(
  browser: Browser,
  baseUrl: string,
  scenario: LoadScenario,
): Promise<LoadRun> {
  const base = new URL(baseUrl);
  const { context, page, cdp } = await openBenchPage(
    browser,
    baseUrl,
    scenario.practicesUrl,
    scenario.profile,
  );
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
  const readyMs =
    scenario.profile === 'mobile'
      ? await observeMark(page, scenario.readyMark)
      : await waitForMark(page, scenario.readyMark, scenario.timeoutMs);
  // Settled: 500 ms without network traffic, and whatever the ready mark set off has run.
  await page.waitForLoadState('networkidle', { timeout: scenario.timeoutMs });
  // A page that marks before it paints (the floor draws its canvas, marks, then the frame comes)
  // may have no first contentful paint yet when the network was quiet already: wait for it.
  await page.evaluate(
    (waitMs) =>
      new Promise<void>((resolve) => {
        if (performance.getEntriesByName('first-contentful-paint').length > 0) return resolve();
        const observer = new PerformanceObserver((list) => {
          if (list.getEntriesByName('first-contentful-paint').length === 0) return;
          observer.disconnect();
          resolve();
        });
        observer.observe({ type: 'paint' });
        setTimeout(() => {
          observer.disconnect();
          resolve();
        }, waitMs);
      }),
    PAINT_WAIT_MS,
  );
  const seen = await page.evaluate(
    ({ tasksKey, lcpKey }) => {
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ] as PerformanceResourceTiming[];
      const own = window as unknown as Record<string, unknown>;
      return {
        timeOrigin: performance.timeOrigin,
        tasks: (own[tasksKey] ?? []) as { start: number; duration: number }[],
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        lcp: (own[lcpKey] ?? null) as number | null,
        decodedByUrl: entries.map((entry) => [entry.name, entry.decodedBodySize] as const),
      };
    },
    { tasksKey: LONG_TASKS_KEY, lcpKey: LCP_KEY },
  );
  const heap = await heapAfterGc(cdp);

  // Encoded sizes from the network layer (workers' requests included); decoded sizes from
  // Resource Timing (reading 100 MB bodies back through the protocol would cost more than the load).
  const decoded = new Map(seen.decodedByUrl);
  const records: RequestRecord[] = [];
  let requestsOutsidePage = 0;
  for (const request of requests) {
    const sizes = await request.sizes().catch(() => null);
    if (!sizes) continue;
    const kind = classify(new URL(request.url()), base);
    // a redirected request keeps the page's URL in Resource Timing
    const pageUrl =
      kind === 'practices' && scenario.practicesUrl
        ? new URL(PRACTICES_PATH, base).href
        : request.url();
    const decodedSize = decoded.get(pageUrl);
    if (decodedSize === undefined) requestsOutsidePage += 1;
    records.push({
      kind,
      transferred: sizes.responseBodySize,
      decoded: decodedSize ?? sizes.responseBodySize,
      // both in wall-clock milliseconds of the same machine
      startMs: Math.max(0, request.timing().startTime - seen.timeOrigin),
    });
  }
  return {
    readyMs,
    heapUsedBytes: heap.before,
    heapUsedAfterGcBytes: heap.after,
    longTasks: summarizeLongTasks(seen.tasks),
    tasks: seen.tasks,
    bytes: bytesByKind(records),
    bytesBeforeReady: bytesByKind(records, readyMs),
    externalRequests,
    requestsOutsidePage,
    fcpMs: seen.fcp,
    lcpMs: seen.lcp,
    blockingMs: totalBlockingTime(seen.tasks, readyMs),
  };
}
