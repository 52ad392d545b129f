// Opens the app from a server other than global-setup's preview (the nginx stories), with the
// driver's verbs (AppDriver) and a record of every Content-Security-Policy violation the page
// reports. The network outside that server is stubbed as driver.ts does it: images (tiles) get
// a 404, everything else is aborted, and Chromium resolves no host name.
import { onTestFinished } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { AppDriver } from './driver';
import { stubTheInternet } from './driver-network';

export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
}

export interface ServedApp {
  app: AppDriver;
  page: Page;
  /** What the page reported through `securitypolicyviolation` events, in order. */
  cspViolations(): Promise<CspViolation[]>;
  /** Console messages about the policy ("Refused to …", "Content Security Policy"). */
  cspConsoleMessages(): string[];
}

let sharedBrowser: Browser | undefined;

export async function closeServedAppBrowser(): Promise<void> {
  await sharedBrowser?.close();
  sharedBrowser = undefined;
}

// Runs before any script of the page: every violation the document or a worker reports is kept.
const RECORD_VIOLATIONS = () => {
  const seen: unknown[] = [];
  Object.defineProperty(window, '__cspViolations', { value: seen });
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`,
    });
  });
};

export async function openAppAt(
  baseUrl: string,
  options: { path?: string; viewport?: { width: number; height: number } } = {},
): Promise<ServedApp> {
  sharedBrowser ??= await launchChromium();
  const context = await sharedBrowser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'pl-PL',
  });
  const stubbed = await stubTheInternet(context, baseUrl, 'fail');
  await context.addInitScript(RECORD_VIOLATIONS);
  const page = await context.newPage();
  const cspConsole: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Content-Security-Policy|Refused to/i.test(text)) {
      cspConsole.push(text);
    }
  });
  const app = new AppDriver(page, context, stubbed);
  onTestFinished(() => app.close());
  await page.goto(new URL(options.path ?? '', baseUrl).href);
  return {
    app,
    page,
    cspViolations: () =>
      page.evaluate(
        () => (window as unknown as { __cspViolations: CspViolation[] }).__cspViolations,
      ),
    cspConsoleMessages: () => [...cspConsole],
  };
}
