// The embed (issue 10): the app as another site's iframe shows it (`embed=1`), a host page around
// it, the embed builder's dialog, and the phone toolbar's menu. Builds on the export layer.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame } from 'playwright-core';
import { onTestFinished } from 'vitest';
import {
  APP_HEADER,
  EMBED_BUTTON_NAME,
  EMBED_CODE_NAME,
  EMBED_DIALOG_NAME,
  EMBED_COPY_NAME,
  EMBED_HEIGHT_NAME,
  FULL_MAP_LINK_NAME,
  MAP,
  MAP_READY_MARK,
  RESULT_COUNT,
  TOOLBAR,
  TOOLBAR_MORE_NAME,
} from './driver-contract';
import { InfoDriver } from './driver-info';

/** The link out of an embed to the full app. */
export interface FullMapLink {
  href: string;
  target: string | null;
  rel: string | null;
}

export class EmbedDriver extends InfoDriver {
  /** Whether the app's header (name, place search, languages) is on screen. */
  async appHeaderIsShown(): Promise<boolean> {
    return this.page.locator(APP_HEADER).isVisible();
  }

  /** The embed's "Otwórz pełną mapę": its address (absolute), target and rel. */
  async fullMapLink(): Promise<FullMapLink> {
    const link = this.page.getByRole('link', { name: FULL_MAP_LINK_NAME });
    const href = await link.evaluate((element) => (element as HTMLAnchorElement).href);
    return { href, target: await link.getAttribute('target'), rel: await link.getAttribute('rel') };
  }

  // -------------------------------------------------------------------------------------------
  // A host page with the embed in an iframe

