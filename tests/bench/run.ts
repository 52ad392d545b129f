// `npm run bench`: a benchmark, not a test: it fails only when it cannot measure.
// Builds the production app, serves dist/ with Vite preview (gzip, as a host would), opens each
// scenario cold in headless Chromium N times and prints tables and one JSON line.
//
//   npm run bench                      # build, 5 runs per scenario
//   npm run bench -- --runs 10
//   npm run bench -- --no-build        # measure the dist/ that is there
//   npm run bench -- --scenario app    # only the scenarios so named (repeatable)
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { launchChromium } from '../e2e/browser';
import { REPO_ROOT, serveDist } from '../e2e/serve-dist';
import { benchPagesPlugin } from './bench-pages';
import { measureLoad, type LoadRun } from './measure-load';
import { formatTables, summarize } from './report';
import { SCENARIOS } from './scenarios';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
    scenario: { type: 'string', multiple: true },
  },
});

const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  throw new Error(`--runs expects a whole number of runs, 1 or more; got ${values.runs}`);
}
const scenarios = values.scenario
  ? SCENARIOS.filter((scenario) => values.scenario?.includes(scenario.name))
  : SCENARIOS;
if (scenarios.length === 0) {
  throw new Error(
    `no scenario named ${values.scenario?.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`,
  );
}

function seconds(milliseconds: number): number {
  return Math.round(milliseconds / 100) / 10;
}

// progress goes to stderr, so stdout holds only the tables and the JSON line
const log = (message: string) => process.stderr.write(`${message}\n`);

const buildStarted = performance.now();
if (!values['no-build']) {
  log('bench: npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
  if (build.status !== 0) {
    log(`bench: npm run build failed (exit ${build.status}); nothing was measured`);
    process.exit(1);
  }
}

const buildSeconds = values['no-build'] ? null : seconds(performance.now() - buildStarted);
const started = performance.now();
const server = await serveDist({ plugins: [benchPagesPlugin()] });
const browser = await launchChromium();
try {
  const datasets = new Map<string, Buffer>();
  for (const scenario of scenarios) {
    if (scenario.dataset) datasets.set(scenario.name, await scenario.dataset.body());
  }
  const results = new Map<string, LoadRun[]>(scenarios.map((scenario) => [scenario.name, []]));
  // One unrecorded load per scenario first; then the runs interleave scenarios, so a slow
  // moment of the machine does not land on one scenario only.
  for (let run = 0; run <= runs; run += 1) {
    for (const scenario of scenarios) {
      const result = await measureLoad(
        browser,
        server.baseUrl,
        scenario,
        datasets.get(scenario.name),
      );
      if (run === 0) continue;
      results.get(scenario.name)?.push(result);
      log(`bench: ${scenario.name} run ${run}/${runs}: ready ${Math.round(result.readyMs)} ms`);
    }
  }

  const figures = scenarios.map((scenario) =>
    summarize(scenario.name, results.get(scenario.name) ?? []),
  );
  console.log(formatTables(figures));
  console.log('');
  console.log(
    JSON.stringify({
      bench: 'mapa-praktyk',
      version: 1,
      date: new Date().toISOString(),
      chromium: browser.version(),
      runsPerScenario: runs,
      transfer:
        'encoded response body bytes as Chromium received them from Vite preview, which gzips text of 1 KB and more; HTTP cache disabled, fresh context per run',
      conditions:
        'loopback, no CPU or network throttling, 1280x800, base map tiles blocked (no network)',
      buildSeconds,
      measureSeconds: seconds(performance.now() - started),
      scenarios: figures,
    }),
  );
} finally {
  await browser.close();
  await server.close();
}
