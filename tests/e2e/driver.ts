// The one place that knows how the app is built: selectors, the browser, the network stubs and
// the map's projection. Specs speak in domain verbs (`openApp`, `pointAt`, `unitInfo`) and never
// touch a selector, so a change of markup is fixed here once.
import { inject, onTestFinished } from 'vitest';
import type { Browser, BrowserContext, ConsoleMessage, Page, Route } from 'playwright-core';
import { gazetteerSchema, type Gazetteer } from '../../src/data/schemas';
import { DATA_FILES } from '../../src/config/data-files';
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
  /** The map view, as in the URL: `map=8/50.0/19.8`. */
  hash?: string;
  tiles?: TileMode;
  viewport?: { width: number; height: number };
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
  const stubbed = await stubTheInternet(context, baseUrl(), options.tiles ?? 'fail');
  const page = await context.newPage();
  const app = new AppDriver(page, context, stubbed);
  onTestFinished(() => app.close());
  const hash = options.hash ? `#${options.hash.replace(/^#/, '')}` : '';
  await page.goto(`${baseUrl()}${hash}`);
  return app;
}

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
  async pointAt(lng: number, lat: number): Promise<void> {
    const { x, y } = await this.screenPoint(lng, lat);
    // Leaflet's canvas renderer ignores a mousemove that comes within 32 ms of the last one it
    // handled, and a single synthetic move can fall in that gap; so arrive next to the place,
    // pause as a hand would, and settle on it.
    await this.page.mouse.move(x + 1, y);
    await this.page.waitForTimeout(HOVER_PAUSE_MS);
    await this.page.mouse.move(x, y);
  }

  async clickAt(lng: number, lat: number): Promise<void> {
    await this.pointAt(lng, lat);
    const { x, y } = await this.screenPoint(lng, lat);
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

  private async screenPoint(lng: number, lat: number): Promise<{ x: number; y: number }> {
    const { x, y, box, view } = await this.placeOnScreen(lng, lat);
    const inside = x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
    if (!inside) {
      throw new Error(
        `${lng}, ${lat} is off the visible map at view ${view.zoom}/${view.lat}/${view.lng}`,
      );
    }
    // Something over the map (a control, a notice) would take the pointer instead: say so
    // rather than let a test wait for an answer that cannot come.
    const cover = await this.page.evaluate(
      ({ x, y, map, controls }) => {
        const element = document.elementFromPoint(x, y);
        const container = document.querySelector(map);
        const onMap =
          element !== null &&
          container !== null &&
          container.contains(element) &&
          element.closest(controls) === null;
        return onMap ? null : (element?.outerHTML.slice(0, 120) ?? 'nothing');
      },
      { x, y, map: MAP, controls: MAP_CONTROLS },
    );
    if (cover !== null) {
      throw new Error(`${lng}, ${lat} is hidden from the pointer by ${cover}`);
    }
    return { x, y };
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
