// Map geometry and pointing: where a place is on screen (Web Mercator, what Leaflet's EPSG:3857
// does with 256-px tiles, from the view the app wrote into the hash and read with the app's own
// codec), moving the pointer to it, and reading what the map paints there.
import { LEVEL_MIN_ZOOM } from '../../src/config/map';
import { partnerRingOffsets } from '../../src/features/practices/map/practice-map-links';
import { parseMapHash, type MapView } from '../../src/stores/url-map-hash';
import {
  MAP,
  MAP_CONTROLS,
  MAP_CONTROLS_IGNORED,
  MAP_LEGEND,
  MAP_LAYER_PANES,
  PARTNER_TOOLTIP,
  MAP_READY_MARK,
  UNIT_INFO,
  ZOOM_IN,
  type MapLayer,
} from './driver-contract';
import { PageDriver } from './driver-page';

export type { MapView };

/** A point on the page, in CSS pixels. */
export interface Spot {
  x: number;
  y: number;
}

export interface PointingOptions {
  /**
   * How many pixels from the place the pointer may land when a marker or control covers the
   * place itself (default POINTING_REACH_PX); keep it under half the unit's size on screen.
   */
  reach?: number;
}

/** How far from a place the pointer may land when a marker or control covers the place. */
const POINTING_REACH_PX = 16;
/** How far from any painted marker pixel the pointer stays (markers take a margin around them). */
const MARKER_CLEARANCE_PX = 6;
/** Longer than Leaflet's canvas hover throttle (32 ms). */
const HOVER_PAUSE_MS = 50;

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

const DETAIL_FILE = /\/data\/boundaries-detail\/(\d{2})\.topo\.json$/;

export class MapDriver extends PageDriver {
  private readonly detailRequested: string[] = [];

  constructor(...args: ConstructorParameters<typeof PageDriver>) {
    super(...args);
    // the full-detail border files, by voivodeship code, in the order the app asked for them
    this.page.on('request', (request) => {
      const code = DETAIL_FILE.exec(new URL(request.url()).pathname)?.[1];
      if (code) this.detailRequested.push(code);
    });
  }

  /** The voivodeships (2-digit codes) whose full-detail borders the app has asked for so far. */
  boundaryDetailRequests(): string[] {
    return [...this.detailRequested];
  }

