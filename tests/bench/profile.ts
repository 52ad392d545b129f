// When a budget is missed: a V8 CPU profile (CDP Profiler, sampling every 100 µs) of the scenario
// that missed it, its top functions by self time, each named by its place in the sources through
// the production build's source maps. The raw profile is kept (open it in Chromium's DevTools,
// Performance panel → Load profile) for whoever fixes the cause.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { TargetPractice } from './datasets';
import { observeMark, openBenchPage, waitForMark } from './measure-load';
import { measureInteractionKind, measureOpen, type InteractionKind } from './measure-interactions';
import { SourceMap } from './source-map';

/** `settle`: the 5 s after the app settled, untouched (idle-time work between interactions). */
export type ProfiledScenario = 'load' | InteractionKind | 'open' | 'settle';

export interface HotFunction {
  /** Name in the bundle (minified) or V8's own entries: (garbage collector), (program). */
  functionName: string;
  /** `src/….ts:line` or `node_modules/…:line`, through the source map; else the bundle's URL. */
  location: string;
  /** The original source line at the function, trimmed. */
  text: string | null;
  selfMs: number;
  /** Share of all non-idle samples. */
  percent: number;
}

export interface ProfileFindings {
  dataset: string;
  scenario: ProfiledScenario;
  /** Busy (non-idle) time sampled. */
  busyMs: number;
  top: HotFunction[];
  /** Self time summed by package (node_modules/x), source file (src/…) or V8 entry. */
  places: { place: string; selfMs: number }[];
  /** The renderer's main thread in the Chromium trace: time by event, self (children excluded). */
  trace: { mainThreadMs: number; top: TraceEntry[] } | null;
  /** For `load`: each file's request start and response end, and the marks, from navigation start. */
  waterfall: { name: string; startMs: number; endMs: number }[];
  /** The raw .cpuprofile file (the trace is kept beside it, .trace.json). */
  file: string;
  error: string | null;
}

export interface TraceEntry {
  /** Chromium's trace event name: Layout, UpdateLayoutTree, Paint, FunctionCall, MajorGC… */
  name: string;
  selfMs: number;
  percent: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * Self time by event name on the busiest renderer main thread of a Chromium trace: what the
 * CPU profile lumps into "(program)" (style, layout, paint, parsing, DOM work) named.
 */
export function topTraceEvents(
  events: readonly TraceEvent[],
  count = 10,
): { mainThreadMs: number; top: TraceEntry[] } {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || event.dur === undefined || !mains.has(thread)) continue;
    byThread.set(thread, [...(byThread.get(thread) ?? []), event]);
  }
  const total = (list: TraceEvent[]) => list.reduce((sum, e) => sum + (e.dur ?? 0), 0);
  const busiest = [...byThread.values()].sort((a, b) => total(b) - total(a))[0] ?? [];
  busiest.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  let topLevelUs = 0;
  for (const event of busiest) {
    const dur = event.dur ?? 0;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top && top.ts + (top.dur ?? 0) <= event.ts) stack.pop();
      else break;
    }
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - dur);
    else topLevelUs += dur;
    self.set(event.name, (self.get(event.name) ?? 0) + dur);
    stack.push(event);
  }
  const top = [...self.entries()]
    // the CPU profiler's own work, running beside the trace, is left out of the list
    .filter(([name]) => !name.startsWith('CpuProfiler::'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({
      name,
      selfMs: Math.round(us / 100) / 10,
      percent: topLevelUs > 0 ? Math.round((us / topLevelUs) * 1000) / 10 : 0,
    }));
  return { mainThreadMs: Math.round(topLevelUs / 1000), top };
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'loading',
];

