// The keyboard and axe-core: finding a place and moving through the page with the keyboard only,
// where the focus is and whether it shows, and WCAG findings as lines a person can act on.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  MAP,
  PLACE_SEARCH_NAME,
  PRACTICE_DETAIL,
  RESULT_ITEM,
  SKIP_LINK_NAME,
  type ExplorerView,
} from './driver-contract';
import { ExplorerDriver } from './driver-explorer';
import { isFocused } from './driver-page';

/** Where the keyboard focus should land, in the terms of the page. */
export type FocusTarget =
  | { kind: 'skip link' }
  | { kind: 'main content' }
  | { kind: 'filter option'; legend: string; option: string }
  | { kind: 'view'; view: ExplorerView }
  | { kind: 'result' }
  | { kind: 'practice heading' }
  | { kind: 'filters button' }
  | { kind: 'map' };

function describeTarget(target: FocusTarget): string {
  switch (target.kind) {
    case 'filter option':
      return `The option "${target.option}" of "${target.legend}"`;
    case 'view':
      return `The view switch "${target.view}"`;
    default:
      return `The ${target.kind}`;
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** axe-core's findings as lines a person can act on. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}`,
        `  ${violation.helpUrl}`,
        ...violation.nodes.map(
          (node) => `  - ${node.target}\n      ${node.html}\n      ${node.summary}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}

const AXE_SCRIPT = fileURLToPath(
  new URL('../../node_modules/axe-core/axe.min.js', import.meta.url),
);
/** WCAG 2.0 and 2.1, A and AA, and axe's best practices (landmarks, headings, regions). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export class AccessibilityDriver extends ExplorerDriver {
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

  /**
   * Types `text` into the place search (without choosing) and returns what it offers: the options'
   * labels, its status line, and the contrast of the typed text against the field.
   */
  async typeInPlaceSearch(
    text: string,
  ): Promise<{ options: string[]; status: string; textContrast: number }> {
    const box = this.page.getByRole('combobox', { name: PLACE_SEARCH_NAME });
    await box.fill(text);
    await this.page.getByRole('listbox', { name: PLACE_SEARCH_NAME }).waitFor({ timeout: 5_000 });
    const options = await this.page
      .getByRole('listbox', { name: PLACE_SEARCH_NAME })
      .getByRole('option')
      .allInnerTexts();
    const status = await box.evaluate(
      (input) => input.closest('.combobox')?.querySelector('[role="status"]')?.textContent ?? '',
    );
    const textContrast = await box.evaluate((input) => {
      const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (css: string) => {
        const [r = 0, g = 0, b = 0] = rgb(css).map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const style = getComputedStyle(input);
      const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort(
        (a, b) => b - a,
      );
      return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
    });
    return { options: options.map((o) => o.replace(/\s+/g, ' ').trim()), status, textContrast };
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    await this.nextFrames();
  }

  /** Puts the focus back to the start of the page, as after loading it. */
  async focusStartOfPage(): Promise<void> {
    await this.page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.getSelection()?.removeAllRanges();
    });
  }

  /** Presses Tab until `where` holds for the focused element; throws after `limit` presses. */
  async tabTo(where: FocusTarget, limit = 300): Promise<void> {
    for (let tabs = 0; tabs < limit; tabs += 1) {
      await this.page.keyboard.press('Tab');
      if (await this.focusIs(where)) return;
    }
    throw new Error(
      `${describeTarget(where)} was not reached with ${limit} presses of Tab ` +
        `(focus ended on ${await this.focusedDescription()})`,
    );
  }

  /** Whether the focused element is `where`. */
  async focusIs(where: FocusTarget): Promise<boolean> {
    switch (where.kind) {
      case 'skip link':
        return isFocused(this.page.getByRole('link', { name: SKIP_LINK_NAME }));
      case 'main content':
        return isFocused(this.page.getByRole('main'));
      case 'filter option':
        return isFocused(this.filterOption(where.legend, where.option));
      case 'view':
        return isFocused(this.viewControl(where.view));
      case 'result':
        return this.page.evaluate(
          (item) => document.activeElement?.closest(item) !== null,
          RESULT_ITEM,
        );
      case 'filters button':
        return isFocused(await this.filtersButton());
      case 'map':
        return isFocused(this.page.locator(MAP));
      case 'practice heading':
        return this.page.evaluate(
          (detail) =>
            document.activeElement !== null &&
            document.activeElement.matches(`${detail} h2`) &&
            document.activeElement === document.querySelector(`${detail} h2`),
          PRACTICE_DETAIL,
        );
    }
  }

  /** The practice of the result item holding the focus, or null. */
  async focusedPracticeId(): Promise<string | null> {
    return this.page.evaluate(
      (item) => document.activeElement?.closest(item)?.getAttribute('data-practice-id') ?? null,
      RESULT_ITEM,
    );
  }

  /** Whether the focused element shows a focus indicator (an outline or a box shadow). */
  async focusIsVisible(): Promise<boolean> {
    return this.page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return false;
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return outline || (style.boxShadow !== '' && style.boxShadow !== 'none');
    });
  }

  /** A short description of the focused element, for messages. */
  async focusedDescription(): Promise<string> {
    return this.page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return 'the page body';
      return element.outerHTML.slice(0, 160);
    });
  }

  /** Runs axe-core (WCAG 2.0 and 2.1, A and AA, and best practices) on the page as it is now. */
  async accessibilityViolations(): Promise<AxeViolation[]> {
    const loaded = await this.page.evaluate(() => 'axe' in window);
    // evaluated, not added as a <script>: the app's Content-Security-Policy refuses inline script
    if (!loaded) await this.page.evaluate(readFileSync(AXE_SCRIPT, 'utf8'));
    return this.page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: AxeApi }).axe;
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((node) => ({
          target: node.target.join(' '),
          html: node.html.slice(0, 200),
          summary: (node.failureSummary ?? '').replace(/\s+/g, ' '),
        })),
      }));
    }, AXE_TAGS);
  }
}

/** The part of axe-core's API the driver uses (the page gets axe.min.js as a script). */
interface AxeApi {
  run(
    context: Document,
    options: { runOnly: { type: 'tag'; values: string[] } },
  ): Promise<{
    violations: {
      id: string;
      impact?: string | null;
      help: string;
      helpUrl: string;
      nodes: { target: string[]; html: string; failureSummary?: string }[];
    }[];
  }>;
}
