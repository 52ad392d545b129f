// One interaction session of the app on one dataset: load once, then click filters (region, type,
// sector), type searches, and open the practice with the most partners, each timed from the
// input event (its own time stamp) to what the user waits for. Controls are found by role and
// name per the explorer's DOM contract (/work/notes/explorer.md), as a user (or a screen reader)
// finds them; the app carries no benchmark hook.
import type { Browser, Locator, Page } from 'playwright-core';
import type { TargetPractice } from './datasets';
import {
  LAST_INPUT_KEY,
  LONG_TASKS_KEY,
  openBenchPage,
  summarizeLongTasks,
  waitForMark,
  type LongTasks,
} from './measure-load';

export const INTERACTION_KINDS = ['region', 'type', 'sector', 'search'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/** The Polish names of the contract (the app opens in Polish). */
export const CONTRACT = {
  resultsMark: 'results-updated',
  openedMark: 'practice-opened',
  legends: { region: 'Województwo', type: 'Rodzaj praktyki', sector: 'Sektor partnerów' },
  searchbox: 'Szukaj praktyk',
  resultItem: '[data-testid="result-item"]',
  detailHeading: '[data-testid="practice-detail"] h2',
} as const;

/** Typed one keystroke at a time; each keystroke waits for its results (then the box is cleared). */
export const SEARCH_WORDS = ['transport', 'seniorów', 'Gdańsk', 'energii'] as const;

export interface InteractionSeries {
  /** Input event → the first new `results-updated` mark, one figure per interaction. */
  ms: number[];
  /** [input, mark] of each interaction, in the page's time, to place long tasks. */
  windows: [number, number][];
  /** Why the series stopped early, if it did (a control not found, a mark that never came). */
  error: string | null;
}

export interface OpenSeries {
  target: TargetPractice | null;
  /** Click on the list item → the detail's heading visible and the next frame painted. */
  ms: number[];
  /** Click → `practice-opened`, when the app marks it. */
  markMs: number[];
  error: string | null;
}

export interface SessionRun {
  readyMs: number;
  interactions: Record<InteractionKind, InteractionSeries>;
  /** Long tasks from the first filter click to the last search result. */
  filterLongTasks: LongTasks;
  /** The same, by where they started: within an interaction of a kind, or between interactions. */
  filterLongTasksBy: Record<InteractionKind | 'between', LongTasks>;
  open: OpenSeries;
}

const MARK_TIMEOUT_MS = 15_000;

async function markCount(page: Page, name: string): Promise<number> {
  return page.evaluate((mark) => performance.getEntriesByName(mark).length, name);
}

/** Performs `act`, then waits for a new `results-updated` mark: [input time stamp, mark]. */
async function timedUpdate(page: Page, act: () => Promise<void>): Promise<[number, number]> {
  const before = await markCount(page, CONTRACT.resultsMark);
  await page.evaluate((key) => Object.assign(window, { [key]: null }), LAST_INPUT_KEY);
  await act();
  await page.waitForFunction(
    ({ mark, count }) => performance.getEntriesByName(mark).length > count,
    { mark: CONTRACT.resultsMark, count: before },
    { timeout: MARK_TIMEOUT_MS, polling: 'raf' },
  );
  return page.evaluate(
    ({ mark, count, key }) => {
      const updated = performance.getEntriesByName(mark)[count]?.startTime ?? Number.NaN;
      const input = (window as unknown as Record<string, { time: number } | null>)[key];
      return [input?.time ?? Number.NaN, updated] as [number, number];
    },
    { mark: CONTRACT.resultsMark, count: before, key: LAST_INPUT_KEY },
  );
}

async function enabledCheckboxes(group: Locator): Promise<Locator[]> {
  const boxes = await group.getByRole('checkbox').all();
  const enabled: Locator[] = [];
  for (const box of boxes) if (await box.isEnabled()) enabled.push(box);
  return enabled;
}

/** Checks and unchecks the filter's options in turn: `count` clicks, every one timed. */
async function clickFilter(page: Page, legend: string, count: number): Promise<InteractionSeries> {
  const ms: number[] = [];
  const windows: [number, number][] = [];
  const timed = (span: [number, number]) => {
    windows.push(span);
    ms.push(span[1] - span[0]);
  };
  try {
    const group = page.getByRole('group', { name: legend, exact: true });
    const boxes = await enabledCheckboxes(group);
    if (boxes.length === 0) throw new Error(`no enabled checkbox in the group "${legend}"`);
    for (let i = 0; i < count; i += 1) {
      const box = boxes[Math.floor(i / 2) % boxes.length];
      if (!box) break;
      timed(await timedUpdate(page, () => box.click()));
    }
    return { ms, windows, error: null };
  } catch (error) {
    return { ms, windows, error: (error as Error).message.split('\n')[0] ?? 'unknown' };
  }
}

async function typeSearches(page: Page, count: number): Promise<InteractionSeries> {
  const ms: number[] = [];
  const windows: [number, number][] = [];
  const timed = (span: [number, number]) => {
    windows.push(span);
    ms.push(span[1] - span[0]);
  };
  try {
    const box = page.getByRole('searchbox', { name: CONTRACT.searchbox, exact: true });
    const values: string[] = [];
    while (values.length < count) {
      for (const word of SEARCH_WORDS) {
        for (let n = 1; n <= word.length; n += 1) values.push(word.slice(0, n));
        values.push('');
      }
    }
    for (const value of values.slice(0, count)) {
      timed(await timedUpdate(page, () => box.fill(value)));
    }
    // leave the box empty for what follows
    if ((await box.inputValue()) !== '') await timedUpdate(page, () => box.fill(''));
    return { ms, windows, error: null };
  } catch (error) {
    return { ms, windows, error: (error as Error).message.split('\n')[0] ?? 'unknown' };
  }
}

/**
 * Installs a watcher that resolves when the detail heading is visible and a frame has painted.
 * A script string: tsx would wrap the named helpers of a function in `__name()`, which the page
 * does not have.
 */
async function watchDetail(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const selector = ${JSON.stringify(CONTRACT.detailHeading)};
    window.__benchDetail = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const heading = document.querySelector(selector);
        if (!heading || heading.getClientRects().length === 0) return;
        observer.disconnect();
        // the next frame, then the task after it: the frame with the heading has been painted
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      setTimeout(() => {
        observer.disconnect();
        resolve(Number.NaN);
      }, 15000);
    });
  })()`);
}

async function closeDetail(page: Page): Promise<void> {
  const heading = page.locator(CONTRACT.detailHeading);
  // opening a practice pushes a history entry: Back closes it, as it would for a user
  await page.goBack({ waitUntil: 'commit' }).catch(() => null);
  if (await heading.isVisible()) await page.keyboard.press('Escape');
  await heading.waitFor({ state: 'hidden', timeout: 5_000 });
}

export async function measureOpen(
  page: Page,
  baseUrl: string,
  target: TargetPractice | null,
  count: number,
): Promise<OpenSeries> {
  const series: OpenSeries = { target, ms: [], markMs: [], error: null };
  if (!target) return { ...series, error: 'the dataset has no practice' };
  try {
    // The list is narrowed to the practice's leading unit and title through the link (a public
    // interface), so the item is rendered however long the full list is.
    const query = new URLSearchParams({ region: target.leader, q: target.title });
    await page.goto(`${baseUrl}?${query}`, { waitUntil: 'commit' });
    await waitForMark(page, CONTRACT.resultsMark, 120_000);
    const item = page.locator(`${CONTRACT.resultItem}[data-practice-id="${target.id}"]`);
    await item.waitFor({ state: 'visible', timeout: 30_000 });
    for (let i = 0; i < count; i += 1) {
      await item.scrollIntoViewIfNeeded();
      await watchDetail(page);
      const marksBefore = await markCount(page, CONTRACT.openedMark);
      await page.evaluate((key) => Object.assign(window, { [key]: null }), LAST_INPUT_KEY);
      // the item itself or the first link or button in it, whichever the list makes clickable
      const clickable = item.locator('a, button').first();
      await ((await clickable.count()) > 0 ? clickable : item).click();
      const figures = await page.evaluate(
        async ({ key, mark, before }) => {
          const shown = await (window as unknown as { __benchDetail: Promise<number> })
            .__benchDetail;
          const input = (window as unknown as Record<string, { time: number } | null>)[key];
          const opened = performance.getEntriesByName(mark)[before]?.startTime;
          return {
            ms: input ? shown - input.time : Number.NaN,
            markMs: input && opened !== undefined ? opened - input.time : null,
          };
        },
        { key: LAST_INPUT_KEY, mark: CONTRACT.openedMark, before: marksBefore },
      );
      if (Number.isNaN(figures.ms)) throw new Error('the practice detail heading never showed');
      series.ms.push(figures.ms);
      if (figures.markMs !== null) series.markMs.push(figures.markMs);
      await closeDetail(page);
      await item.waitFor({ state: 'visible', timeout: 10_000 });
    }
  } catch (error) {
    series.error = (error as Error).message.split('\n')[0] ?? 'unknown';
  }
  return series;
}

/** `count` timed interactions of one kind on an app that is loaded and settled. */
export function measureInteractionKind(
  page: Page,
  kind: InteractionKind,
  count: number,
): Promise<InteractionSeries> {
  return kind === 'search'
    ? typeSearches(page, count)
    : clickFilter(page, CONTRACT.legends[kind], count);
}

/** Long tasks by the interaction they overlap (its input to its mark), else `between`. */
export function placeLongTasks(
  tasks: readonly { start: number; duration: number }[],
  interactions: Record<InteractionKind, InteractionSeries>,
): Record<InteractionKind | 'between', LongTasks> {
  const placed = new Map<InteractionKind | 'between', { duration: number }[]>();
  for (const task of tasks) {
    const kind =
      INTERACTION_KINDS.find((k) =>
        interactions[k].windows.some(
          ([input, mark]) => task.start <= mark && task.start + task.duration >= input,
        ),
      ) ?? 'between';
    placed.set(kind, [...(placed.get(kind) ?? []), task]);
  }
  return Object.fromEntries(
    [...INTERACTION_KINDS, 'between' as const].map((kind) => [
      kind,
      summarizeLongTasks(placed.get(kind) ?? []),
    ]),
  ) as Record<InteractionKind | 'between', LongTasks>;
}

export interface SessionOptions {
  practicesUrl?: string;
  target: TargetPractice | null;
  interactions: number;
  opens: number;
  timeoutMs: number;
}

export async function measureSession(
  browser: Browser,
  baseUrl: string,
  options: SessionOptions,
): Promise<SessionRun> {
  const { context, page } = await openBenchPage(browser, baseUrl, options.practicesUrl);
  try {
    await page.goto(baseUrl, { waitUntil: 'commit' });
    const readyMs = await waitForMark(page, 'map-ready', options.timeoutMs);
    await page.waitForLoadState('networkidle', { timeout: options.timeoutMs });
    const filterStart = await page.evaluate(() => performance.now());
    const interactions = {} as Record<InteractionKind, InteractionSeries>;
    for (const kind of INTERACTION_KINDS) {
      interactions[kind] = await measureInteractionKind(page, kind, options.interactions);
    }
    const filterEnd = await page.evaluate(() => performance.now());
    const tasks = await page.evaluate(
      ({ key, since, until }) =>
        (
          (window as unknown as Record<string, { start: number; duration: number }[]>)[key] ?? []
        ).filter((task) => task.start >= since && task.start <= until),
      { key: LONG_TASKS_KEY, since: filterStart, until: filterEnd },
    );
    const open = await measureOpen(page, baseUrl, options.target, options.opens);
    return {
      readyMs,
      interactions,
      filterLongTasks: summarizeLongTasks(tasks),
      filterLongTasksBy: placeLongTasks(tasks, interactions),
      open,
    };
  } finally {
    await context.close();
  }
}