interface ProfileNode {
  id: number;
  callFrame: {
    functionName: string;
    url: string;
    lineNumber: number;
    columnNumber: number;
  };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

const DRIVER = "(bench driver: Playwright's injected script)";

export function topSelfTime(
  profile: CpuProfile,
  resolve: (
    url: string,
    line: number,
    column: number,
  ) => Omit<HotFunction, 'selfMs' | 'percent' | 'functionName'> | null,
  count = 12,
): { busyMs: number; top: HotFunction[]; places: { place: string; selfMs: number }[] } {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<string, { node: ProfileNode; us: number }>();
  let busyUs = 0;
  for (let i = 0; i < samples.length; i += 1) {
    const node = byNode.get(samples[i] ?? -1);
    // a sample's time is the gap to the next one
    const us = deltas[i + 1] ?? 0;
    if (!node || node.callFrame.functionName === '(idle)') continue;
    busyUs += us;
    const frame = node.callFrame;
    // Playwright's injected scripts (locators, polling) have a position but no URL; builtins
    // and DOM calls have neither. The driver's share is one line of its own.
    const driver = frame.url === '' && frame.lineNumber >= 0;
    const key = driver
      ? DRIVER
      : `${frame.functionName}|${frame.url}|${frame.lineNumber}|${frame.columnNumber}`;
    const entry = self.get(key) ?? { node, us: 0 };
    entry.us += us;
    self.set(key, entry);
  }
  const all = [...self.values()]
    .sort((a, b) => b.us - a.us)
    .map(({ node, us }) => {
      const frame = node.callFrame;
      const resolved = frame.url ? resolve(frame.url, frame.lineNumber, frame.columnNumber) : null;
      const driver = frame.url === '' && frame.lineNumber >= 0;
      return {
        functionName: driver ? DRIVER : frame.functionName || '(anonymous)',
        location:
          resolved?.location ??
          (frame.url ? `${frame.url}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : ''),
        text: resolved?.text ?? null,
        selfMs: Math.round(us / 100) / 10,
        percent: busyUs > 0 ? Math.round((us / busyUs) * 1000) / 10 : 0,
      };
    });
  // self time by where the code lives: a package of node_modules, a file of src/, or V8's own
  const byPlace = new Map<string, number>();
  for (const hot of all) {
    const place = hot.location.startsWith('node_modules/')
      ? hot.location
          .split('/')
          .slice(0, hot.location.split('/')[1]?.startsWith('@') ? 3 : 2)
          .join('/')
      : hot.location.startsWith('src/')
        ? (hot.location.split(':')[0] ?? hot.location)
        : hot.location === ''
          ? hot.functionName.startsWith('(')
            ? hot.functionName
            : '(builtins and DOM calls)'
          : '(bundle, unmapped)';
    byPlace.set(place, (byPlace.get(place) ?? 0) + hot.selfMs);
  }
  const places = [...byPlace.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([place, ms]) => ({ place, selfMs: Math.round(ms * 10) / 10 }));
  return { busyMs: Math.round(busyUs / 1000), top: all.slice(0, count), places };
}

/**
 * Resolves bundle URLs of the served build (its assets/*.js) through their source maps, to
 * paths relative to the repository (`src/…`, `node_modules/…`).
 */
export function bundleResolver(distDir: string, baseUrl: string, repoRoot: string) {
  const maps = new Map<string, SourceMap | null>();
  return (url: string, line: number, column: number) => {
    if (!url.startsWith(baseUrl)) return null;
    const file = path.join(distDir, new URL(url).pathname);
    if (!maps.has(file)) maps.set(file, SourceMap.read(`${file}.map`));
    const position = maps.get(file)?.lookup(line, column);
    if (!position) return null;
    const source = path.relative(repoRoot, path.resolve(path.dirname(file), position.source));
    return { location: `${source}:${position.line}`, text: position.text };
  };
}

interface Taken {
  profile: CpuProfile;
  trace: Buffer;
  error: string | null;
}

/**
 * A CPU profile and a Chromium performance trace of `work`; a failing scenario is still
 * profiled (its error comes back with it).
 */
async function profiled(
  browser: Browser,
  page: Page,
  cdp: CDPSession,
  work: () => Promise<unknown>,
): Promise<Taken> {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  let error: string | null = null;
  try {
    await work();
  } catch (failure) {
    error = (failure as Error).message.split('\n')[0] ?? 'unknown';
  }
  const { profile } = await cdp.send('Profiler.stop');
  const trace = await browser.stopTracing();
  return { profile: profile as CpuProfile, trace, error };
}

export interface ProfileOptions {
  browser: Browser;
  baseUrl: string;
  distDir: string;
  outDir: string;
  dataset: string;
  practicesUrl?: string;
  target: TargetPractice | null;
  scenario: ProfiledScenario;
  interactions: number;
  timeoutMs: number;
  repoRoot: string;
  /** The mobile profile (mobile-profile.ts) throttles the profiled page; `dataset` names it. */
  profile?: 'loopback' | 'mobile';
}

export async function profileScenario(options: ProfileOptions): Promise<ProfileFindings> {
  const { browser, baseUrl, scenario } = options;
  const stem = options.dataset.replace(/[^\w-]+/g, '-');
  const file = path.join(options.outDir, `${stem}-${scenario}.cpuprofile`);
  const findings: ProfileFindings = {
    dataset: options.dataset,
    scenario,
    busyMs: 0,
    top: [],
    places: [],
    trace: null,
    waterfall: [],
    file,
    error: null,
  };
  const { context, page, cdp } = await openBenchPage(
    browser,
    baseUrl,
    options.practicesUrl,
    options.profile,
  );
  try {
    let taken: Taken;
    const loadApp = async (target: Page) => {
      await target.goto(baseUrl, { waitUntil: 'commit' });
      // polling the mark would run on the throttled main thread and show in the profile
      if (options.profile === 'mobile') await observeMark(target, 'map-ready', options.timeoutMs);
      else await waitForMark(target, 'map-ready', options.timeoutMs);
    };
    if (scenario === 'load') {
      // a same-origin page first, so the app's navigation stays in the profiled renderer
      await page.goto(`${baseUrl}__bench/pages/floor.html`, { waitUntil: 'commit' });
      await page.waitForLoadState('load');
      taken = await profiled(browser, page, cdp, () => loadApp(page));
      findings.waterfall = await page.evaluate(() => [
        ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => entry.name.startsWith(location.origin))
          .map((entry) => ({
            name: new URL(entry.name).pathname,
            startMs: Math.round(entry.startTime),
            endMs: Math.round(entry.responseEnd),
          })),
        ...performance.getEntriesByType('mark').map((entry) => ({
          name: `mark ${entry.name}`,
          startMs: Math.round(entry.startTime),
          endMs: Math.round(entry.startTime),
        })),
      ]);
    } else if (scenario === 'settle') {
      await loadApp(page);
      taken = await profiled(browser, page, cdp, () => page.waitForTimeout(5_000));
    } else {
      await loadApp(page);
      await page.waitForLoadState('networkidle', { timeout: options.timeoutMs });
      taken = await profiled(browser, page, cdp, async () => {
        const series =
          scenario === 'open'
            ? await measureOpen(page, baseUrl, options.target, 3)
            : await measureInteractionKind(page, scenario, options.interactions);
        if (series.error) throw new Error(series.error);
      });
    }
    const { profile, trace } = taken;
    findings.error = taken.error;
    mkdirSync(options.outDir, { recursive: true });
    writeFileSync(file, JSON.stringify(profile));
    writeFileSync(file.replace(/\.cpuprofile$/, '.trace.json'), trace);
    const { busyMs, top, places } = topSelfTime(
      profile,
      bundleResolver(options.distDir, baseUrl, options.repoRoot),
    );
    findings.busyMs = busyMs;
    findings.top = top;
    findings.places = places;
    const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] };
    findings.trace = topTraceEvents(parsed.traceEvents ?? []);
  } catch (error) {
    findings.error = (error as Error).message.split('\n')[0] ?? 'unknown';
  } finally {
    await context.close();
  }
  return findings;
}

export function formatProfile(findings: ProfileFindings): string {
  const lines = [
    `profile: ${findings.dataset} · ${findings.scenario}: ${findings.busyMs} ms busy on the main thread; top self time (${findings.file})`,
  ];
  if (findings.error) lines.push(`  profiling stopped: ${findings.error}`);
  for (const hot of findings.top) {
    lines.push(
      `  ${String(hot.selfMs).padStart(8)} ms ${String(hot.percent).padStart(5)}%  ${hot.functionName}  ${hot.location}${hot.text ? `  | ${hot.text}` : ''}`,
    );
  }
  if (findings.places.length > 0) {
    lines.push(
      '  self time by place, ms: ' +
        findings.places.map((entry) => `${entry.place} ${entry.selfMs}`).join(', '),
    );
  }
  if (findings.waterfall.length > 0) {
    lines.push(
      '  load timeline (ms from navigation start, CPU profiler and trace running): ' +
        findings.waterfall
          .map((entry) =>
            entry.startMs === entry.endMs
              ? `${entry.name} @${entry.startMs}`
              : `${entry.name} ${entry.startMs}→${entry.endMs}`,
          )
          .join(', '),
    );
  }
  if (findings.trace) {
    lines.push(
      `  trace, renderer main thread: ${findings.trace.mainThreadMs} ms in tasks; self time by event: ` +
        findings.trace.top.map((entry) => `${entry.name} ${entry.selfMs}`).join(', '),
    );
  }
  return lines.join('\n');
}
