// `npm run bench`: a benchmark, not a test: it fails only when it cannot measure.
// Builds the production app and the naive peer, serves both (and the floor page) with Vite
// preview (gzip, as a host would), and in headless Chromium, per dataset (shipped, 1k, 10k, 100k):
// cold loads of the app, the floor and the naive peer, then one interaction session of the app
// (filter clicks, typed searches, opening the practice with the most partners). Then the same
// three subjects loaded cold under the mobile profile (mobile-profile.ts: Lighthouse's "Slow 4G",
// CPU 4× slower, a 390×844 phone), shipped data by default. Prints a table per dataset with
// issue 5's budgets, a mobile table with issue 12's, CPU profiles of what missed a loopback
// budget, and one JSON line.
//
//   npm run bench                              # everything (about 12 minutes on 2 cores)
//   npm run bench -- --runs 10                 # cold loads per scenario (100k: --runs-100k)
//   npm run bench -- --no-build                # measure the dist/ that is there
//   npm run bench -- --brotli                  # the build's .br copies, as nginx brotli_static
//   npm run bench -- --dataset shipped --dataset 10k
//   npm run bench -- --no-naive --no-profile --interactions 30
//   npm run bench -- --mobile-only --runs 3    # only the mobile loads (--mobile-runs N apart)
//   npm run bench -- --no-mobile               # only loopback
//   npm run bench -- --pans 0                  # no pan at zoom 10 (measure-pan.ts; default 20)
//   npm run bench -- --mobile-dataset shipped --mobile-dataset 10k
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { geodataSourceDir } from '../../geodata/paths';
import { DATA_FILES } from '../../src/config/data-files';
import { launchChromium } from '../e2e/browser';
import { build, preview, type PluginOption } from 'vite';
import { REPO_ROOT } from '../e2e/serve-dist';
import {
  benchPagesPlugin,
  memoryFile,
  precompressedBrotliPlugin,
  type MemoryFile,
} from './bench-pages';
import {
  datasetName,
  shippedDataset,
  syntheticDataset,
  SYNTHETIC_SEED,
  type BenchDataset,
} from './datasets';
import { buildNaivePeer } from './naive-peer/build';
import { measureSession, type SessionRun } from './measure-interactions';
import { measureLoad, type LoadRun } from './measure-load';
import { formatPan, measurePan, type PanSeries } from './measure-pan';
import {
  checkMobileBudgets,
  formatMobile,
  summarizeMobile,
  type MobileDatasetFigures,
} from './mobile-report';
import {
  describeMobileProfile,
  devtoolsNetworkConditions,
  MOBILE_SCREEN,
  SLOW_4G,
} from './mobile-profile';
import {
  formatProfile,
  profileScenario,
  type ProfiledScenario,
  type ProfileFindings,
} from './profile';
import {
  checkBudgets,
  formatBudgetSummary,
  formatDataset,
  summarize,
  summarizeSessions,
  type DatasetFigures,
  type ScenarioFigures,
} from './report';
import {
  datasetTextsUrl,
  datasetUrl,
  FLOOR_PATH,
  NAIVE_PEER_PATH,
  SOURCE_GMINY_URL,
  type LoadScenario,
} from './scenarios';

const SIZES = [1_000, 10_000, 100_000] as const;
const ALL_DATASETS = ['shipped', ...SIZES.map(datasetName)];

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'runs-100k': { type: 'string', default: '3' },
    interactions: { type: 'string', default: '30' },
    opens: { type: 'string', default: '10' },
    pans: { type: 'string', default: '20' },
    'no-build': { type: 'boolean', default: false },
    // serve the build's .br copies to clients that accept br (nginx's brotli_static)
    brotli: { type: 'boolean', default: false },
    'no-naive': { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    // profile these scenarios on every dataset, missed budget or not: load, region, type,
    // sector, search, open, settle
    profile: { type: 'string', multiple: true },
    dataset: { type: 'string', multiple: true },
    // the mobile profile: loads only, shipped data unless --mobile-dataset says otherwise
    'no-mobile': { type: 'boolean', default: false },
    'mobile-only': { type: 'boolean', default: false },
    'mobile-runs': { type: 'string' },
    'mobile-dataset': { type: 'string', multiple: true },
  },
});

