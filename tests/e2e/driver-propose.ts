// The propose form in domain verbs: open it, fill it in, choose units from the register, send it
// as a download. Opens its own page (downloads accepted) with the same stubbed network as
// driver.ts; the verbs of AppDriver stay available.
import { inject, onTestFinished } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { launchChromium } from './browser';
import { AppDriver } from './driver';
import { stubTheInternet } from './driver-network';

let sharedBrowser: Browser | undefined;

export async function closeProposeBrowser(): Promise<void> {
  await sharedBrowser?.close();
  sharedBrowser = undefined;
}

export class ProposeDriver extends AppDriver {
  private form(): Locator {
    return this.page.getByTestId('propose-form');
  }

  async openProposeForm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Zgłoś praktykę' }).click();
    await this.form().waitFor({ state: 'visible', timeout: 15_000 });
  }

  async fillField(label: string, value: string): Promise<void> {
    await this.form().getByLabel(label, { exact: true }).fill(value);
  }

  async chooseOption(label: string, option: string): Promise<void> {
    await this.form().getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  /** Types into a unit search and picks the option whose text starts with `optionStart`. */
  async pickUnit(searchLabel: string, text: string, optionStart: string): Promise<void> {
    const input = this.form().getByRole('combobox', { name: searchLabel });
    await input.fill(text);
    await this.form()
      .getByRole('option', { name: new RegExp(`^${escape(optionStart)}`) })
      .first()
      .click();
  }

  async leader(): Promise<string> {
    return (await this.form().getByTestId('propose-leader').textContent()) ?? '';
  }

  async members(): Promise<string[]> {
    return this.form().getByTestId('propose-members').locator('li').allTextContents();
  }

  async formProblems(): Promise<string[]> {
    return this.form().locator('.propose__problem').allTextContents();
  }

  async status(): Promise<string> {
    return (await this.form().getByTestId('propose-status').textContent()) ?? '';
  }

  /** Presses "Pobierz zgłoszenie" and saves the file; returns where it was saved and its name. */
  async downloadProposal(file: string): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 15_000 }),
      this.form().getByRole('button', { name: 'Pobierz zgłoszenie (plik JSON)' }).click(),
    ]);
    await download.saveAs(file);
    return download.suggestedFilename();
  }

  async reloadPage(): Promise<void> {
    await this.page.reload();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Opens the app (downloads accepted) and waits for the explorer. */
export async function openForProposing(): Promise<ProposeDriver> {
  sharedBrowser ??= await launchChromium();
  const baseUrl = inject('baseUrl');
  const context = await sharedBrowser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'pl-PL',
    acceptDownloads: true,
  });
  const stubbed = await stubTheInternet(context, baseUrl, 'fail');
  const page = await context.newPage();
  const app = new ProposeDriver(page, context, stubbed);
  onTestFinished(() => app.close());
  await page.goto(baseUrl);
  await app.waitForExplorerReady();
  return app;
}
