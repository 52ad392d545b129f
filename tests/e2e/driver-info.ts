// The site's own pages ("O mapie", "Deklaracja dostępności") and the footer that leads to them
// (issue 10). Builds on the export layer; AppDriver composes it.
import { MAP, RESULTS } from './driver-contract';
import { ExportDriver } from './driver-export';
import { isFocused } from './driver-page';

export type SitePage = 'about' | 'accessibility';

const FOOTER = '[data-testid="app-footer"]';
const INFO_PAGE = '[data-testid="info-page"]';
const PLACEHOLDER = '.info-placeholder';
const PAGE_LINK_NAMES: Record<SitePage, RegExp> = {
  about: /^(O mapie|About the map)$/,
  accessibility: /^(Deklaracja dostępności|Accessibility statement)$/,
};
const PROPOSE_NAME = /^(Zgłoś praktykę|Propose a practice)$/;
const BACK_NAME = /(Wróć do mapy|Back to the map)$/;

export interface FooterCost {
  /** Share (0–1) of the map's box under the footer. */
  map: number;
  /** Share (0–1) of the results column's box under the footer (0 when it is not shown). */
  results: number;
}

export class InfoDriver extends ExportDriver {
  /** The footer as it can be seen now (on a phone: in the filter drawer, opened if need be). */
  private async visibleFooter() {
    const footers = this.page.locator(FOOTER);
    const count = await footers.count();
    for (let i = 0; i < count; i += 1) {
      if (await footers.nth(i).isVisible()) return footers.nth(i);
    }
    await this.openFilters();
    return this.page.locator(FOOTER).filter({ visible: true }).first();
  }

  /** Follows the footer's link to a page of the site and waits for its title. */
  async openSitePage(page: SitePage): Promise<void> {
    const footer = await this.visibleFooter();
    await footer.getByRole('link', { name: PAGE_LINK_NAMES[page] }).click();
    await this.page
      .locator(INFO_PAGE)
      .getByRole('heading', { level: 1, name: PAGE_LINK_NAMES[page] })
      .waitFor({ state: 'visible', timeout: 10_000 });
  }

  /** The `href` of the footer's link to a page (as copied or opened in a tab). */
  async sitePageHref(page: SitePage): Promise<string | null> {
    const footer = await this.visibleFooter();
    return footer.getByRole('link', { name: PAGE_LINK_NAMES[page] }).getAttribute('href');
  }

  /** The text of every h1 on the page. */
  async mainHeadings(): Promise<string[]> {
    return this.page.locator('h1').allInnerTexts();
  }

  /** The shown page's headings below its title, as "h2 text" / "h3 text". */
  async sitePageHeadings(): Promise<string[]> {
    return this.page
      .locator(`${INFO_PAGE} :is(h2, h3)`)
      .evaluateAll((headings) =>
        headings.map((h) => `${h.tagName.toLowerCase()} ${(h.textContent ?? '').trim()}`),
      );
  }

  /** The shown page's text. */
  async sitePageText(): Promise<string> {
    return (await this.page.locator(INFO_PAGE).innerText()).replace(/\s+/g, ' ').trim();
  }

  /** The placeholders shown for configuration not set yet. */
  async configPlaceholders(): Promise<string[]> {
    return this.page.locator(`${INFO_PAGE} ${PLACEHOLDER}`).allInnerTexts();
  }

  /** The text of the element with this id inside the page (the statement's `a11y-*` ids). */
  async sitePagePart(id: string): Promise<string | null> {
    const part = this.page.locator(`${INFO_PAGE} [id="${id}"]`);
    return (await part.count()) === 0 ? null : (await part.innerText()).trim();
  }

  /** Whether the page's title (h1) has the focus. */
  async focusIsOnPageTitle(): Promise<boolean> {
    return isFocused(this.page.locator(`${INFO_PAGE} h1`));
  }

  /** The document's title. */
  async documentTitle(): Promise<string> {
    return this.page.title();
  }

  /** Follows "Wróć do mapy" and waits until the page has gone. */
  async backToMap(): Promise<void> {
    await this.page.getByRole('link', { name: BACK_NAME }).click();
    await this.page.locator(INFO_PAGE).waitFor({ state: 'detached', timeout: 5_000 });
    await this.nextFrames();
  }

  /** Waits until a page of the site is shown (opened by its link). */
  async waitForSitePage(): Promise<void> {
    await this.page.locator(`${INFO_PAGE} h1`).waitFor({ state: 'visible', timeout: 10_000 });
  }

  /** Whether the shown page links to this address. */
  async hasLink(href: string): Promise<boolean> {
    return (await this.page.locator(`${INFO_PAGE} a[href="${href}"]`).count()) > 0;
  }

  /** The dataset's facts on "O mapie" (version, size, licence), once the practices loaded. */
  async datasetFacts(): Promise<string> {
    const facts = this.page.locator(`${INFO_PAGE} [data-testid="dataset-facts"]`);
    await facts.waitFor({ state: 'visible', timeout: 10_000 });
    return (await facts.innerText()).replace(/\s+/g, ' ').trim();
  }

  /** Presses "Zgłoś praktykę" on "O mapie". */
  async proposeFromSitePage(): Promise<void> {
    await this.page.locator(INFO_PAGE).getByRole('button', { name: PROPOSE_NAME }).click();
    await this.page.locator(INFO_PAGE).waitFor({ state: 'detached', timeout: 5_000 });
  }

  /** Whether the propose form is shown. */
  async proposeFormIsOpen(): Promise<boolean> {
    const form = this.page.getByTestId('propose-form');
    await form.waitFor({ state: 'visible', timeout: 15_000 }).catch(() => undefined);
    return form.isVisible();
  }

  /** Whether a page of the site is shown. */
  async sitePageIsShown(): Promise<boolean> {
    return this.page.locator(INFO_PAGE).isVisible();
  }

  /** How much of the map and of the results the footer covers (boxes intersected). */
  async footerCost(): Promise<FooterCost> {
    await this.nextFrames();
    return this.page.evaluate(
      ({ footer, map, results }) => {
        const shown = [...document.querySelectorAll(footer)].filter(
          (element) => element.getClientRects().length > 0,
        );
        const share = (selector: string) => {
          const target = document.querySelector(selector);
          if (!target || target.getClientRects().length === 0) return 0;
          const box = target.getBoundingClientRect();
          let covered = 0;
          for (const element of shown) {
            const rect = element.getBoundingClientRect();
            const width = Math.min(rect.right, box.right) - Math.max(rect.left, box.left);
            const height = Math.min(rect.bottom, box.bottom) - Math.max(rect.top, box.top);
            if (width > 0 && height > 0) covered += width * height;
          }
          return covered / (box.width * box.height);
        };
        return { map: share(map), results: share(results) };
      },
      { footer: FOOTER, map: MAP, results: RESULTS },
    );
  }

  /** Whether a footer is in sight without opening anything (false on a phone: in the drawer). */
  async footerIsInSight(): Promise<boolean> {
    return this.page
      .locator(FOOTER)
      .filter({ visible: true })
      .count()
      .then((n) => n > 0);
  }
}