function whole(name: string, value: string | undefined, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new Error(`--${name} expects a whole number, ${min} or more; got ${value}`);
  }
  return n;
}

const runs = whole('runs', values.runs, 1);
const runs100k = whole('runs-100k', values['runs-100k'], 1);
const interactions = whole('interactions', values.interactions, 1);
const opens = whole('opens', values.opens, 1);
const pans = whole('pans', values.pans, 0);
if (values['no-mobile'] && values['mobile-only']) {
  throw new Error('--no-mobile and --mobile-only exclude each other');
}
const loopback = !values['mobile-only'];
const mobile = !values['no-mobile'];
const mobileRuns = whole('mobile-runs', values['mobile-runs'] ?? String(runs), 1);
const datasetNames = loopback ? (values.dataset ?? ALL_DATASETS) : [];
const mobileDatasetNames = mobile ? (values['mobile-dataset'] ?? ['shipped']) : [];
for (const name of [...datasetNames, ...mobileDatasetNames]) {
  if (!ALL_DATASETS.includes(name)) {
    throw new Error(`no dataset named ${name}; known: ${ALL_DATASETS.join(', ')}`);
  }
}

const PROFILED: readonly ProfiledScenario[] = [
  'load',
  'region',
  'type',
  'sector',
  'search',
  'open',
  'settle',
];
const forcedProfiles = (values.profile ?? []).map((name) => {
  const scenario = PROFILED.find((candidate) => candidate === name);
  if (!scenario) throw new Error(`--profile ${name}: known are ${PROFILED.join(', ')}`);
  return scenario;
});

const seconds = (milliseconds: number) => Math.round(milliseconds / 100) / 10;
// progress goes to stderr, so stdout holds only the tables and the JSON line
const log = (message: string) => process.stderr.write(`${message}\n`);

