// The e2e driver, the one place that knows how the app is built: specs import from here and
// speak in domain verbs (`openWith`, `pointAt`, `unitInfo`), never touching a selector, so a
// change of markup is fixed here once. This file opens the app (browser, served data, the link);
// AppDriver's verbs come from one module per domain, each layer building on the one before:
//   driver-page.ts           one page in its own context, what went wrong on it
//   driver-map.ts            map geometry and pointing, what the map paints
//   driver-explorer.ts       filters, results, a practice, the link, views
//   driver-accessibility.ts  the keyboard, axe-core
//   driver-export.ts         export files, the practices table, print media
//   driver-info.ts           the footer and the site's pages (about, accessibility statement)
//   driver-embed.ts          the embed mode, a host page round it, the builder, the toolbar
// with the app's DOM contract in driver-contract.ts and the network stubs in driver-network.ts.
import { inject, onTestFinished } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  gazetteerSchema,
  practicesFileSchema,
  type Gazetteer,
  practiceTextsFileSchema,
  type Practice,
  type PracticeTextsFile,
} from '../../src/data/schemas';
import { DATA_FILES } from '../../src/config/data-files';
import { decodeGazetteer } from '../../src/data/gazetteer-file';
import { launchChromium } from './browser';
import {
  injectDataFaults,
  stubTheInternet,
  type DataFaultControl,
  type DataFaults,
  type TileMode,
} from './driver-network';
import { EmbedDriver } from './driver-embed';

export { describeViolations } from './driver-accessibility';
export { projectToPixels } from './driver-map';
export type { AxeViolation, FocusTarget } from './driver-accessibility';
export type { ExplorerView, Language, MapLayer } from './driver-contract';
export type { ShownState } from './driver-explorer';
export type { SitePage } from './driver-info';
export type { FullMapLink } from './driver-embed';
export type { MapView, PointingOptions, Spot } from './driver-map';
export type { DataFault, DataFaults, DataFileName, TileMode } from './driver-network';
export type { Problem } from './driver-page';

/** The app under test, in one page: every verb of the domain layers (see the top of this file). */
export class AppDriver extends EmbedDriver {
  /** The spec's hand on the data files when it opened the app with `data` faults. */
  data: DataFaultControl = NO_FAULTS;
}

const NO_FAULTS: DataFaultControl = {
  repair: () => undefined,
  release: () => undefined,
  requests: () => {
    throw new Error('open the app with `data` faults to count its requests');
  },
};

/** The production build's address, served by global-setup.ts. */
function baseUrl(): string {
  return inject('baseUrl');
}

/** The address of a file of the served build (`sitemap.xml`, `praktyki/<id>/`). */
export function servedUrl(path: string): string {
  return new URL(path, baseUrl()).href;
}

/** The gazetteer exactly as the app gets it, validated by the app's own schema. */
export async function servedGazetteer(): Promise<Gazetteer> {
  const url = `${baseUrl()}${DATA_FILES.gazetteer}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return decodeGazetteer(gazetteerSchema.parse(await response.json()));
}

/** The practices exactly as the app gets them, validated by the app's own schema. */
export async function servedPractices(): Promise<Practice[]> {
  const url = `${baseUrl()}${DATA_FILES.practices}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return practicesFileSchema.parse(await response.json()).practices;
}

/** The practices' texts (summary, description, sources) as the app gets them, by id. */
export async function servedPracticeTexts(): Promise<PracticeTextsFile['texts']> {
  const url = `${baseUrl()}${DATA_FILES.practiceTexts}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return practiceTextsFileSchema.parse(await response.json()).texts;
}

let sharedBrowser: Browser | undefined;

/** One browser per spec file; each `openApp` gets a fresh context (no cookies, no cache). */
export async function closeBrowser(): Promise<void> {
  await sharedBrowser?.close();
  sharedBrowser = undefined;
}

async function browser(): Promise<Browser> {
  sharedBrowser ??= await launchChromium();
  return sharedBrowser;
}

// ---------------------------------------------------------------------------------------------
// The app

/**
 * Matches `name` as a whole name, so `pomorskie` is not found inside `zachodniopomorskie` and
 * `Kraków` is not found inside `Krakówek`.
 */
export function naming(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, 'u');
}

export interface OpenOptions {
  /**
   * The link's query string: written as is when a string (`region=99,abc&foo=<script>`),
   * encoded when a record (`{ region: '22' }`).
   */
  query?: string | Record<string, string>;
  /** The map view, as in the URL: `map=8/50.0/19.8`. */
  hash?: string;
  /** A path under the app's address (`praktyki/<id>/`, a practice's page); none: the app's. */
  path?: string;
  /** false: a browser with JavaScript off (what a crawler without it, or a person, reads). */
  javaScript?: boolean;
  tiles?: TileMode;
  viewport?: { width: number; height: number };
  /** Faults in the app's own data files (a 404, a dropped connection, a bad record…). */
  data?: DataFaults;
}

/** Opens the app in a fresh browser context; it is closed when the test ends. */
export async function openApp(options: OpenOptions = {}): Promise<AppDriver> {
  const context = await (
    await browser()
  ).newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'pl-PL',
    javaScriptEnabled: options.javaScript ?? true,
  });
  // "Kopiuj link" writes to the clipboard; the spec reads back what a user would paste
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseUrl()).origin,
  });
  const stubbed = await stubTheInternet(context, baseUrl(), options.tiles ?? 'fail');
  const faults = options.data
    ? await injectDataFaults(context, baseUrl(), DATA_FILES, options.data, stubbed)
    : null;
  const page = await context.newPage();
  const app = new AppDriver(page, context, stubbed);
  if (faults) app.data = faults;
  onTestFinished(() => app.close());
  await page.goto(appUrl(options));
  return app;
}

function appUrl({ query, hash, path }: OpenOptions): string {
  const search =
    query === undefined
      ? ''
      : typeof query === 'string'
        ? query.replace(/^\?/, '')
        : new URLSearchParams(query).toString();
  const fragment = hash ? `#${hash.replace(/^#/, '')}` : '';
  return `${baseUrl()}${path ?? ''}${search ? `?${search}` : ''}${fragment}`;
}

/**
 * Opens a link to the explorer (`openWith({ region: '22' })`) and waits until the map is drawn
 * and the list and map show the link's filters.
 */
export async function openWith(
  query: OpenOptions['query'],
  options: Omit<OpenOptions, 'query'> = {},
): Promise<AppDriver> {
  const app = await openApp({ ...options, query });
  await app.waitForExplorerReady();
  return app;
}

/** Opens a full address, as pasted into a new window. */
export async function openLink(link: string, options: Omit<OpenOptions, 'query' | 'hash'> = {}) {
  const url = new URL(link);
  if (`${url.origin}/` !== new URL(baseUrl()).href) {
    throw new Error(`${link} does not point at the app under test (${baseUrl()})`);
  }
  return openWith(url.search, { ...options, hash: url.hash });
}
