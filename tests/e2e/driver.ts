// The one place that knows how the app is built: selectors, the browser, the network stubs and
// the map's projection. Specs speak in domain verbs (`openApp`, `pointAt`, `unitInfo`) and never
// touch a selector, so a change of markup is fixed here once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inject, onTestFinished } from 'vitest';
import type { Browser, BrowserContext, ConsoleMessage, Page, Route } from 'playwright-core';
import {
  gazetteerSchema,
  practicesFileSchema,
  type Gazetteer,
  type Practice,
} from '../../src/data/schemas';
import { DATA_FILES } from '../../src/config/data-files';
import { LEVEL_MIN_ZOOM } from '../../src/config/map';
import { launchChromium } from './browser';

/** The production build's address, served by global-setup.ts. */
function baseUrl(): string {
  return inject('baseUrl');
}

/** The gazetteer exactly as the app gets it, validated by the app's own schema. */
export async function servedGazetteer(): Promise<Gazetteer> {
  const url = `${baseUrl()}${DATA_FILES.gazetteer}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return gazetteerSchema.parse(await response.json());
}

/** The practices exactly as the app gets them, validated by the app's own schema. */
export async function servedPractices(): Promise<Practice[]> {
  const url = `${baseUrl()}${DATA_FILES.practices}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return practicesFileSchema.parse(await response.json()).practices;
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
// The network: only the local server is real

/** 1×1 transparent PNG, served in place of map tiles when a spec wants tiles to "load". */
const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

export type TileMode = 'fail' | 'blank';

/**
 * Every request that does not go to `baseUrl` is stubbed: images (the base map's tiles) get a
 * 404 or a blank PNG, everything else is aborted. Returns the set of stubbed URLs so that the
 * browser's own "Failed to load resource" messages about them can be told apart from real
 * errors.
 */
async function stubTheInternet(
  context: BrowserContext,
  baseUrl: string,
  tiles: TileMode,
): Promise<Set<string>> {
  const stubbed = new Set<string>();
  const origin = new URL(baseUrl).origin;
  await context.route('**/*', async (route: Route) => {
    const request = route.request();
    const url = request.url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.fallback();
      return;
    }
    stubbed.add(url);
    if (request.resourceType() === 'image') {
      await (tiles === 'blank'
        ? route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_PNG })
        : route.fulfill({ status: 404, contentType: 'text/plain', body: 'stubbed tile' }));
      return;
    }
    await route.abort('internetdisconnected');
  });
  return stubbed;
}

// ---------------------------------------------------------------------------------------------
// Selectors and names the app promises (its DOM contract)

const MAP = '[data-testid="map"]';
const UNIT_INFO = '[data-testid="unit-info"]';
const ZOOM_IN = '.leaflet-control-zoom-in';
const MAP_CONTROLS = '.leaflet-control-container';
const PLACE_SEARCH_NAME = 'Szukaj miejsca';
const MAP_READY_MARK = 'map-ready';

// The explorer's contract (issue 4; /work/notes/explorer.md). Names match either language so
// that a spec can switch language midway.
const RESULT_COUNT = '[data-testid="result-count"]';
const RESULTS = '[data-testid="results"]';
const RESULT_ITEM = '[data-testid="result-item"]';
const PRACTICE_DETAIL = '[data-testid="practice-detail"]';
const URL_NOTICE = '[data-testid="url-notice"]';
const RESULTS_UPDATED_MARK = 'results-updated';
const COPY_LINK_NAME = /^(Kopiuj link|Copy link)$/;
const CLOSE_NAME = /^(Zamknij|Close)\b/;
const SKIP_LINK_NAME = /^(Przejdź do treści|Skip to main content)$/;
const FILTERS_BUTTON_NAME = /filtr|filter/i;
const REGION_LEGENDS = ['Województwo', 'Voivodeship'];
const VIEW_NAMES = {
  map: /^(Mapa|Map)$/,
  list: /^(Lista|List)$/,
  table: /^(Tabela|Table)$/,
} as const;
export type ExplorerView = keyof typeof VIEW_NAMES;
/** The map's layers that the specs look at, by the pane (and canvas) each draws in. */
const MAP_LAYER_PANES = {
  'practice territory': '.leaflet-practice-territory-pane',
  'practice links': '.leaflet-practice-links-pane',
  'practice markers': '.leaflet-practice-markers-pane',
} as const;
export type MapLayer = keyof typeof MAP_LAYER_PANES;
/** A point on the page, in CSS pixels. */
export interface Spot {
  x: number;
  y: number;
}
export type Language = 'pl' | 'en';
/** How far from a place the pointer may land when a marker or control covers the place. */
const POINTING_REACH_PX = 16;
/** How far from any painted marker pixel the pointer stays (markers take a margin around them). */
const MARKER_CLEARANCE_PX = 6;
/** Longer than Leaflet's canvas hover throttle (32 ms). */
const HOVER_PAUSE_MS = 50;

// ---------------------------------------------------------------------------------------------
// The map view and Web Mercator (what Leaflet's EPSG:3857 does with 256-px tiles)

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

/** Reads `#map=zoom/lat/lng` (other hash parameters may stand beside it, `&`-separated). */
export function parseMapHash(hash: string): MapView | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get('map');
  if (!value) return null;
  const parts = value.split('/').map(Number);
  const [zoom, lat, lng] = parts;
  if (parts.length !== 3 || zoom === undefined || lat === undefined || lng === undefined) {
    return null;
  }
  if (![zoom, lat, lng].every(Number.isFinite)) return null;
  return { zoom, lat, lng };
}

const MAX_LATITUDE = 85.0511287798;

