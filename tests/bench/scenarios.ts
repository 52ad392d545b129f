// What the benchmark measures. A load scenario is one page opened cold in a fresh browser context
// and timed until its ready mark; an interaction session opens the app once and then clicks
// filters, types searches and opens a practice. Subjects: the app, the floor (a bare canvas page,
// tests/bench/pages/floor.html) and the naive peer (tests/bench/naive-peer/); datasets: the
// shipped practices and synthetic ones (tests/bench/datasets.ts), served in place of the shipped
// file by request interception, so the production build carries no benchmark switch.
import { DATA_FILES } from '../../src/config/data-files';

export const SUBJECTS = ['app', 'floor', 'naive peer'] as const;
export type Subject = (typeof SUBJECTS)[number];

export interface LoadScenario {
  kind: 'load';
  /** e.g. `app · 10k`. */
  name: string;
  subject: Subject;
  /** Dataset name (`shipped`, `1k`…); the floor does not load practices: null. */
  dataset: string | null;
  /**
   * Page to open, relative to the server's base URL: '' is the app; pages of the benchmark's
   * own live under `__bench/` (see bench-pages.ts).
   */
  path: string;
  /** `performance.mark` name that says the page shows what it must. */
  readyMark: string;
  /**
   * Served in place of the app's practices file (a path relative to the base URL); absent: the
   * shipped file as is, with no interception at all.
   */
  practicesUrl?: string;
  /** Loopback without throttling (the default), or the mobile profile (mobile-profile.ts). */
  profile?: 'loopback' | 'mobile';
  runs: number;
  /** One unrecorded load first; slow scenarios skip it (the server and disk are warm by then). */
  warmUp: boolean;
  timeoutMs: number;
  /**
   * Runs in a browser of its own, closed afterwards: a page that may never finish (the naive peer
   * at 100k) must not leave a busy renderer behind for the scenarios after it.
   */
  ownBrowser?: boolean;
}

/** Intercepted path of the practices file, relative to the base URL. */
export const PRACTICES_PATH = DATA_FILES.practices;

/** Where the bench server serves a synthetic dataset, relative to the base URL. */
export function datasetUrl(dataset: string): string {
  return `__bench/data/practices-${dataset}.json`;
}

export const PRACTICE_TEXTS_PATH = DATA_FILES.practiceTexts;

/** Where it serves the dataset's texts (practice-texts.json), beside datasetUrl's file. */
export function datasetTextsUrl(practicesUrl: string): string {
  return practicesUrl.replace(/\.json$/, '.texts.json');
}

export const FLOOR_PATH = '__bench/pages/floor.html';
export const NAIVE_PEER_PATH = '__bench/naive-peer/index.html';
/** The naive peer reads the source GeoJSON (GEODATA_SRC) from here, served from memory. */
export const SOURCE_GMINY_URL = '__bench/geodata/poland.municipalities.json';
