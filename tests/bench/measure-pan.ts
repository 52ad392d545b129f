// Panning at zoom 10 over Kraków (gminy drawn, małopolskie and śląskie in view): the map dragged
// left and right by 300 px, `pans` times, with a pause before the button is released so that no
// inertia follows (Leaflet then ends the move inside the mouseup handler, where every canvas
// redraws its paths). Two figures per pan: the mouseup task (the redraws, synchronous) and
// mouseup → the next frame painted (with whatever React does after the move). Measured twice:
// with the light borders only (the detail files refused, as before issue 9 §5) and with the
// detail files loaded.
//
//   npx tsx tests/bench/measure-pan.ts      # against dist/ (npm run build first)
import type { Browser, Page } from 'playwright-core';

export const PAN_VIEW = 'map=10/50.06/19.94';
const PAN_PX = 300;
const DETAIL_FILES = '**/data/boundaries-detail/**';

export interface PanSeries {
  detail: boolean;
  /** The voivodeships drawn in detail while panning (none for the light run). */
  detailFiles: string[];
  /** Mouseup handler, synchronous: the redraw of every canvas. */
  redrawMs: number[];
  /** Mouseup → the next frame painted. */
  frameMs: number[];
  error: string | null;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : (sorted[Math.floor((sorted.length - 1) / 2)] ?? 0);
};
const round = (value: number) => Math.round(value * 10) / 10;

/** One timed pan: the page records mouseup's start (capture) and end (bubble), then a frame. */
async function timedPan(page: Page, dx: number): Promise<{ redraw: number; frame: number }> {
  const box = await page.locator('.leaflet-container').boundingBox();
  if (!box) throw new Error('no map on the page');
  await page.evaluate(`(() => {
    window.__benchPan = new Promise((resolve) => {
      let start = 0;
      window.addEventListener('mouseup', () => { start = performance.now(); },
        { capture: true, once: true });
      window.addEventListener('mouseup', () => {
        const end = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () =>
            resolve({ redraw: end - start, frame: performance.now() - start });
          channel.port2.postMessage(null);
        });
      }, { once: true });
    });
  })()`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 6; step += 1) await page.mouse.move(x + (dx * step) / 6, y);
  // Leaflet keeps 50 ms of drag positions for inertia: past them, the release ends the move
  await page.waitForTimeout(120);
  await page.mouse.up();
  return page.evaluate(
    () =>
      (window as unknown as { __benchPan: Promise<{ redraw: number; frame: number }> }).__benchPan,
  );
}

export async function measurePan(
  browser: Browser,
  baseUrl: string,
  { detail, pans }: { detail: boolean; pans: number },
): Promise<PanSeries> {
  const series: PanSeries = { detail, detailFiles: [], redrawMs: [], frameMs: [], error: null };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    // tiles and everything else off the loopback: refused (as in the other scenarios)
    const origin = new URL(baseUrl).origin;
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.fallback() : route.abort(),
    );
    if (!detail) await context.route(DETAIL_FILES, (route) => route.abort());
    const loaded: string[] = [];
    page.on('requestfinished', (request) => {
      const code = /boundaries-detail\/(\d{2})\./.exec(request.url())?.[1];
      if (code) loaded.push(code);
    });
    await page.goto(`${baseUrl}#${PAN_VIEW}`);
    await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
      timeout: 60_000,
    });
    // let the detail files (or their refusal) arrive and the layers be rebuilt
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    // two pans unrecorded: the first redraws build caches
    for (const dx of [PAN_PX, -PAN_PX]) await timedPan(page, dx);
    for (let i = 0; i < pans; i += 1) {
      const { redraw, frame } = await timedPan(page, i % 2 === 0 ? PAN_PX : -PAN_PX);
      series.redrawMs.push(redraw);
      series.frameMs.push(frame);
    }
    series.detailFiles = [...new Set(loaded)].sort();
  } catch (error) {
    series.error = (error as Error).message.split('\n')[0] ?? 'unknown';
  } finally {
    await context.close();
  }
  return series;
}

export function formatPan(series: readonly PanSeries[]): string {
  const lines = [`pan at zoom 10 over Kraków (${PAN_VIEW}), ±${PAN_PX} px, median / worst:`];
  for (const s of series) {
    const what = s.detail
      ? `detail borders (${s.detailFiles.join(', ') || 'none loaded'})`
      : 'light borders only';
    lines.push(
      s.error
        ? `  ${what}: failed: ${s.error}`
        : `  ${what.padEnd(36)} redraw ${round(median(s.redrawMs))} / ${round(Math.max(...s.redrawMs))} ms` +
            `   to next frame ${round(median(s.frameMs))} / ${round(Math.max(...s.frameMs))} ms` +
            `   (${s.redrawMs.length} pans)`,
    );
  }
  return lines.join('\n');
}

// run alone: against dist/, both variants interleaved three times
if (import.meta.url === `file://${process.argv[1]}`) {
  const { launchChromium } = await import('../e2e/browser');
  const { serveDist } = await import('../e2e/serve-dist');
  const server = await serveDist();
  const browser = await launchChromium();
  try {
    const results: PanSeries[] = [];
    for (let round = 0; round < 3; round += 1) {
      for (const detail of [false, true]) {
        results.push(await measurePan(browser, server.baseUrl, { detail, pans: 10 }));
      }
    }
    const merge = (detail: boolean): PanSeries => {
      const runs = results.filter((s) => s.detail === detail);
      return {
        detail,
        detailFiles: runs.flatMap((s) => s.detailFiles).filter((c, i, a) => a.indexOf(c) === i),
        redrawMs: runs.flatMap((s) => s.redrawMs),
        frameMs: runs.flatMap((s) => s.frameMs),
        error: runs.find((s) => s.error)?.error ?? null,
      };
    };
    console.log(formatPan([merge(false), merge(true)]));
  } finally {
    await browser.close();
    await server.close();
  }
}