/** World pixel coordinates of a point at `zoom`. */
export function projectToPixels(lng: number, lat: number, zoom: number): { x: number; y: number } {
  const scale = 256 * 2 ** zoom;
  const clampedLat = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clampedLat * Math.PI) / 180);
  return {
    x: scale * (0.5 + lng / 360),
    y: scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)),
  };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Page coordinates of a place: Leaflet puts the view's centre at the map container's centre. */
function toScreen(view: MapView, box: Box, lng: number, lat: number): { x: number; y: number } {
  const centre = projectToPixels(view.lng, view.lat, view.zoom);
  const place = projectToPixels(lng, lat, view.zoom);
  return {
    x: box.x + box.width / 2 + (place.x - centre.x),
    y: box.y + box.height / 2 + (place.y - centre.y),
  };
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
  tiles?: TileMode;
  viewport?: { width: number; height: number };
}

export interface PointingOptions {
  /**
   * How many pixels from the place the pointer may land when a marker or control covers the
   * place itself (default POINTING_REACH_PX); keep it under half the unit's size on screen.
   */
  reach?: number;
}

export interface Problem {
  kind: 'pageerror' | 'console';
  text: string;
}

/** Opens the app in a fresh browser context; it is closed when the test ends. */
export async function openApp(options: OpenOptions = {}): Promise<AppDriver> {
  const context = await (
    await browser()
  ).newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'pl-PL',
  });
  // "Kopiuj link" writes to the clipboard; the spec reads back what a user would paste
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseUrl()).origin,
  });
  const stubbed = await stubTheInternet(context, baseUrl(), options.tiles ?? 'fail');
  const page = await context.newPage();
  const app = new AppDriver(page, context, stubbed);
  onTestFinished(() => app.close());
  await page.goto(appUrl(options));
  return app;
}

