// The base of the e2e driver: one page of the app in its own browser context, and what went wrong
// on it. The domain layers build on it, each in its file: map geometry and pointing
// (driver-map.ts), filters, results and the practice (driver-explorer.ts), the keyboard and axe
// (driver-accessibility.ts); driver.ts composes them into AppDriver and opens the app.
import type { BrowserContext, ConsoleMessage, Locator, Page } from 'playwright-core';

export interface Problem {
  kind: 'pageerror' | 'console';
  text: string;
}

export type RequestedFileKind = 'script' | 'stylesheet' | 'data' | 'other';

export class PageDriver {
  private readonly problemsSeen: Problem[] = [];

  constructor(
    protected readonly page: Page,
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

  /** The same-origin files the page has requested so far, by kind (what a slow link pays per request). */
  async filesRequested(): Promise<Record<RequestedFileKind, string[]>> {
    const urls = await this.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => new URL(name).origin === location.origin),
    );
    const files: Record<RequestedFileKind, string[]> = {
      script: [],
      stylesheet: [],
      data: [],
      other: [],
    };
    for (const url of urls) {
      const { pathname } = new URL(url);
      const kind = pathname.endsWith('.js')
        ? 'script'
        : pathname.endsWith('.css')
          ? 'stylesheet'
          : pathname.includes('/data/')
            ? 'data'
            : 'other';
      files[kind].push(pathname.slice(pathname.lastIndexOf('/') + 1));
    }
    return files;
  }

  /** Scripts the page loaded, by file name: a lazy chunk must not be among them before it is needed. */
  async loadedScripts(): Promise<string[]> {
    return (await this.filesRequested()).script;
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  protected async nextFrames(): Promise<void> {
    await this.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  }

  private isAboutStubbedRequest(message: ConsoleMessage): boolean {
    const { url } = message.location();
    return message.text().startsWith('Failed to load resource') && this.stubbedUrls.has(url);
  }
}

export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** The first number in a text (`Znaleziono 1 234 praktyki` → 1234). */
export function countIn(text: string, what: string): number {
  const match = /\d+(?:[ \u00a0\u202f]\d{3})*/.exec(text);
  if (!match) throw new Error(`${what} shows no number: ${JSON.stringify(text)}`);
  return Number(match[0].replace(/\D/g, ''));
}