const benchStarted = performance.now();
// The app is built into a folder of the bench's own: other work on the same tree (tests, other
// builds) empties dist/ while the bench is measuring it. --no-build measures dist/ as it is.
let distDir = path.join(REPO_ROOT, 'dist');
if (!values['no-build']) {
  log('bench: npm run build:data, then the production build (vite build) into a temp folder');
  const data = spawnSync('npm', ['run', 'build:data'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
  if (data.status !== 0) {
    log(`bench: npm run build:data failed (exit ${data.status}); nothing was measured`);
    process.exit(1);
  }
  distDir = mkdtempSync(path.join(tmpdir(), 'mapa-praktyk-bench-dist-'));
  try {
    await build({
      root: REPO_ROOT,
      logLevel: 'warn',
      build: { outDir: distDir, emptyOutDir: true },
    });
  } catch (error) {
    log(`bench: the production build failed; nothing was measured\n${(error as Error).message}`);
    process.exit(1);
  }
}
const buildSeconds = values['no-build'] ? null : seconds(performance.now() - benchStarted);

const naiveStarted = performance.now();
const naiveDir = values['no-naive'] ? null : await buildNaivePeer('/__bench/naive-peer/');
const naiveBuildSeconds = naiveDir ? seconds(performance.now() - naiveStarted) : null;

const datasetsStarted = performance.now();
const preparedNames = ALL_DATASETS.filter(
  (name) => datasetNames.includes(name) || mobileDatasetNames.includes(name),
);
const prepared: BenchDataset[] = preparedNames.map((name) =>
  name === 'shipped'
    ? shippedDataset(path.join(distDir, DATA_FILES.practices))
    : syntheticDataset(
        SIZES.find((size) => datasetName(size) === name) ?? 0,
        path.join(distDir, DATA_FILES.gazetteer),
        SYNTHETIC_SEED,
        log,
      ),
);
const datasetSeconds = seconds(performance.now() - datasetsStarted);
const datasets = prepared.filter((dataset) => datasetNames.includes(dataset.name));
const mobileDatasets = prepared.filter((dataset) => mobileDatasetNames.includes(dataset.name));

const files = new Map<string, MemoryFile>();
for (const dataset of prepared) {
  if (dataset.synthetic) {
    files.set(
      datasetUrl(dataset.name).replace('__bench/', ''),
      memoryFile(dataset.body, 'application/json', dataset.gzip),
    );
    files.set(
      datasetTextsUrl(datasetUrl(dataset.name)).replace('__bench/', ''),
      memoryFile(dataset.texts.body, 'application/json', dataset.texts.gzip),
    );
  }
}
if (naiveDir) {
  // the naive peer draws the source GeoJSON itself, read from GEODATA_SRC, never copied
  const source = path.join(geodataSourceDir(), 'poland.municipalities.json');
  files.set(
    SOURCE_GMINY_URL.replace('__bench/', ''),
    memoryFile(readFileSync(source), 'application/json'),
  );
}

/** Vite preview (gzip as a host would) of the build in `outDir`, on a free loopback port. */
async function serveBuild(outDir: string, plugins: PluginOption[]) {
  if (!existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(`no production build in ${outDir}: run npm run build, or drop --no-build`);
  }
  const server = await preview({
    root: REPO_ROOT,
    logLevel: 'warn',
    plugins,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('Vite preview started but reported no local URL');
  }
  return { baseUrl: url.endsWith('/') ? url : `${url}/`, close: () => server.close() };
}

function loadScenarios(): LoadScenario[] {
  const list: LoadScenario[] = [
    {
      kind: 'load',
      name: 'floor',
      subject: 'floor',
      dataset: null,
      path: FLOOR_PATH,
      readyMark: 'map-ready',
      runs,
      warmUp: true,
      timeoutMs: 30_000,
    },
  ];
  for (const dataset of datasets) {
    const big = dataset.practices >= 100_000;
    list.push({
      kind: 'load',
      name: `app · ${dataset.name}`,
      subject: 'app',
      dataset: dataset.name,
      path: '',
      readyMark: 'map-ready',
      practicesUrl: dataset.synthetic ? datasetUrl(dataset.name) : undefined,
      runs: big ? runs100k : runs,
      warmUp: !big,
      timeoutMs: big ? 120_000 : 60_000,
    });
  }
  // one SVG marker per practice: 10k take 10-20 s a load, 100k do not finish; 3 loads, 1 try
  for (const dataset of naiveDir ? datasets : []) {
    list.push({
      kind: 'load',
      name: `naive peer · ${dataset.name}`,
      subject: 'naive peer',
      dataset: dataset.name,
      path: NAIVE_PEER_PATH,
      readyMark: 'map-ready',
      practicesUrl: dataset.synthetic ? datasetUrl(dataset.name) : undefined,
      runs: dataset.practices >= 100_000 ? 1 : dataset.practices >= 10_000 ? 3 : runs,
      warmUp: dataset.practices < 10_000,
      timeoutMs: 60_000,
      ownBrowser: dataset.practices >= 100_000,
    });
  }
  return list;
}

/** The three subjects under the mobile profile; the naive peer below 10k only (see README). */
function mobileScenarios(): LoadScenario[] {
  const list: LoadScenario[] = [
    {
      kind: 'load',
      name: 'floor · mobile',
      subject: 'floor',
      dataset: null,
      path: FLOOR_PATH,
      readyMark: 'map-ready',
      profile: 'mobile',
      runs: mobileRuns,
      warmUp: true,
      timeoutMs: 60_000,
    },
  ];
  for (const dataset of mobileDatasets) {
    const big = dataset.practices >= 100_000;
    list.push({
      kind: 'load',
      name: `app · ${dataset.name} · mobile`,
      subject: 'app',
      dataset: dataset.name,
      path: '',
      readyMark: 'map-ready',
      practicesUrl: dataset.synthetic ? datasetUrl(dataset.name) : undefined,
      profile: 'mobile',
      runs: big ? Math.min(mobileRuns, runs100k) : mobileRuns,
      warmUp: !big,
      timeoutMs: big ? 300_000 : 120_000,
    });
  }
  for (const dataset of naiveDir ? mobileDatasets : []) {
    if (dataset.practices >= 10_000) continue;
    list.push({
      kind: 'load',
      name: `naive peer · ${dataset.name} · mobile`,
      subject: 'naive peer',
      dataset: dataset.name,
      path: NAIVE_PEER_PATH,
      readyMark: 'map-ready',
      practicesUrl: dataset.synthetic ? datasetUrl(dataset.name) : undefined,
      profile: 'mobile',
      runs: mobileRuns,
      warmUp: true,
      timeoutMs: 120_000,
    });
  }
  return list;
}

interface MeasuredLoads {
  runs: LoadRun[];
  error: string | null;
}

async function measureLoads(
  browser: Browser,
  baseUrl: string,
  scenarios: LoadScenario[],
): Promise<Map<string, MeasuredLoads>> {
  const results = new Map<string, LoadRun[]>(scenarios.map((s) => [s.name, []]));
  const errors = new Map<string, string>();
  const rounds = Math.max(...scenarios.map((s) => s.runs));
  // One unrecorded load per scenario first (round 0); then the runs interleave scenarios, so a
  // slow moment of the machine does not land on one scenario only. Scenarios with fewer runs
  // take the last rounds.
  for (let round = 0; round <= rounds; round += 1) {
    for (const scenario of scenarios) {
      const first = rounds - scenario.runs + 1;
      if (errors.has(scenario.name)) continue;
      if (round === 0 ? !scenario.warmUp : round < first) continue;
      const own = scenario.ownBrowser ? await launchChromium() : null;
      try {
        const result = await measureLoad(own ?? browser, baseUrl, scenario);
        if (round === 0) continue;
        results.get(scenario.name)?.push(result);
        const paint = result.fcpMs === null ? '' : `, first paint ${Math.round(result.fcpMs)} ms`;
        log(
          `bench: ${scenario.name} load ${round - first + 1}/${scenario.runs}: ${Math.round(result.readyMs)} ms${paint}`,
        );
      } catch (error) {
        const message = (error as Error).message.split('\n')[0] ?? 'unknown';
        errors.set(scenario.name, `gave up after a failed load: ${message}`);
        log(`bench: ${scenario.name}: ${message}`);
      } finally {
        await own?.close();
      }
    }
  }
  return new Map(
    scenarios.map((s) => [
      s.name,
      { runs: results.get(s.name) ?? [], error: errors.get(s.name) ?? null },
    ]),
  );
}

const server = await serveBuild(distDir, [
  ...(values.brotli ? [precompressedBrotliPlugin(distDir)] : []),
  benchPagesPlugin({ folders: naiveDir ? { 'naive-peer': naiveDir } : {}, files }),
]);
const browser = await launchChromium();
const profileDir = path.join(tmpdir(), `mapa-praktyk-bench-profiles-${process.pid}`);
// The machine's load before and after measuring: figures taken while other work ran are slower.
const loadAverage = () => loadavg().map((value) => Math.round(value * 100) / 100);
const loadBefore = loadAverage();
try {
  const measureStarted = performance.now();
  const loads = new Map<string, ScenarioFigures>();
  if (loopback) {
    const measured = await measureLoads(browser, server.baseUrl, loadScenarios());
    for (const [name, { runs: list, error }] of measured) {
      loads.set(name, summarize(name, list, error));
    }
  }
  const loadSeconds = seconds(performance.now() - measureStarted);

  const sessionsStarted = performance.now();
  const sessions = new Map<string, SessionRun>();
  for (const dataset of datasets) {
    log(`bench: app · ${dataset.name}: ${interactions} interactions of each kind, ${opens} opens`);
    try {
      const session = await measureSession(browser, server.baseUrl, {
        practicesUrl: dataset.synthetic ? datasetUrl(dataset.name) : undefined,
        target: dataset.target,
        interactions,
        opens,
        timeoutMs: 120_000,
      });
      sessions.set(dataset.name, session);
    } catch (error) {
      log(
        `bench: app · ${dataset.name}: session failed: ${(error as Error).message.split('\n')[0]}`,
      );
    }
  }
  const sessionSeconds = seconds(performance.now() - sessionsStarted);

  // Panning at zoom 10, light borders only (as before the detail files) and with them.
  const panSeries: PanSeries[] = [];
  if (loopback && pans > 0) {
    for (const detail of [false, true]) {
      log(`bench: pan at zoom 10, ${detail ? 'detail' : 'light'} borders, ${pans} pans`);
      panSeries.push(await measurePan(browser, server.baseUrl, { detail, pans }));
    }
  }

  const figures: DatasetFigures[] = datasets.map((dataset) => {
    const session = sessions.get(dataset.name);
    const partial = {
      dataset: dataset.name,
      practices: dataset.practices,
      app: loads.get(`app · ${dataset.name}`) ?? null,
      floor: loads.get('floor') ?? null,
      naivePeer: loads.get(`naive peer · ${dataset.name}`) ?? null,
      session: session ? summarizeSessions([session]) : null,
    };
    return { ...partial, budgets: checkBudgets(partial) };
  });

  // A CPU profile of each scenario that missed a budget (one per dataset and scenario).
  const profilesStarted = performance.now();
  const profiles: ProfileFindings[] = [];
  if (!values['no-profile']) {
    for (const d of figures) {
      const dataset = datasets.find((candidate) => candidate.name === d.dataset);
      const wanted = new Set<ProfiledScenario>(forcedProfiles);
      for (const budget of d.budgets) {
        if (budget.met !== false) continue;
        if (budget.figure.startsWith('map-ready') || budget.figure === 'heap after load')
          wanted.add('load');
        for (const kind of ['region', 'type', 'sector', 'search'] as const) {
          if (budget.figure === `${kind} worst`) wanted.add(kind);
        }
        if (budget.figure === 'open practice median') wanted.add('open');
        if (
          budget.figure.includes('long task in filtering') ||
          budget.figure === 'long tasks in filtering'
        ) {
          // where the long tasks started: within interactions of a kind, or between them
          const by = d.session?.filterLongTasksBy;
          for (const kind of ['region', 'type', 'sector', 'search'] as const) {
            if ((by?.[kind].count ?? 0) > 0) wanted.add(kind);
          }
          if ((by?.between.count ?? 0) > 0) wanted.add('settle');
        }
      }
      for (const scenario of wanted) {
        log(`bench: profiling app · ${d.dataset} · ${scenario}`);
        const findings = await profileScenario({
          browser,
          baseUrl: server.baseUrl,
          distDir,
          outDir: profileDir,
          dataset: d.dataset,
          practicesUrl: dataset?.synthetic ? datasetUrl(d.dataset) : undefined,
          target: dataset?.target ?? null,
          scenario,
          interactions: Math.min(interactions, 10),
          timeoutMs: 120_000,
          repoRoot: REPO_ROOT,
        });
        profiles.push(findings);
      }
    }
  }
  const profileSeconds = seconds(performance.now() - profilesStarted);

  // The mobile profile: cold loads only (the floor, the app, the naive peer), interleaved.
  const mobileStarted = performance.now();
  const mobileLoadBefore = loadAverage();
  const mobileLoads = mobile
    ? await measureLoads(browser, server.baseUrl, mobileScenarios())
    : new Map<string, { runs: LoadRun[]; error: string | null }>();
  const mobileLoadAfter = loadAverage();
  const mobileSummary = (name: string) => {
    const measured = mobileLoads.get(name);
    return measured ? summarizeMobile(name, measured.runs, measured.error) : null;
  };
  const mobileFigures: MobileDatasetFigures[] = mobileDatasets.map((dataset) => {
    const partial = {
      dataset: dataset.name,
      practices: dataset.practices,
      app: mobileSummary(`app · ${dataset.name} · mobile`),
      floor: mobileSummary('floor · mobile'),
      naivePeer: mobileSummary(`naive peer · ${dataset.name} · mobile`),
    };
    return { ...partial, budgets: checkMobileBudgets(partial) };
  });
  // A missed mobile budget: a CPU profile and load timeline of the app's load, throttled.
  if (!values['no-profile']) {
    for (const m of mobileFigures) {
      if (!m.budgets.some((budget) => budget.met === false)) continue;
      const dataset = mobileDatasets.find((candidate) => candidate.name === m.dataset);
      log(`bench: profiling app · ${m.dataset} · mobile · load`);
      profiles.push(
        await profileScenario({
          browser,
          baseUrl: server.baseUrl,
          distDir,
          outDir: profileDir,
          dataset: `${m.dataset} · mobile`,
          practicesUrl: dataset?.synthetic ? datasetUrl(m.dataset) : undefined,
          target: null,
          scenario: 'load',
          interactions: 0,
          timeoutMs: 300_000,
          repoRoot: REPO_ROOT,
          profile: 'mobile',
        }),
      );
    }
  }
  const mobileSeconds = seconds(performance.now() - mobileStarted);

  const loadAfter = loadAverage();
  const machine = `${cpus().length} cores; load average (1, 5, 15 min) ${loadBefore.join(' ')} before measuring, ${loadAfter.join(' ')} after`;
  const conditions = `loopback, no CPU or network throttling, 1280x800, headless Chromium, base map tiles blocked (no network); ${machine}`;
  const mobileConditions = `${describeMobileProfile()}; cold loads (fresh context, HTTP cache off), median of ${mobileRuns}; headless Chromium, base map tiles blocked; ${cpus().length} cores; load average (1, 5, 15 min) ${mobileLoadBefore.join(' ')} before the mobile loads, ${mobileLoadAfter.join(' ')} after`;
  console.log(`Mapa Praktyk benchmark — ${loopback ? conditions : machine}`);
  console.log(
    `bytes: encoded response bodies as received (${values.brotli ? "the build's brotli copies where there is one (--brotli), else " : ''}gzip from Vite preview, text ≥ 1 KB); ` +
      'synthetic practices are redirected to the bench server by request interception (page.route), ' +
      'the shipped file is served as is; times: median / worst; interactions: input event time stamp → ' +
      'first new results-updated mark; open: click → detail heading visible + next frame',
  );
  if (mobile) {
    console.log(
      `mobile profile: ${mobileConditions}; total blocking time: long tasks' time beyond 50 ms ` +
        'up to map-ready; longest task and transfer: up to settled (map-ready, then 500 ms without ' +
        'requests); JS before map-ready: scripts requested before the mark',
    );
  }
  for (const d of figures) {
    console.log('');
    console.log(formatDataset(d));
    const phone = mobileFigures.find((m) => m.dataset === d.dataset);
    if (phone) {
      console.log('');
      console.log(formatMobile(phone));
    }
  }
  for (const phone of mobileFigures.filter((m) => !figures.some((d) => d.dataset === m.dataset))) {
    console.log('');
    console.log(formatMobile(phone));
  }
  console.log('');
  console.log(
    formatBudgetSummary([
      ...figures,
      ...mobileFigures.map((m) => ({ dataset: `${m.dataset} · mobile`, budgets: m.budgets })),
    ]),
  );
  if (panSeries.length > 0) {
    console.log('');
    console.log(formatPan(panSeries));
  }
  for (const findings of profiles) {
    console.log('');
    console.log(formatProfile(findings));
  }
  const totalSeconds = seconds(performance.now() - benchStarted);
  console.log('');
  console.log(
    `run time: ${totalSeconds} s (build ${buildSeconds ?? 'skipped'} s, naive peer build ${naiveBuildSeconds ?? 'skipped'} s, datasets ${datasetSeconds} s, loads ${loadSeconds} s, sessions ${sessionSeconds} s, profiles ${profileSeconds} s, mobile loads and profile ${mobileSeconds} s)`,
  );
  console.log('');
  console.log(
    JSON.stringify({
      bench: 'mapa-praktyk',
      version: 3,
      date: new Date().toISOString(),
      chromium: browser.version(),
      conditions,
      seed: SYNTHETIC_SEED,
      runs: { loads: runs, loads100k: runs100k, interactions, opens },
      seconds: {
        total: totalSeconds,
        build: buildSeconds,
        naiveBuild: naiveBuildSeconds,
        datasets: datasetSeconds,
        loads: loadSeconds,
        sessions: sessionSeconds,
        profiles: profileSeconds,
        mobile: mobileSeconds,
      },
      datasets: figures,
      pan: panSeries,
      profiles,
      mobile: mobile
        ? {
            conditions: mobileConditions,
            profile: {
              ...SLOW_4G,
              sent: devtoolsNetworkConditions(SLOW_4G),
              screen: { ...MOBILE_SCREEN, isMobile: true, hasTouch: true },
            },
            runs: mobileRuns,
            datasets: mobileFigures,
          }
        : null,
    }),
  );
} finally {
  await browser.close();
  await server.close();
  if (naiveDir) rmSync(naiveDir, { recursive: true, force: true });
  if (!values['no-build']) rmSync(distDir, { recursive: true, force: true });
}