function appUrl({ query, hash }: OpenOptions): string {
  const search =
    query === undefined
      ? ''
      : typeof query === 'string'
        ? query.replace(/^\?/, '')
        : new URLSearchParams(query).toString();
  const fragment = hash ? `#${hash.replace(/^#/, '')}` : '';
  return `${baseUrl()}${search ? `?${search}` : ''}${fragment}`;
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

/** What a person sees of the explorer, in comparable form. */
export interface ShownState {
  /** The query string's parameters, sorted by key. */
  query: [string, string][];
  /** The map view in the hash. */
  hash: string;
  /** Names of the ticked filter checkboxes, `legend: option (count)`. */
  ticked: string[];
  resultCount: number;
  /** Ids of every practice the list can show, in the list's order; null when it is not shown. */
  resultIds: string[] | null;
  /** The open practice's title, or null. */
  practice: string | null;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** axe-core's findings as lines a person can act on. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}`,
        `  ${violation.helpUrl}`,
        ...violation.nodes.map(
          (node) => `  - ${node.target}\n      ${node.html}\n      ${node.summary}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}

const AXE_SCRIPT = fileURLToPath(
  new URL('../../node_modules/axe-core/axe.min.js', import.meta.url),
);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export class AppDriver {
  private readonly problemsSeen: Problem[] = [];

  constructor(
    private readonly page: Page,
    private readonly context: BrowserContext,
    private readonly stubbedUrls: Set<string>,
  ) {
    page.on('pageerror', (error) => {
      this.problemsSeen.push({ kind: 'pageerror', text: String(error.stack ?? error) });
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && !this.isAboutStubbedRequest(message)) {
        this.problemsSeen.push({ kind: 'console', text: message.text() });
      }
    });
  }

  /** Uncaught page errors and console errors, other than a stubbed (tile) request failing. */
  problems(): Problem[] {
    return [...this.problemsSeen];
  }

  /** How many requests left for the internet and were stubbed (tiles among them). */
  stubbedRequestCount(): number {
    return this.stubbedUrls.size;
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  async waitForMapReady(): Promise<void> {
    await this.page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      MAP_READY_MARK,
      { timeout: 30_000 },
    );
  }

  async mapIsShown(): Promise<boolean> {
    const box = await this.page.locator(MAP).boundingBox();
    return box !== null && box.width > 100 && box.height > 100;
  }

  /** The view the app wrote into the URL. */
  async view(): Promise<MapView> {
    const hash = await this.page.evaluate(() => window.location.hash);
    const view = parseMapHash(hash);
    if (!view) {
      throw new Error(
        `The app's URL has no usable #map=zoom/lat/lng view (hash: ${JSON.stringify(hash)}); ` +
          'the driver needs it to find places on the map.',
      );
    }
    return view;
  }

  /** Moves the mouse over a place, as a user pointing at the map. */
  async pointAt(lng: number, lat: number, options: PointingOptions = {}): Promise<void> {
    const { x, y } = await this.screenPoint(lng, lat, options);
    // Leaflet's canvas renderer ignores a mousemove that comes within 32 ms of the last one it
    // handled, and a single synthetic move can fall in that gap; so arrive next to the place,
    // pause as a hand would, and settle on it.
    await this.page.mouse.move(x + 1, y);
    await this.page.waitForTimeout(HOVER_PAUSE_MS);
    await this.page.mouse.move(x, y);
  }

  async clickAt(lng: number, lat: number, options: PointingOptions = {}): Promise<void> {
    await this.pointAt(lng, lat, options);
    const { x, y } = await this.screenPoint(lng, lat, options);
    await this.page.mouse.click(x, y);
  }

  /**
   * The places (given as [lng, lat] by `where`) that are on screen, with `margin` pixels to
   * spare from the map's edges. One look at the view for the whole list.
   */
  async onScreen<T>(places: T[], where: (place: T) => [number, number], margin = 0): Promise<T[]> {
    const { view, box } = await this.viewAndBox();
    return places.filter((place) => {
      const [lng, lat] = where(place);
      const { x, y } = toScreen(view, box, lng, lat);
      return (
        x >= box.x + margin &&
        x <= box.x + box.width - margin &&
        y >= box.y + margin &&
        y <= box.y + box.height - margin
      );
    });
  }

  /** Clicks the map's zoom-in button and waits until the URL shows the new zoom. */
  async zoomIn(): Promise<void> {
    const before = await this.view();
    await this.page.locator(ZOOM_IN).click();
    await this.page.waitForFunction(
      (zoom) => {
        const match = /(?:^#|&)map=([\d.]+)\//.exec(window.location.hash);
        return match !== null && Number(match[1]) > zoom;
      },
      before.zoom,
      { timeout: 10_000 },
    );
    // The finest level for the new zoom is built on first display (on a busy machine, some
    // frames later): a pointer that arrives before it is drawn names nothing, so wait for it.
    const { zoom } = await this.view();
    const level =
      zoom >= LEVEL_MIN_ZOOM.gmina
        ? 'gmina'
        : zoom >= LEVEL_MIN_ZOOM.powiat
          ? 'powiat'
          : 'voivodeship';
    await this.page.waitForSelector(`.leaflet-${level}-boundaries-pane[data-feature-count]`, {
      state: 'attached',
      timeout: 10_000,
    });
    // the zoom animation ends before moveend writes the hash; let one frame paint
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }

  /** Text of the panel that names the unit under the pointer or the one chosen. */
  async unitInfo(): Promise<string> {
    // innerText, not textContent: the words as laid out, with breaks between blocks
    const text = await this.page.locator(UNIT_INFO).innerText({ timeout: 5_000 });
    return text.replace(/\s+/g, ' ').trim();
  }

  /**
   * Finds a place with the keyboard only: Tab to the search box, type, arrow to the option
   * that names the place, Enter.
   */
  async searchPlace(name: string): Promise<void> {
    const box = this.page.getByRole('combobox', { name: PLACE_SEARCH_NAME });
    await box.waitFor({ state: 'visible', timeout: 10_000 });
    await this.page.locator('body').focus();
    for (let tabs = 0; !(await isFocused(box)); tabs += 1) {
      if (tabs >= 40) {
        throw new Error(`"${PLACE_SEARCH_NAME}" was not reached with 40 presses of Tab`);
      }
      await this.page.keyboard.press('Tab');
    }
    await this.page.keyboard.type(name);
    const option = this.page.getByRole('option', { name }).first();
    await option.waitFor({ state: 'visible', timeout: 5_000 });
    const optionId = await option.getAttribute('id');
    const isActive = async () =>
      (optionId !== null && (await box.getAttribute('aria-activedescendant')) === optionId) ||
      (await option.getAttribute('aria-selected')) === 'true';
    // some comboboxes make the first match active as one types; others wait for an arrow key
    for (let presses = 0; !(await isActive()); presses += 1) {
      if (presses >= 20) {
        throw new Error(`No option naming "${name}" became active with the arrow keys`);
      }
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Enter');
  }

  // -------------------------------------------------------------------------------------------
  // The explorer: filters, results, a practice, the link

  /** Waits until the map is drawn and the list and map show a filter state. */
  async waitForExplorerReady(): Promise<void> {
    await this.waitForMapReady();
    await this.page
      .waitForFunction(
        (mark) => performance.getEntriesByName(mark).length > 0,
        RESULTS_UPDATED_MARK,
        { timeout: 15_000 },
      )
      .catch(() => {
        throw new Error(
          `The app never called performance.mark('${RESULTS_UPDATED_MARK}') after loading ` +
            '(the explorer contract: list and map show the filter state)',
        );
      });
    await this.page
      .locator(RESULT_COUNT)
      .waitFor({ state: 'attached', timeout: 5_000 })
      .catch(() => {
        throw new Error(`The page has no result count (${RESULT_COUNT})`);
      });
  }

  /** The number the result count states. */
  async resultCount(): Promise<number> {
    const text = await this.page.locator(RESULT_COUNT).innerText({ timeout: 5_000 });
    return countIn(text, `the result count (${RESULT_COUNT})`);
  }

  /**
   * Ids of every practice the list can show, in order: the list may be virtualised, so it is
   * scrolled from top to bottom and the items seen on the way are collected.
   */
  async resultIds(): Promise<string[]> {
    return (await this.scanList(null)).seen;
  }

  /**
   * Scrolls the list from the top, collecting the practice ids rendered on the way, until the
   * end or (when `title` is given) until an item with that title is rendered; the list is left
   * scrolled there.
   */
  private async scanList(title: string | null): Promise<{ seen: string[]; found: boolean }> {
    const results = this.page.locator(RESULTS);
    await results.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {
      throw new Error(`The result list (${RESULTS}) is not shown in this view`);
    });
    return results.evaluate(
      async (list, { item, title }) => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        // the list's own scroll box, inside it or around it, else the page
        const scrolls = (node: Element) =>
          /(auto|scroll)/.test(getComputedStyle(node).overflowY) &&
          node.scrollHeight > node.clientHeight;
        const ancestors: Element[] = [];
        for (let node = list.parentElement; node; node = node.parentElement) ancestors.push(node);
        const scroller =
          [list, ...list.querySelectorAll('*'), ...ancestors].find(scrolls) ??
          document.scrollingElement ??
          document.documentElement;
        const seen: string[] = [];
        let found = false;
        const collect = () => {
          for (const element of list.querySelectorAll(item)) {
            const id = element.getAttribute('data-practice-id');
            if (id !== null && !seen.includes(id)) seen.push(id);
            if (title !== null && (element.textContent ?? '').includes(title)) found = true;
          }
        };
        const start = scroller.scrollTop;
        scroller.scrollTop = 0;
        for (let steps = 0; steps < 10_000; steps += 1) {
          await frame();
          await frame();
          collect();
          if (found) return { seen, found };
          const before = scroller.scrollTop;
          scroller.scrollTop = before + Math.max(50, scroller.clientHeight * 0.8);
          if (scroller.scrollTop === before) break;
        }
        scroller.scrollTop = start;
        return { seen, found };
      },
      { item: RESULT_ITEM, title },
    );
  }

  /** The number shown beside a filter option, e.g. 16 for "pomorskie (16)". */
  async facetCount(legend: string, option: string): Promise<number> {
    const box = this.filterOption(legend, option);
    const name = await box.evaluate((element) => {
      const input = element as HTMLInputElement;
      const label = input.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? '';
      return label.replace(/\s+/g, ' ').trim();
    });
    return countIn(name, `the option "${option}" of "${legend}"`);
  }

  /** Ticks a filter option (pointer) and waits until list and map show the new results. */
  async choose(legend: string, option: string): Promise<void> {
    await this.afterResultsUpdate(() => this.filterOption(legend, option).check());
  }

  /** Names of the ticked filter checkboxes as `legend: name`. */
  async tickedFilters(): Promise<string[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('fieldset input[type=checkbox]:checked')]
        .map((input) => {
          const legend = input.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
          const label = input.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? '';
          return `${legend}: ${label}`.replace(/\s+/g, ' ').trim();
        })
        .sort(),
    );
  }

  /** The legends of the filter groups, as shown. */
  async filterLegends(): Promise<string[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('fieldset > legend')].map((legend) =>
        (legend.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    );
  }

  /** Whether the region filter can be seen (it may sit in a closed drawer). */
  async filtersAreShown(): Promise<boolean> {
    return this.regionGroup().isVisible();
  }

  /** Opens the filters drawer (phone) with its button. */
  async openFilters(): Promise<void> {
    const button = await this.filtersButton();
    await button.click();
    await this.regionGroup().waitFor({ state: 'visible', timeout: 5_000 });
  }

  /** Opens a practice from the list by its title. */
  async openPractice(title: string): Promise<void> {
    const item = await this.resultItem(title);
    const byName = item
      .getByRole('link', { name: title })
      .or(item.getByRole('button', { name: title }));
    const target = (await byName.count()) > 0 ? byName.first() : item;
    await target.click();
    await this.page.locator(PRACTICE_DETAIL).waitFor({ state: 'visible', timeout: 10_000 });
  }

  /** The title of the open practice (the detail's heading), or null when none is open. */
  async openPracticeTitle(): Promise<string | null> {
    const detail = this.page.locator(PRACTICE_DETAIL);
    if (!(await detail.isVisible())) return null;
    const heading = detail.getByRole('heading', { level: 2 }).first();
    return (await heading.innerText({ timeout: 5_000 })).replace(/\s+/g, ' ').trim();
  }

  /** Closes the open practice with its close button. */
  async closePractice(): Promise<void> {
    const detail = this.page.locator(PRACTICE_DETAIL);
    await detail.getByRole('button', { name: CLOSE_NAME }).first().click();
    await detail.waitFor({ state: 'hidden', timeout: 5_000 });
  }

  /** Presses "Kopiuj link" and returns what lands on the clipboard. */
  async copyLink(): Promise<string> {
    await this.page.evaluate(() => navigator.clipboard.writeText(''));
    await this.page.getByRole('button', { name: COPY_LINK_NAME }).first().click();
    const handle = await this.page.waitForFunction(
      async () => {
        const text = await navigator.clipboard.readText();
        return text !== '' ? text : null;
      },
      undefined,
      { timeout: 5_000, polling: 100 },
    );
    return String(await handle.jsonValue());
  }

  /** The address bar. */
  url(): URL {
    return new URL(this.page.url());
  }

  /** The query string's parameters, sorted by key. */
  queryParams(): [string, string][] {
    return [...this.url().searchParams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Entries in this tab's history. */
  async historyLength(): Promise<number> {
    return this.page.evaluate(() => history.length);
  }

  /** The browser's Back button; waits until the address has changed and the view followed. */
  async goBack(): Promise<void> {
    const before = this.page.url();
    await this.page.goBack({ waitUntil: 'commit' });
    await this.page.waitForFunction((href) => window.location.href !== href, before, {
      timeout: 5_000,
    });
    await this.nextFrames();
  }

  /** Reloads the page and waits until it is ready again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitForExplorerReady();
  }

  /** Drags the map by (dx, dy) pixels from its centre and waits until it has come to rest. */
  async pan(dx: number, dy: number): Promise<void> {
    const box = await this.page.locator(MAP).boundingBox();
    if (!box) throw new Error(`The map (${MAP}) is not on the page`);
    const before = await this.page.evaluate(() => window.location.hash);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    for (let step = 1; step <= 8; step += 1) {
      await this.page.mouse.move(x + (dx * step) / 8, y + (dy * step) / 8);
    }
    await this.page.mouse.up();
    await this.page.waitForFunction((hash) => window.location.hash !== hash, before, {
      timeout: 5_000,
    });
    // a drag ends with some inertia: the view is written again when it stops
    await this.waitForMapToSettle();
  }

  /** Waits until the map's view (the hash) has stopped changing, e.g. after a fit. */
  async waitForMapToSettle(): Promise<MapView> {
    let last = '';
    for (let looks = 0; looks < 40; looks += 1) {
      await this.page.waitForTimeout(250);
      const hash = await this.page.evaluate(() => window.location.hash);
      if (hash === last) return this.view();
      last = hash;
    }
    throw new Error(`The map kept moving for 10 s (last view ${last})`);
  }

  /** Everything a person sees of the explorer, for comparing two views. */
  async shownState(): Promise<ShownState> {
    return {
      query: this.queryParams(),
      hash: this.url().hash,
      ticked: await this.tickedFilters(),
      resultCount: await this.resultCount(),
      resultIds: (await this.page.locator(RESULTS).isVisible()) ? await this.resultIds() : null,
      practice: await this.openPracticeTitle(),
    };
  }

  /** Whether the result count sits in a polite live region (so a change is announced). */
  async resultCountIsAnnounced(): Promise<boolean> {
    return this.page
      .locator(RESULT_COUNT)
      .evaluate((element) => element.closest('[aria-live="polite"], [role="status"]') !== null);
  }

  /** Text of the notice about ignored parts of the link, or null when there is none. */
  async urlNotice(): Promise<string | null> {
    const notice = this.page.locator(URL_NOTICE);
    if (!(await notice.isVisible())) return null;
    return (await notice.innerText()).replace(/\s+/g, ' ').trim();
  }

  /** Whether the notice is a polite status region (role="status" on it or around it). */
  async urlNoticeIsStatus(): Promise<boolean> {
    return this.page
      .locator(URL_NOTICE)
      .evaluate((element) => element.closest('[role="status"]') !== null);
  }

  async dismissUrlNotice(): Promise<void> {
    const notice = this.page.locator(URL_NOTICE);
    await notice.getByRole('button', { name: CLOSE_NAME }).click();
    await notice.waitFor({ state: 'hidden', timeout: 5_000 });
  }

  /** Presses a language button ("PL", "EN") and waits until the page speaks it. */
  async switchLanguage(language: Language): Promise<void> {
    await this.page.getByRole('button', { name: language.toUpperCase(), exact: true }).click();
    await this.page.waitForFunction((lang) => document.documentElement.lang === lang, language, {
      timeout: 5_000,
    });
  }

  /** The page's language (`<html lang>`). */
  async pageLanguage(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  /** Whether a control with this role and exact name is on the page and visible. */
  async hasControl(role: 'button' | 'searchbox' | 'combobox' | 'link', name: string) {
    return this.page.getByRole(role, { name, exact: true }).first().isVisible();
  }

  // -------------------------------------------------------------------------------------------
  // Views and layout

  /** Presses a button of the view switch ("Mapa", "Lista", "Tabela"). */
  async showView(view: ExplorerView): Promise<void> {
    const control = this.viewControl(view);
    await control.click();
    for (let looks = 0; !(await this.viewIsCurrent(view)); looks += 1) {
      if (looks >= 50) throw new Error(`The view switch did not mark "${view}" as current`);
      await this.nextFrames();
    }
  }

  /** Whether the view switch marks this view as the current one. */
  async viewIsCurrent(view: ExplorerView): Promise<boolean> {
    const control = this.viewControl(view);
    const pressed = await control.getAttribute('aria-pressed');
    const selected = await control.getAttribute('aria-selected');
    return pressed === 'true' || selected === 'true';
  }

  /** Whether a result item is on screen (inside the viewport). */
  async listIsShown(): Promise<boolean> {
    const item = this.page.locator(RESULT_ITEM).first();
    if (!(await item.isVisible())) return false;
    const box = await item.boundingBox();
    const size = this.page.viewportSize();
    return box !== null && size !== null && box.y < size.height && box.y + box.height > 0;
  }

  /** Whether the map fills a good part of the screen. */
  async mapIsOnScreen(): Promise<boolean> {
    const box = await this.page.locator(MAP).boundingBox();
    const size = this.page.viewportSize();
    if (!box || !size) return false;
    const width = Math.min(box.x + box.width, size.width) - Math.max(box.x, 0);
    const height = Math.min(box.y + box.height, size.height) - Math.max(box.y, 0);
    return width > size.width / 2 && height > size.height / 3;
  }

  /** The page is wider than the screen (a horizontal scroll bar would appear). */
  async scrollsSideways(): Promise<boolean> {
    return this.page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return root.scrollWidth > window.innerWidth;
    });
  }

  // -------------------------------------------------------------------------------------------
  // The keyboard

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    await this.nextFrames();
  }

  /** Puts the focus back to the start of the page, as after loading it. */
  async focusStartOfPage(): Promise<void> {
    await this.page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.getSelection()?.removeAllRanges();
    });
  }

  /** Presses Tab until `where` holds for the focused element; throws after `limit` presses. */
  async tabTo(where: FocusTarget, limit = 300): Promise<void> {
    for (let tabs = 0; tabs < limit; tabs += 1) {
      await this.page.keyboard.press('Tab');
      if (await this.focusIs(where)) return;
    }
    throw new Error(
      `${describeTarget(where)} was not reached with ${limit} presses of Tab ` +
        `(focus ended on ${await this.focusedDescription()})`,
    );
  }

  /** Whether the focused element is `where`. */
  async focusIs(where: FocusTarget): Promise<boolean> {
    switch (where.kind) {
      case 'skip link':
        return isFocused(this.page.getByRole('link', { name: SKIP_LINK_NAME }));
      case 'filter option':
        return isFocused(this.filterOption(where.legend, where.option));
      case 'view':
        return isFocused(this.viewControl(where.view));
      case 'result':
        return this.page.evaluate(
          (item) => document.activeElement?.closest(item) !== null,
          RESULT_ITEM,
        );
      case 'filters button':
        return isFocused(await this.filtersButton());
      case 'practice heading':
        return this.page.evaluate(
          (detail) =>
            document.activeElement !== null &&
            document.activeElement.matches(`${detail} h2`) &&
            document.activeElement === document.querySelector(`${detail} h2`),
          PRACTICE_DETAIL,
        );
    }
  }

  /** The practice of the result item holding the focus, or null. */
  async focusedPracticeId(): Promise<string | null> {
    return this.page.evaluate(
      (item) => document.activeElement?.closest(item)?.getAttribute('data-practice-id') ?? null,
      RESULT_ITEM,
    );
  }

  /** Whether the focused element shows a focus indicator (an outline or a box shadow). */
  async focusIsVisible(): Promise<boolean> {
    return this.page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return false;
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return outline || (style.boxShadow !== '' && style.boxShadow !== 'none');
    });
  }

  /** A short description of the focused element, for messages. */
  async focusedDescription(): Promise<string> {
    return this.page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return 'the page body';
      return element.outerHTML.slice(0, 160);
    });
  }

  // -------------------------------------------------------------------------------------------
  // What the map draws

  /** Page coordinates of places (given as [lng, lat] by `where`) at the current view. */
  async screenPoints<T>(places: T[], where: (place: T) => [number, number]): Promise<Spot[]> {
    const { view, box } = await this.viewAndBox();
    return places.map((place) => {
      const [lng, lat] = where(place);
      const { x, y } = toScreen(view, box, lng, lat);
      return { x: Math.round(x), y: Math.round(y) };
    });
  }

  /**
   * For each place, a spot within 6 px of it where `layer` paints and no layer above it (a
   * higher pane: outlines, links, markers) paints over it and no control covers it: where that
   * layer can be seen. Null where there is none.
   */
  async spotsShowing<T>(
    layer: MapLayer,
    places: T[],
    where: (place: T) => [number, number],
  ): Promise<(Spot | null)[]> {
    const points = await this.screenPoints(places, where);
    return this.page.evaluate(
      ({ pane, points }) => {
        const target = document.querySelector(pane);
        if (!target) return points.map(() => null);
        const zOf = (element: Element) => Number(getComputedStyle(element).zIndex) || 0;
        const above = [...document.querySelectorAll('.leaflet-pane')].filter(
          (other) => other !== target && zOf(other) > zOf(target) && !other.contains(target),
        );
        const paints = (paneElement: Element, x: number, y: number) =>
          [...paneElement.querySelectorAll('canvas')].some((canvas) => {
            const rect = canvas.getBoundingClientRect();
            const px = Math.floor(((x - rect.left) * canvas.width) / rect.width);
            const py = Math.floor(((y - rect.top) * canvas.height) / rect.height);
            if (px < 0 || py < 0 || px >= canvas.width || py >= canvas.height) return false;
            return (canvas.getContext('2d')?.getImageData(px, py, 1, 1).data[3] ?? 0) > 0;
          });
        const offsets: [number, number][] = [[0, 0]];
        for (let radius = 2; radius <= 6; radius += 2) {
          for (let step = 0; step < 8; step += 1) {
            const angle = (step * Math.PI) / 4;
            offsets.push([
              Math.round(radius * Math.cos(angle)),
              Math.round(radius * Math.sin(angle)),
            ]);
          }
        }
        return points.map(({ x, y }) => {
          for (const [dx, dy] of offsets) {
            const spot = { x: x + dx, y: y + dy };
            // the map, not a control or notice over it, is on top there
            const top = document.elementFromPoint(spot.x, spot.y);
            if (
              top?.closest('.leaflet-pane') &&
              paints(target, spot.x, spot.y) &&
              !above.some((pane) => paints(pane, spot.x, spot.y))
            ) {
              return spot;
            }
          }
          return null;
        });
      },
      { pane: MAP_LAYER_PANES[layer], points },
    );
  }

  /**
   * What hides each spot of the map from view: a control or notice laid over the map (its
   * opening tag), or null where the map itself is on top.
   */
  async whatCovers(spots: Spot[]): Promise<(string | null)[]> {
    return this.page.evaluate(
      ({ spots, map, controls }) =>
        spots.map(({ x, y }) => {
          const element = document.elementFromPoint(x, y);
          const container = document.querySelector(map);
          const onMap =
            element !== null &&
            container !== null &&
            container.contains(element) &&
            element.closest(controls) === null;
          if (onMap) return null;
          const cover = element?.closest(`${controls} > * > *`) ?? element;
          return cover ? cover.outerHTML.slice(0, cover.outerHTML.indexOf('>') + 1) : 'nothing';
        }),
      { spots, map: MAP, controls: MAP_CONTROLS },
    );
  }

  /**
   * The colour a person sees at each spot, read from a screenshot of the page with the pointer
   * away from the map: base map, boundaries, shading, highlight and markers together.
   */
  async coloursAt(spots: Spot[]): Promise<string[]> {
    await this.page.mouse.move(0, 0);
    await this.nextFrames();
    const png = (await this.page.screenshot({ type: 'png' })).toString('base64');
    // the browser decodes its own screenshot: no image library needed
    return this.page.evaluate(
      async ({ png, spots }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d context');
        context.drawImage(image, 0, 0);
        const scale = image.naturalWidth / window.innerWidth;
        return spots.map(({ x, y }) => {
          const pixel = context.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1);
          const [r, g, b] = pixel.data;
          return `rgb(${r},${g},${b})`;
        });
      },
      { png, spots },
    );
  }

  /**
   * Whether a map layer paints anything at each place: reads that layer's own canvas (each
   * layer has its pane, and its canvas, see src/config/map.ts MAP_PANES) at the place's pixel.
   */
  async paintedAt<T>(
    layer: MapLayer,
    places: T[],
    where: (place: T) => [number, number],
  ): Promise<boolean[]> {
    const { view, box } = await this.viewAndBox();
    const points = places.map((place) => {
      const [lng, lat] = where(place);
      return toScreen(view, box, lng, lat);
    });
    return this.page.evaluate(
      ({ pane, points }) => {
        const canvases = [...document.querySelectorAll<HTMLCanvasElement>(`${pane} canvas`)];
        return points.map(({ x, y }) =>
          canvases.some((canvas) => {
            const rect = canvas.getBoundingClientRect();
            const px = Math.floor(((x - rect.left) * canvas.width) / rect.width);
            const py = Math.floor(((y - rect.top) * canvas.height) / rect.height);
            if (px < 0 || py < 0 || px >= canvas.width || py >= canvas.height) return false;
            const alpha = canvas.getContext('2d')?.getImageData(px, py, 1, 1).data[3] ?? 0;
            return alpha > 0;
          }),
        );
      },
      { pane: MAP_LAYER_PANES[layer], points },
    );
  }

  // -------------------------------------------------------------------------------------------
  // Accessibility

  /** Runs axe-core (WCAG 2.0 and 2.1, A and AA) on the page as it is now. */
  async accessibilityViolations(): Promise<AxeViolation[]> {
    const loaded = await this.page.evaluate(() => 'axe' in window);
    // evaluated, not added as a <script>: the app's Content-Security-Policy refuses inline script
    if (!loaded) await this.page.evaluate(readFileSync(AXE_SCRIPT, 'utf8'));
    return this.page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: AxeApi }).axe;
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((node) => ({
          target: node.target.join(' '),
          html: node.html.slice(0, 200),
          summary: (node.failureSummary ?? '').replace(/\s+/g, ' '),
        })),
      }));
    }, AXE_TAGS);
  }

  // -------------------------------------------------------------------------------------------

  /** The region filter that can be seen (a hidden copy may wait in a closed drawer). */
  private regionGroup() {
    return this.page
      .getByRole('group', { name: REGION_LEGENDS[0], exact: true })
      .or(this.page.getByRole('group', { name: REGION_LEGENDS[1], exact: true }))
      .filter({ visible: true })
      .first();
  }

  private filterOption(legend: string, option: string) {
    const escaped = option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page
      .getByRole('group', { name: legend, exact: true })
      .getByRole('checkbox', { name: new RegExp(`^${escaped}\\s*\\(\\d[\\d\\s\\u00a0]*\\)$`) });
  }

  private viewControl(view: ExplorerView) {
    const name = VIEW_NAMES[view];
    return this.page.getByRole('button', { name }).or(this.page.getByRole('tab', { name })).first();
  }

  /** The button that opens the filters: it controls the region group, or is named for filters. */
  private async filtersButton() {
    const index = await this.page.evaluate(
      ({ legends, pattern }) => {
        const buttons = [...document.querySelectorAll('button')];
        const shown = (element: Element) => element.getClientRects().length > 0;
        const controlsFilters = (button: HTMLButtonElement) =>
          (button.getAttribute('aria-controls') ?? '')
            .split(/\s+/)
            .map((id) => document.getElementById(id))
            .some((target) =>
              [...(target?.querySelectorAll('fieldset > legend') ?? [])].some((legend) =>
                legends.includes((legend.textContent ?? '').trim()),
              ),
            );
        const named = (button: HTMLButtonElement) =>
          new RegExp(pattern, 'i').test(button.textContent ?? '') &&
          !/usuń|remove|wyczyść|clear/i.test(button.textContent ?? '');
        const byControl = buttons.findIndex((b) => shown(b) && controlsFilters(b));
        return byControl !== -1 ? byControl : buttons.findIndex((b) => shown(b) && named(b));
      },
      { legends: REGION_LEGENDS, pattern: FILTERS_BUTTON_NAME.source },
    );
    if (index === -1) {
      throw new Error(
        'No visible button opens the filters: expected one with aria-controls pointing at the ' +
          `element holding the "${REGION_LEGENDS[0]}" fieldset, or named like ${FILTERS_BUTTON_NAME}`,
      );
    }
    return this.page.locator('button').nth(index);
  }

  /** The list item of a practice, scrolled into the list's view if the list is virtualised. */
  private async resultItem(title: string) {
    const item = this.page.locator(`${RESULTS} ${RESULT_ITEM}`).filter({ hasText: title }).first();
    if ((await item.count()) === 0 && !(await this.scanList(title)).found) {
      throw new Error(`The result list has no item titled "${title}"`);
    }
    await item.scrollIntoViewIfNeeded();
    return item;
  }

  /** Runs `action` and waits until list and map have shown the state it made. */
  private async afterResultsUpdate(action: () => Promise<void>): Promise<void> {
    const marks = await this.page.evaluate(
      (mark) => performance.getEntriesByName(mark).length,
      RESULTS_UPDATED_MARK,
    );
    await action();
    await this.page.waitForFunction(
      ({ mark, count }) => performance.getEntriesByName(mark).length > count,
      { mark: RESULTS_UPDATED_MARK, count: marks },
      { timeout: 10_000 },
    );
  }

  private async nextFrames(): Promise<void> {
    await this.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  }

  /** Whether the pointer can reach a place (no marker or control in the way, see pointAt). */
  async canPointAt(lng: number, lat: number, options: PointingOptions = {}): Promise<boolean> {
    return this.screenPoint(lng, lat, options).then(
      () => true,
      () => false,
    );
  }

  /**
   * Folds the map's legends (they are disclosure widgets), as a user does to see the map; with
   * the keyboard unless told to click.
   */
  async foldMapLegends(using: 'keyboard' | 'mouse' = 'keyboard'): Promise<void> {
    const open = this.page.locator(`${MAP_CONTROLS} details[open] > summary`);
    for (let count = await open.count(); count > 0; count = await open.count()) {
      if (using === 'mouse') {
        await open.first().click();
      } else {
        await open.first().focus();
        await this.page.keyboard.press('Enter');
      }
      await this.nextFrames();
    }
  }

  private async screenPoint(
    lng: number,
    lat: number,
    { reach = POINTING_REACH_PX }: PointingOptions = {},
  ): Promise<{ x: number; y: number }> {
    const { x, y, box, view } = await this.placeOnScreen(lng, lat);
    const inside = x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
    if (!inside) {
      throw new Error(
        `${lng}, ${lat} is off the visible map at view ${view.zoom}/${view.lat}/${view.lng}`,
      );
    }
    // Something over the map would take the pointer instead: a control or notice, or a practice
    // marker (the marker layer answers for the practice, not the unit). Point next to it, a few
    // pixels away, as a hand would; if there is no room, say what is in the way rather than let
    // a test wait for an answer that cannot come.
    const found = await this.page.evaluate(
      ({ x, y, map, controls, markers, reach, clearance }) => {
        const container = document.querySelector(map);
        const coverAt = (px: number, py: number): string | null => {
          const element = document.elementFromPoint(px, py);
          const onMap =
            element !== null &&
            container !== null &&
            container.contains(element) &&
            element.closest(controls) === null;
          return onMap ? null : (element?.outerHTML.slice(0, 120) ?? 'nothing');
        };
        const markerAt = (px: number, py: number) =>
          [...document.querySelectorAll<HTMLCanvasElement>(`${markers} canvas`)].some((canvas) => {
            const rect = canvas.getBoundingClientRect();
            const cx = Math.floor(((px - rect.left) * canvas.width) / rect.width);
            const cy = Math.floor(((py - rect.top) * canvas.height) / rect.height);
            const context = canvas.getContext('2d');
            // a marker takes the pointer a little beyond what it paints: keep clear of its paint
            const left = Math.max(0, cx - clearance);
            const top = Math.max(0, cy - clearance);
            const width = Math.min(canvas.width, cx + clearance + 1) - left;
            const height = Math.min(canvas.height, cy + clearance + 1) - top;
            if (!context || width <= 0 || height <= 0) return false;
            return context
              .getImageData(left, top, width, height)
              .data.some((value, index) => index % 4 === 3 && value > 0);
          });
        let firstCover: string | null = null;
        for (let radius = 0; radius <= reach; radius += 2) {
          const steps = radius === 0 ? 1 : 12;
          for (let step = 0; step < steps; step += 1) {
            const angle = (step * Math.PI) / 6;
            const px = Math.round(x + radius * Math.cos(angle));
            const py = Math.round(y + radius * Math.sin(angle));
            const cover = coverAt(px, py) ?? coverAt(px + 1, py);
            firstCover ??= cover ?? (markerAt(px, py) ? 'a practice marker' : null);
            if (cover === null && !markerAt(px, py)) return { x: px, y: py };
          }
        }
        return { cover: firstCover ?? 'nothing' };
      },
      {
        x,
        y,
        map: MAP,
        controls: MAP_CONTROLS,
        markers: MAP_LAYER_PANES['practice markers'],
        reach,
        clearance: MARKER_CLEARANCE_PX,
      },
    );
    if ('cover' in found) {
      throw new Error(`${lng}, ${lat} is hidden from the pointer by ${found.cover}`);
    }
    return found;
  }

  private async placeOnScreen(lng: number, lat: number) {
    const { view, box } = await this.viewAndBox();
    return { ...toScreen(view, box, lng, lat), box, view };
  }

  private async viewAndBox(): Promise<{ view: MapView; box: Box }> {
    const view = await this.view();
    const box = await this.page.locator(MAP).boundingBox();
    if (!box) throw new Error(`The map (${MAP}) is not on the page`);
    return { view, box };
  }

  private isAboutStubbedRequest(message: ConsoleMessage): boolean {
    const { url } = message.location();
    return message.text().startsWith('Failed to load resource') && this.stubbedUrls.has(url);
  }
}

