// Taking things away (issue 10): the export files (downloads), the practices table that previews
// them, and the page as printed (print media emulated). Builds on the accessibility layer.
import { readFile } from 'node:fs/promises';
import { PRACTICE_DETAIL } from './driver-contract';
import { AccessibilityDriver } from './driver-accessibility';

export type ExportFormat = 'CSV' | 'GeoJSON';

/** A downloaded file: the name the app gave it and its text. */
export interface DownloadedFile {
  fileName: string;
  text: string;
}

const EXPORT_SUMMARY = /^(Pobierz wyniki|Download results)$/;
const POLYGONS_OPTION = /wielokąty|polygons/;
const PRACTICES_TABLE_MODE = /^(Lista praktyk|List of practices)$/;
const PRACTICES_TABLE = '[data-testid="practices-table"]';
const PRINT_NAME = /^(Drukuj|Print)$/;
const PRINT_MAP = '[data-testid="print-map"]';

export class ExportDriver extends AccessibilityDriver {
  /** Opens "Pobierz wyniki", presses the button named for the format and takes the download. */
  async exportFile(
    format: ExportFormat,
    options: { polygons?: boolean } = {},
  ): Promise<DownloadedFile> {
    const summary = this.page.getByText(EXPORT_SUMMARY, { exact: true });
    const button = this.page.getByRole('button', { name: new RegExp(`\\b${format}\\b`) });
    if (!(await button.isVisible())) await summary.click();
    await button.waitFor({ state: 'visible', timeout: 10_000 });
    if (options.polygons !== undefined) {
      await this.page.getByRole('checkbox', { name: POLYGONS_OPTION }).setChecked(options.polygons);
    }
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 20_000 }),
      button.click(),
    ]);
    const path = await download.path();
    return { fileName: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  // -------------------------------------------------------------------------------------------
  // The practices table

  /** The table view, showing the practices as rows. */
  async showPracticesTable(): Promise<void> {
    await this.showView('table');
    await this.page.getByRole('button', { name: PRACTICES_TABLE_MODE }).click();
    await this.page.locator(PRACTICES_TABLE).waitFor({ state: 'visible', timeout: 10_000 });
  }

  private practicesTable() {
    return this.page.locator(PRACTICES_TABLE);
  }

  /** Presses the sort button in a column's header. */
  async sortPracticesTableBy(column: string): Promise<void> {
    await this.practicesTable()
      .getByRole('columnheader', { name: column })
      .getByRole('button')
      .click();
    await this.nextFrames();
  }

  /** The column the table says it is sorted by (aria-sort), with the direction. */
  async practicesTableSort(): Promise<{ column: string; direction: string } | null> {
    const header = this.practicesTable().locator('th[aria-sort]');
    if ((await header.count()) === 0) return null;
    return {
      column: (await header.innerText()).replace(/[▲▼↕]/g, '').trim(),
      direction: (await header.getAttribute('aria-sort')) ?? '',
    };
  }

  /** The texts of one column, top to bottom (every row shown). */
  async practicesTableColumn(column: string): Promise<string[]> {
    const table = this.practicesTable();
    const headers = await table.locator('thead th').allInnerTexts();
    const at = headers.findIndex((text) => text.replace(/[▲▼↕]/g, '').trim() === column);
    if (at === -1) throw new Error(`No column "${column}" in ${headers.join(' | ')}`);
    return table
      .locator('tbody tr')
      .evaluateAll((rows, i) => rows.map((row) => (row.children[i]?.textContent ?? '').trim()), at);
  }

  /** The ids of the practices in the table's rows, top to bottom. */
  async practicesTableIds(): Promise<string[]> {
    return this.practicesTable()
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-practice-id') ?? ''));
  }

  // -------------------------------------------------------------------------------------------
  // Paper

  /** Presses "Drukuj" on the open practice; true when the browser's print was asked for. */
  async printPractice(): Promise<boolean> {
    await this.page.evaluate(() => {
      const record = window as unknown as { printed: number };
      record.printed = 0;
      // headless Chromium would print to nowhere: count the calls instead
      window.print = () => {
        record.printed += 1;
      };
    });
    await this.page.locator(PRACTICE_DETAIL).getByRole('button', { name: PRINT_NAME }).click();
    const handle = await this.page.waitForFunction(
      () => (window as unknown as { printed: number }).printed > 0,
      undefined,
      { timeout: 10_000 },
    );
    return Boolean(await handle.jsonValue());
  }

  /** Emulates print media (as the printout is laid out) or goes back to the screen. */
  async emulatePrint(on: boolean): Promise<void> {
    await this.page.emulateMedia({ media: on ? 'print' : 'screen' });
    await this.nextFrames();
  }

  /** What can be seen of the page's parts (as laid out now: on screen or on paper). */
  async visibleParts() {
    const visible = (selector: string) => this.page.locator(selector).first().isVisible();
    return {
      filters: await this.filtersAreShown(),
      toolbar: await visible('.toolbar'),
      map: await visible('[data-testid="map"]'),
      mapControls: await visible('.leaflet-control-container'),
      viewSwitch: await this.viewControl('map').isVisible(),
      printMap: await visible(PRINT_MAP),
    };
  }

  /** Whether a text is visible inside the open practice. */
  async practiceShowsText(text: string): Promise<boolean> {
    return this.page.locator(PRACTICE_DETAIL).getByText(text, { exact: false }).first().isVisible();
  }

  /** The rows of the result list that are rendered (a virtualised list renders only some). */
  async renderedResultRows(): Promise<number> {
    return this.page.locator('[data-testid="result-item"]').count();
  }
}