  async waitForMapReady(): Promise<void> {
    await this.page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      MAP_READY_MARK,
      { timeout: 30_000 },
    );
    // and the work queued behind the first view (the list's rows, the text index in idle slices)
    // has let go of the main thread: a pointer moved before may meet a page still busy
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          requestIdleCallback(() => requestIdleCallback(() => resolve()));
        }),
    );
  }

  async mapIsShown(): Promise<boolean> {
    const box = await this.page.locator(MAP).boundingBox();
    return box !== null && box.width > 100 && box.height > 100;
  }

  /**
   * The view the app wrote into the URL, read with the app's own codec; a view that codec would
   * not take back as written (clamped, malformed) is a failure, not something to guess around.
   */
  async view(): Promise<MapView> {
    const hash = await this.hash();
    const { view, ignored } = parseMapHash(hash);
    if (!view || ignored.length > 0) {
      const why = ignored.map((issue) => `${issue.key}: ${issue.reason}`).join(', ');
      throw new Error(
        `The app's URL has no usable #map=zoom/lat/lng view (hash: ${JSON.stringify(hash)}` +
          `${why ? `; ${why}` : ''}); the driver needs it to find places on the map.`,
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

  /** Taps (clicks) the practice marker drawn at a place, as a person opening it from the map. */
  async tapMarkerAt(lng: number, lat: number): Promise<void> {
    const { x, y } = await this.placeOnScreen(lng, lat);
    await this.page.mouse.move(x + 1, y);
    await this.page.waitForTimeout(HOVER_PAUSE_MS);
    await this.page.mouse.move(x, y);
    await this.page.mouse.click(x, y);
  }

  /** Whether the pointer can reach a place (no marker or control in the way, see pointAt). */
  async canPointAt(lng: number, lat: number, options: PointingOptions = {}): Promise<boolean> {
    return this.screenPoint(lng, lat, options).then(
      () => true,
      () => false,
    );
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
    let hash = await this.hash();
    await this.page.locator(ZOOM_IN).click();
    // each move ends with the view written to the hash; wait for one that shows a closer zoom
    for (let writes = 0; (await this.view()).zoom <= before.zoom; writes += 1) {
      if (writes >= 10) throw new Error(`Zooming in from ${before.zoom} never showed in the URL`);
      hash = await this.hashChange(hash);
    }
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

  /** How many partners with no place of their own the open practice draws round its leader. */
  async partnersDrawn(): Promise<number> {
    const count = await this.page
      .locator(MAP_LAYER_PANES['practice partners'])
      .getAttribute('data-marker-count', { timeout: 5_000 })
      .catch(() => null);
    return Number(count ?? 0);
  }

  /**
   * Moves the pointer onto the `nth` of the `of` partners drawn round the leading unit at
   * `leader` ([lng, lat], its label point), where the app promises to draw them
   * (partnerRingOffsets), and returns the name the map then shows.
   */
  async pointAtPartner(leader: [number, number], nth: number, of: number): Promise<string> {
    const offset = partnerRingOffsets(of)[nth];
    if (!offset) throw new Error(`there is no partner ${nth} of ${of}`);
    const { x, y } = await this.placeOnScreen(leader[0], leader[1]);
    await this.page.mouse.move(x + offset[0] + 1, y + offset[1]);
    await this.page.waitForTimeout(HOVER_PAUSE_MS);
    await this.page.mouse.move(x + offset[0], y + offset[1]);
    return (await this.partnerNameShown()) ?? '';
  }

  /** Takes the pointer off the map (to the page's top-left corner), as a hand reaching for keys. */
  async pointAway(): Promise<void> {
    await this.page.mouse.move(0, 0);
    await this.page
      .waitForFunction((tooltip) => document.querySelector(tooltip) === null, PARTNER_TOOLTIP, {
        timeout: 2_000,
      })
      .catch(() => undefined);
  }

  /** The name the map shows next to a partner drawn round the leading unit, if any. */
  async partnerNameShown(): Promise<string | null> {
    const tooltip = this.page.locator(PARTNER_TOOLTIP);
    const shown = await tooltip
      .waitFor({ state: 'visible', timeout: 2_000 })
      .then(() => true)
      .catch(() => false);
    return shown ? (await tooltip.innerText()).trim() : null;
  }

  /** Text of the panel that names the unit under the pointer or the one chosen. */
  async unitInfo(): Promise<string> {
    // innerText, not textContent: the words as laid out, with breaks between blocks
    const text = await this.page.locator(UNIT_INFO).innerText({ timeout: 5_000 });
    return text.replace(/\s+/g, ' ').trim();
  }

  /** Drags the map by (dx, dy) pixels from its centre and waits until it has come to rest. */
  async pan(dx: number, dy: number): Promise<void> {
    const box = await this.page.locator(MAP).boundingBox();
    if (!box) throw new Error(`The map (${MAP}) is not on the page`);
    const before = await this.hash();
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
    // the hand leaves the map: the unit strip under it stops describing the unit under the
    // pointer and may change height, which resizes the map and rewrites the hash
    await this.page.mouse.move(0, 0);
    // a drag ends with some inertia: the view is written again when it stops
    await this.waitForMapToSettle();
  }

  /** Waits until the map's view (the hash) has stopped changing, e.g. after a fit. */
  async waitForMapToSettle(): Promise<MapView> {
    let last = '';
    for (let looks = 0; looks < 40; looks += 1) {
      await this.page.waitForTimeout(250);
      const hash = await this.hash();
      if (hash === last) return this.view();
      last = hash;
    }
    throw new Error(`The map kept moving for 10 s (last view ${last})`);
  }

  /**
   * Folds the map's legends (they are disclosure widgets), as a user does to see the map; with
   * the keyboard unless told to click.
   */
  async foldMapLegends(using: 'keyboard' | 'mouse' = 'keyboard'): Promise<void> {
    // the legend's sections fold inside it: once it is folded they are out of sight
    const open = this.page.locator(`${MAP_CONTROLS} details[open] > summary:visible`);
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

  /** Whether the map's legend is unfolded (its sections in sight). */
  async mapLegendIsOpen(): Promise<boolean> {
    return this.page.locator(MAP_LEGEND).evaluate((legend) => (legend as HTMLDetailsElement).open);
  }

  /**
   * The share (0–1) of the map's area under its controls other than the zoom buttons and the
   * attribution: the legend, notices, anything a layer adds as a control.
   */
  async mapShareUnderControls(): Promise<number> {
    await this.nextFrames();
    return this.page.evaluate(
      ({ map, ignored }) => {
        const container = document.querySelector(map);
        if (!container) throw new Error(`no ${map}`);
        const box = container.getBoundingClientRect();
        let covered = 0;
        for (const control of container.querySelectorAll('.leaflet-control')) {
          if (control.matches(ignored)) continue;
          const rect = control.getBoundingClientRect();
          const width = Math.min(rect.right, box.right) - Math.max(rect.left, box.left);
          const height = Math.min(rect.bottom, box.bottom) - Math.max(rect.top, box.top);
          if (width > 0 && height > 0) covered += width * height;
        }
        return covered / (box.width * box.height);
      },
      { map: MAP, ignored: MAP_CONTROLS_IGNORED },
    );
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
   * For each place, a spot within 24 px of it (past a marker, or the ring of partners round a
   * leader, standing on it) where `layer` paints and no layer above it (a
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
        for (let radius = 2; radius <= 24; radius += 2) {
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

  private async hash(): Promise<string> {
    return this.page.evaluate(() => window.location.hash);
  }

  /** Waits until the hash is no longer `from` (up to 10 s) and returns it. */
  private async hashChange(from: string): Promise<string> {
    const handle = await this.page.waitForFunction(
      (previous) => (window.location.hash !== previous ? window.location.hash : null),
      from,
      { timeout: 10_000 },
    );
    return String(await handle.jsonValue());
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
          [...document.querySelectorAll<HTMLCanvasElement>(markers)].some((canvas) => {
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
        // practice markers, and the partners round an open practice's leading unit
        markers: `${MAP_LAYER_PANES['practice markers']} canvas, ${MAP_LAYER_PANES['practice partners']} canvas`,
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
}
