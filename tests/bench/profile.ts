// When a budget is missed: a V8 CPU profile (CDP Profiler, sampling every 100 µs) of the scenario
// that missed it, its top functions by self time, each named by its place in the sources through
// the production build's source maps. The raw profile is kept (open it in Chromium's DevTools,
// Performance panel → Load profile) for whoever fixes the cause.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { TargetPractice } from './datasets';
import { openBenchPage, waitForMark } from './measure-load';
import { measureInteractionKind, measureOpen, type InteractionKind } from './measure-interactions';
import { SourceMap } from './source-map';

export type ProfiledScenario = 'load' | InteractionKind | 'open';

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
  /** The raw .cpuprofile file. */
  file: string;
  error: string | null;
}

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

export function topSelfTime(
  profile: CpuProfile,
  resolve: (
    url: string,
    line: number,
    column: number,
  ) => Omit<HotFunction, 'selfMs' | 'percent' | 'functionName'> | null,
  count = 12,
): { busyMs: number; top: HotFunction[] } {
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
    const key = `${frame.functionName}|${frame.url}|${frame.lineNumber}|${frame.columnNumber}`;
    const entry = self.get(key) ?? { node, us: 0 };
    entry.us += us;
    self.set(key, entry);
  }
  const top = [...self.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, count)
    .map(({ node, us }) => {
      const frame = node.callFrame;
      const resolved = frame.url ? resolve(frame.url, frame.lineNumber, frame.columnNumber) : null;
      return {
        functionName: frame.functionName || '(anonymous)',
        location:
          resolved?.location ??
          (frame.url ? `${frame.url}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : ''),
        text: resolved?.text ?? null,
        selfMs: Math.round(us / 100) / 10,
        percent: busyUs > 0 ? Math.round((us / busyUs) * 1000) / 10 : 0,
      };
    });
  return { busyMs: Math.round(busyUs / 1000), top };
}

/** Resolves bundle URLs of the served build (dist/assets/*.js) through their source maps. */
export function bundleResolver(distDir: string, baseUrl: string) {
  const maps = new Map<string, SourceMap | null>();
  return (url: string, line: number, column: number) => {
    if (!url.startsWith(baseUrl)) return null;
    const file = path.join(distDir, new URL(url).pathname);
    if (!maps.has(file)) maps.set(file, SourceMap.read(`${file}.map`));
    const position = maps.get(file)?.lookup(line, column);
    if (!position) return null;
    const source = position.source.replace(/^(\.\.\/)+/, '');
    return { location: `${source}:${position.line}`, text: position.text };
  };
}

/** Profiles `work`; a failing scenario is still profiled (its error comes back with it). */
async function profiled(
  cdp: CDPSession,
  work: () => Promise<unknown>,
): Promise<{ profile: CpuProfile; error: string | null }> {
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
  return { profile: profile as CpuProfile, error };
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
}

export async function profileScenario(options: ProfileOptions): Promise<ProfileFindings> {
  const { browser, baseUrl, scenario } = options;
  const file = path.join(options.outDir, `${options.dataset}-${scenario}.cpuprofile`);
  const findings: ProfileFindings = {
    dataset: options.dataset,
    scenario,
    busyMs: 0,
    top: [],
    file,
    error: null,
  };
  const { context, page, cdp } = await openBenchPage(browser, baseUrl, options.practicesUrl);
  try {
    let taken: { profile: CpuProfile; error: string | null };
    const loadApp = async (target: Page) => {
      await target.goto(baseUrl, { waitUntil: 'commit' });
      await waitForMark(target, 'map-ready', options.timeoutMs);
    };
    if (scenario === 'load') {
      // a same-origin page first, so the app's navigation stays in the profiled renderer
      await page.goto(`${baseUrl}__bench/pages/floor.html`, { waitUntil: 'commit' });
      await page.waitForLoadState('load');
      taken = await profiled(cdp, () => loadApp(page));
    } else {
      await loadApp(page);
      await page.waitForLoadState('networkidle', { timeout: options.timeoutMs });
      taken = await profiled(cdp, async () => {
        const series =
          scenario === 'open'
            ? await measureOpen(page, baseUrl, options.target, 3)
            : await measureInteractionKind(page, scenario, options.interactions);
        if (series.error) throw new Error(series.error);
      });
    }
    const { profile } = taken;
    findings.error = taken.error;
    mkdirSync(options.outDir, { recursive: true });
    writeFileSync(file, JSON.stringify(profile));
    const { busyMs, top } = topSelfTime(profile, bundleResolver(options.distDir, baseUrl));
    findings.busyMs = busyMs;
    findings.top = top;
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
  return lines.join('\n');
}
