// The explorer: filters, results, a practice, the link and its notice, the language and the
// view switch; what a person sees of them, in comparable form.
import { MapDriver } from './driver-map';
import {
  CLOSE_NAME,
  COPY_LINK_NAME,
  COPY_PRACTICE_LINK_NAME,
  TOOLBAR_MORE_NAME,
  COVERING_NAME,
  DATA_PROBLEMS,
  FILTERS_BUTTON_NAME,
  MAP,
  PLACE_PANEL,
  PRACTICE_DETAIL,
  REGION_LEGENDS,
  RESULTS,
  RESULTS_UPDATED_MARK,
  RESULT_COUNT,
  RESULT_ITEM,
  UNDATED_NAME,
  RETRY_NAME,
  URL_NOTICE,
  VIEW_NAMES,
  type ExplorerView,
  type Language,
} from './driver-contract';
import type { Locator, Page } from 'playwright-core';
import { countIn } from './driver-page';

/** What the panel of a place says: its name, facts, and its practices by group. */
export interface PlacePanelShown {
  heading: string;
  facts: string;
  /** Each group's heading with the titles it lists (a suggestion's reason after ` — `). */
  groups: { heading: string; items: string[] }[];
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class ExplorerDriver extends MapDriver {
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

  /** Where a filter option stands on the page (its top, in CSS pixels from the viewport's top). */
  async filterOptionTop(legend: string, option: string): Promise<number> {
    const box = await this.filterOption(legend, option).boundingBox();
    if (!box) throw new Error(`The option "${option}" of "${legend}" is not on screen`);
    return box.y;
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

  /** Opens a practice by a click on its row away from the title (on the row's last line). */
  async openPracticeByRow(title: string): Promise<void> {
    const item = await this.resultItem(title);
    const box = await item.boundingBox();
    if (!box) throw new Error(`the row of "${title}" is not on screen`);
    await this.page.mouse.click(box.x + box.width * 0.75, box.y + box.height - 8);
    await this.page.locator(PRACTICE_DETAIL).waitFor({ state: 'visible', timeout: 10_000 });
  }

  /** The text of a practice's row that is cut off (ellipsis or clipped), empty when none is. */
  async cutTextInRow(title: string): Promise<string[]> {
    const item = await this.resultItem(title);
    return item.evaluate((row) => {
      const cut: string[] = [];
      if (row.scrollHeight > row.clientHeight) cut.push(`the row (${row.scrollHeight} px)`);
      for (const line of row.querySelectorAll('p')) {
        if (line.scrollWidth > line.clientWidth) cut.push(line.textContent ?? '');
      }
      return cut;
    });
  }

  /** The title of the open practice (the detail's heading), or null when none is open. */
  async openPracticeTitle(): Promise<string | null> {
    const detail = this.page.locator(PRACTICE_DETAIL);
    if (!(await detail.isVisible())) return null;
    const heading = detail.getByRole('heading', { level: 2 }).first();
    return (await heading.innerText({ timeout: 5_000 })).replace(/\s+/g, ' ').trim();
  }

  /** Closes the open practice with its close button. */
  /** Moves the keyboard focus to a partner named in the open practice's detail. */
  async focusPartner(name: string): Promise<void> {
    const detail = this.page.locator(PRACTICE_DETAIL);
    const button = detail.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}\\s*,`) });
    await button.focus();
  }

  async closePractice(): Promise<void> {
    const detail = this.page.locator(PRACTICE_DETAIL);
    await detail.getByRole('button', { name: CLOSE_NAME }).first().click();
    await detail.waitFor({ state: 'hidden', timeout: 5_000 });
  }

  /** Presses "Kopiuj link" and returns what lands on the clipboard. */
  async copyLink(): Promise<string> {
    const button = this.page.getByRole('button', { name: COPY_LINK_NAME }).first();
    // on a phone it sits in the toolbar's menu
    if (!(await button.isVisible())) {
      await this.page.getByRole('button', { name: TOOLBAR_MORE_NAME }).click();
    }
    return this.copiedBy(button);
  }

  /** Presses the open practice's "Kopiuj link do praktyki" and returns what lands on the clipboard. */
  async copyPracticeLink(): Promise<string> {
    const detail = this.page.locator(PRACTICE_DETAIL);
    return this.copiedBy(detail.getByRole('button', { name: COPY_PRACTICE_LINK_NAME }));
  }

  /** Presses a copy button and returns what lands on the clipboard. */
  protected async copiedBy(button: Locator): Promise<string> {
    await this.page.evaluate(() => navigator.clipboard.writeText(''));
    await button.click();
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
  // Controls the keyboard layer also looks for

  /** The region filter that can be seen (a hidden copy may wait in a closed drawer). */
  protected regionGroup() {
    return this.page
      .getByRole('group', { name: REGION_LEGENDS[0], exact: true })
      .or(this.page.getByRole('group', { name: REGION_LEGENDS[1], exact: true }))
      .filter({ visible: true })
      .first();
  }

  protected filterOption(legend: string, option: string) {
    const escaped = option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page
      .getByRole('group', { name: legend, exact: true })
      .getByRole('checkbox', { name: new RegExp(`^${escaped}\\s*\\(\\d[\\d\\s\\u00a0]*\\)$`) });
  }

  protected viewControl(view: ExplorerView) {
    const name = VIEW_NAMES[view];
    return this.page.getByRole('button', { name }).or(this.page.getByRole('tab', { name })).first();
  }

  /** The button that opens the filters: it controls the region group, or is named for filters. */
  protected async filtersButton() {
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

  /** The open place's panel as read on screen, or null when none is open. */
  async placePanel(): Promise<PlacePanelShown | null> {
    const panel = this.page.locator(PLACE_PANEL);
    if ((await panel.count()) === 0) return null;
    return panel.evaluate((root) => {
      const text = (element: Element | null) =>
        (element as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '';
      return {
        heading: text(root.querySelector('h2')),
        facts: text(root.querySelector('h2 + p')),
        groups: [...root.querySelectorAll('section')].map((section) => ({
          heading: text(section.querySelector('h3')),
          items: [...section.querySelectorAll('li')].map((item) => text(item)),
        })),
      };
    });
  }

  /** Waits for the place panel to show the place named `name`. */
  async waitForPlacePanel(name: string): Promise<PlacePanelShown> {
    await this.page
      .locator(`${PLACE_PANEL} h2`)
      .filter({ hasText: name })
      .waitFor({ timeout: 10_000 });
    const shown = await this.placePanel();
    if (!shown) throw new Error(`The panel of ${name} went away`);
    return shown;
  }

  /** Follows a practice link in the open place panel. */
  async openPracticeFromPlace(title: string): Promise<void> {
    await this.page.locator(PLACE_PANEL).getByRole('link', { name: title, exact: true }).click();
    await this.page.locator(PRACTICE_DETAIL).waitFor({ timeout: 10_000 });
  }

  /** "Show only these" in the place panel: the place becomes the region filter. */
  async showOnlyPlacePractices(): Promise<void> {
    await this.afterResultsUpdate(() =>
      this.page
        .locator(PLACE_PANEL)
        .getByRole('button', { name: /^(Pokaż tylko te praktyki|Show only these practices)$/ })
        .click(),
    );
  }

  /** The label of the offer of practices around the chosen place, or null when none is offered. */
  async coveringOffer(): Promise<string | null> {
    const offer = this.page.getByRole('checkbox', { name: COVERING_NAME });
    return (await offer.count()) === 0 ? null : this.accessibleName(offer);
  }

  /** Accepts (or declines) the practices around the chosen place. */
  async includeCovering(on = true): Promise<void> {
    await this.afterResultsUpdate(() =>
      this.page.getByRole('checkbox', { name: COVERING_NAME }).setChecked(on),
    );
  }

  /** The label of the offer of practices without a start year, or null when none is offered. */
  async undatedOffer(): Promise<string | null> {
    const offer = this.page.getByRole('checkbox', { name: UNDATED_NAME });
    return (await offer.count()) === 0 ? null : this.accessibleName(offer);
  }

  /** Accepts the practices without a start year beside the year range. */
  async includeUndated(): Promise<void> {
    await this.afterResultsUpdate(() =>
      this.page.getByRole('checkbox', { name: UNDATED_NAME }).check(),
    );
  }

  /** Types into the practice search and returns the "did you mean" offer, or null. */
  async searchPractices(text: string): Promise<string | null> {
    const box = this.page.getByRole('searchbox', { name: /^(Szukaj praktyk|Search practices)$/ });
    await this.afterResultsUpdate(() => box.fill(text));
    const offer = this.page.getByRole('button', { name: /^(Czy chodziło o|Did you mean)/ });
    return (await offer.count()) === 0 ? null : ((await offer.textContent()) ?? '').trim();
  }

  private async accessibleName(locator: ReturnType<Page['locator']>): Promise<string> {
    const label = await locator.evaluate(
      (input) => (input as HTMLInputElement).labels?.[0]?.innerText ?? '',
    );
    return label.replace(/\s+/g, ' ').trim();
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

  // -------------------------------------------------------------------------------------------
  // Data that failed to load, or loaded in part (issue 11)

  /** Texts of the alerts on the page (a file that failed, a part of the page that failed). */
  async alerts(): Promise<string[]> {
    const alerts = await this.page.getByRole('alert').all();
    return Promise.all(
      alerts.map(async (alert) => (await alert.innerText()).replace(/\s+/g, ' ').trim()),
    );
  }

  /** The notice of data left out or not recognised, or null when there is none. */
  async dataProblems(): Promise<string | null> {
    const notice = this.page.locator(DATA_PROBLEMS).filter({ visible: true }).first();
    if ((await notice.count()) === 0) return null;
    return (await notice.innerText()).replace(/\s+/g, ' ').trim();
  }

  /** The result count as written ("151 praktyk", "Wczytywanie praktyk…", "praktyki niedostępne"). */
  async resultCountText(): Promise<string> {
    // the one shown: before the app's first render the build-time shell holds a wide and a phone
    // copy of the page, CSS showing one
    const count = this.page.locator(RESULT_COUNT).filter({ visible: true });
    const text = await count.innerText({ timeout: 5_000 });
    return text.replace(/\s+/g, ' ').trim();
  }

  /** What the results column says when it has no list to show (its status line), or null. */
  async resultsStatus(): Promise<string | null> {
    const status = this.page.locator(`${RESULTS} [role="status"]`).first();
    if (!(await status.isVisible())) return null;
    return (await status.innerText()).replace(/\s+/g, ' ').trim();
  }

  /** All the text the page shows. */
  async pageText(): Promise<string> {
    return (await this.page.locator('body').innerText()).replace(/\s+/g, ' ');
  }

  /** The open practice's text, as shown. */
  async practiceDetailText(): Promise<string> {
    // the shown one: a page rendered at build time holds a wide and a phone copy, CSS shows one
    const detail = this.page.locator(`${PRACTICE_DETAIL}:visible`);
    await detail.waitFor({ state: 'visible', timeout: 10_000 });
    return (await detail.innerText()).replace(/\s+/g, ' ').trim();
  }

  /** Presses "Spróbuj ponownie" in the alert that names `file` (e.g. `data/practices.json`). */
  async retryLoading(file: string): Promise<void> {
    const alert = this.page.getByRole('alert').filter({ hasText: file }).first();
    await alert.getByRole('button', { name: RETRY_NAME }).click();
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
}