  /**
   * Opens a page of another site (another origin: a server of the test's own on a free loopback
   * port; a public host could not frame a loopback address) that is taller than the window, with
   * the embed of `embedPath` (`?region=22&embed=1`) in an iframe of `height` px below its heading,
   * and waits for the embed's map and results.
   */
  async openHostPage(embedPath: string, height = 500): Promise<void> {
    const src = new URL(embedPath, this.page.url()).href;
    const html =
      '<!doctype html><html lang="en"><head><title>Host</title></head><body style="margin:0">' +
      '<main><h1>A host page</h1><div style="height:300px"></div>' +
      `<iframe src="${src}" title="Mapa Praktyk" width="100%" height="${height}" style="border:0"></iframe>` +
      '<div style="height:3000px"></div></main></body></html>';
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => {
      server.closeAllConnections();
      server.close();
    });
    const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    // the driver stubs every other origin: this one is let through to the test's server
    await this.page.route(`${host}**`, (route) => route.continue());
    await this.page.goto(host);
    const frame = await this.embedFrame();
    await frame.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      MAP_READY_MARK,
      { timeout: 30_000 },
    );
    await frame.locator(RESULT_COUNT).filter({ hasText: /\d/ }).waitFor({ timeout: 20_000 });
  }

  private async embedFrame(): Promise<Frame> {
    const element = await this.page.waitForSelector('iframe', { timeout: 10_000 });
    const frame = await element.contentFrame();
    if (!frame) throw new Error('the host page has no iframe content');
    await frame.waitForLoadState('load');
    return frame;
  }

  /** How far the host page is scrolled (px). */
  async hostScroll(): Promise<number> {
    return this.page.evaluate(() => window.scrollY);
  }

  /** The embed's map view from its address (`#map=zoom/lat/lng`), or '' before the map wrote one. */
  async embedMapHash(): Promise<string> {
    const frame = await this.embedFrame();
    return frame.evaluate(() => window.location.hash);
  }

  /** Turns the wheel (down, `deltaY` px) over the middle of the embed's map; `ctrl` held or not. */
  async wheelOverEmbedMap(deltaY: number, options: { ctrl?: boolean } = {}): Promise<void> {
    const frame = await this.embedFrame();
    const box = await frame.locator(MAP).boundingBox();
    if (!box) throw new Error("the embed's map has no box");
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    if (options.ctrl) await this.page.keyboard.down('Control');
    await this.page.mouse.wheel(0, deltaY);
    if (options.ctrl) await this.page.keyboard.up('Control');
    // the scroll and Leaflet's wheel zoom (it gathers 40 ms of turns) land in later frames
    await this.page.waitForTimeout(400);
    await this.nextFrames();
  }

  // -------------------------------------------------------------------------------------------
  // The embed builder

  /** Presses "Osadź mapę" (through the phone's menu if it is there) and waits for the dialog. */
  async openEmbedBuilder(): Promise<void> {
    const button = this.page.getByRole('button', { name: EMBED_BUTTON_NAME });
    if (!(await button.isVisible())) await this.openToolbarMenu();
    await button.click();
    await this.embedBuilder().waitFor({ state: 'visible', timeout: 10_000 });
  }

  private embedBuilder() {
    return this.page.getByRole('dialog', { name: EMBED_DIALOG_NAME });
  }

  async embedBuilderIsOpen(): Promise<boolean> {
    return this.embedBuilder().isVisible();
  }

  /** Chooses the embed's language by its name in itself ("polski", "English"). */
  async chooseEmbedLanguage(name: string): Promise<void> {
    await this.embedBuilder().getByRole('radio', { name }).check();
  }

  /** Types a height into the builder's field (replacing what was there). */
  async setEmbedHeight(text: string): Promise<void> {
    await this.embedBuilder().getByRole('textbox', { name: EMBED_HEIGHT_NAME }).fill(text);
  }

  /** The message under the height field, or null when the height is accepted. */
  async embedHeightError(): Promise<string | null> {
    const field = this.embedBuilder().getByRole('textbox', { name: EMBED_HEIGHT_NAME });
    if ((await field.getAttribute('aria-invalid')) !== 'true') return null;
    const id = await field.getAttribute('aria-describedby');
    return id ? this.page.locator(`[id="${id}"]`).innerText() : '';
  }

  /** The code in the builder's field. */
  async embedCode(): Promise<string> {
    return this.embedBuilder().getByRole('textbox', { name: EMBED_CODE_NAME }).inputValue();
  }

  /** Presses "Kopiuj kod" and returns what lands on the clipboard. */
  async copyEmbedCode(): Promise<string> {
    return this.copiedBy(this.embedBuilder().getByRole('button', { name: EMBED_COPY_NAME }));
  }

  /** The live preview's address and title (null when there is none). */
  async embedPreview(): Promise<{ src: string; title: string } | null> {
    const frame = this.embedBuilder().locator('iframe');
    if ((await frame.count()) === 0) return null;
    return {
      src: (await frame.getAttribute('src')) ?? '',
      title: (await frame.getAttribute('title')) ?? '',
    };
  }

  /** The preview's own count, once its map and results are in (it is the embed, framed). */
  async embedPreviewCount(): Promise<string> {
    const element = await this.embedBuilder().locator('iframe').elementHandle();
    const frame = await element?.contentFrame();
    if (!frame) throw new Error('the preview has no content');
    const count = frame.locator(RESULT_COUNT);
    await count.filter({ hasText: /\d/ }).waitFor({ timeout: 20_000 });
    return count.innerText();
  }

  // -------------------------------------------------------------------------------------------
  // The toolbar

  /** Opens the phone toolbar's "Udostępnij i pobierz" menu. */
  async openToolbarMenu(): Promise<void> {
    const button = this.page.getByRole('button', { name: TOOLBAR_MORE_NAME });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }

  /** Whether the toolbar has the menu button (a phone) rather than the buttons themselves. */
  async toolbarHasMenu(): Promise<boolean> {
    return this.page.getByRole('button', { name: TOOLBAR_MORE_NAME }).isVisible();
  }

  /** How many rows the toolbar's visible controls take, from their boxes on screen. */
  async toolbarRows(): Promise<number> {
    const boxes = await this.page.locator(`${TOOLBAR} > *`).evaluateAll((elements) =>
      elements
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.height > 0)
        .map((box) => ({ top: box.top, bottom: box.bottom })),
    );
    boxes.sort((a, b) => a.top - b.top);
    let rows = 0;
    let rowBottom = -Infinity;
    for (const box of boxes) {
      // a box that starts below the current row's bottom starts a new row
      if (box.top >= rowBottom - 1) {
        rows += 1;
        rowBottom = box.bottom;
      } else rowBottom = Math.max(rowBottom, box.bottom);
    }
    return rows;
  }
}
