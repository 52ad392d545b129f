// What the benchmark measures. A scenario is one page opened cold in a fresh browser context and
// timed until its ready mark. The list is meant to grow (issue 5): synthetic datasets, the floor
// page and the naive peer are new entries here, not new code paths.
import { DATA_FILES } from '../../src/config/data-files';

/** A practices file served in place of the shipped one, by request interception. */
export interface Dataset {
  name: string;
  /** The file's bytes; built once per bench run (fixed seed, so the same every time). */
  body: () => Buffer | Promise<Buffer>;
}

export interface LoadScenario {
  kind: 'load';
  name: string;
  /**
   * Page to open, relative to the server's base URL: '' is the app; pages of the benchmark's
   * own (the floor, the naive peer) live under `__bench/` (see bench-pages.ts).
   */
  path: string;
  /** `performance.mark` name that says the page shows what it must. */
  readyMark: string;
  /** Replaces the app's practices file. Absent: the shipped file is served as is. */
  dataset?: Dataset;
}

export type Scenario = LoadScenario;

/** Intercepted path of the practices file, relative to the base URL. */
export const PRACTICES_PATH = DATA_FILES.practices;

export const SCENARIOS: Scenario[] = [
  { kind: 'load', name: 'app', path: '', readyMark: 'map-ready' },
  // Issue 5 adds, for example:
  // { kind: 'load', name: 'app, 10k practices', path: '', readyMark: 'map-ready',
  //   dataset: { name: '10k', body: () => syntheticPractices({ count: 10_000, seed: 1 }) } },
  // { kind: 'load', name: 'floor', path: '__bench/floor/index.html', readyMark: 'map-ready' },
  // { kind: 'load', name: 'naive peer', path: '__bench/naive-peer/index.html', readyMark: 'map-ready' },
];
