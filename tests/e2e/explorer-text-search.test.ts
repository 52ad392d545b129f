// The practices' summaries are not in the first load (practice-texts.json comes when a search or
// the detail needs it): a link with a query must still end with the results of a search over
// them, as before they were split out.
import { afterAll, expect, test } from 'vitest';
import { filterPractices } from '../../src/features/practices/engine/filter-practices';
import { buildPracticeIndex } from '../../src/features/practices/engine/practice-index';
import { EMPTY_FILTERS } from '../../src/stores/view-state';
import {
  closeBrowser,
  openWith,
  servedGazetteer,
  servedPractices,
  servedPracticeTexts,
} from './driver';

afterAll(closeBrowser);

const QUERIES = ['seniorów', 'szkoły', 'odpady', 'transport', 'kultura', 'turystyka', 'energii'];

test('a link with q= ends with the results of a search over the summaries too', async () => {
  const [practices, texts, gazetteer] = await Promise.all([
    servedPractices(),
    servedPracticeTexts(),
    servedGazetteer(),
  ]);
  const index = buildPracticeIndex(practices, gazetteer.units);
  const count = (q: string, withTexts: boolean) =>
    filterPractices(
      index,
      { ...EMPTY_FILTERS, q },
      { facets: false, texts: withTexts ? { version: 1, texts } : null },
    ).count;
  // a query whose results the summaries change: the story is about them
  const q = QUERIES.find((query) => count(query, true) > count(query, false));
  if (!q) throw new Error(`none of ${QUERIES.join(', ')} finds more with the summaries`);
  const app = await openWith({ q });
  await expect.poll(() => app.resultCount()).toBe(count(q, true));
  expect(app.problems()).toEqual([]);
});