async function isFocused(locator: ReturnType<Page['getByRole']>): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Where the keyboard focus should land, in the terms of the page. */
export type FocusTarget =
  | { kind: 'skip link' }
  | { kind: 'filter option'; legend: string; option: string }
  | { kind: 'view'; view: ExplorerView }
  | { kind: 'result' }
  | { kind: 'practice heading' }
  | { kind: 'filters button' };

function describeTarget(target: FocusTarget): string {
  switch (target.kind) {
    case 'filter option':
      return `The option "${target.option}" of "${target.legend}"`;
    case 'view':
      return `The view switch "${target.view}"`;
    default:
      return `The ${target.kind}`;
  }
}

/** The first number in a text (`Znaleziono 1 234 praktyki` → 1234). */
function countIn(text: string, what: string): number {
  const match = /\d+(?:[ \u00a0\u202f]\d{3})*/.exec(text);
  if (!match) throw new Error(`${what} shows no number: ${JSON.stringify(text)}`);
  return Number(match[0].replace(/\D/g, ''));
}

/** The part of axe-core's API the driver uses (the page gets axe.min.js as a script). */
interface AxeApi {
  run(
    context: Document,
    options: { runOnly: { type: 'tag'; values: string[] } },
  ): Promise<{
    violations: {
      id: string;
      impact?: string | null;
      help: string;
      helpUrl: string;
      nodes: { target: string[]; html: string; failureSummary?: string }[];
    }[];
  }>;
}
