import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openWith, servedPractices } from './driver';

afterAll(closeBrowser);

test('a garbage link opens the whole explorer and says, until dismissed, what it ignored', async () => {
  const practices = await servedPractices();

  const app = await openWith('region=99,abc&type=nonsense&years=3000-1&foo=<script>&practice=nope');

  // nothing of it could be used: all practices, nothing open, a clean address
  expect(await app.resultCount()).toBe(practices.length);
  expect(await app.tickedFilters()).toEqual([]);
  expect(await app.openPracticeTitle()).toBeNull();
  expect(app.queryParams()).toEqual([]);

  const notice = await app.urlNotice();
  expect(notice).not.toBeNull();
  for (const part of ['99', 'abc', 'nonsense', '3000-1', 'foo', '<script>', 'nope']) {
    expect(notice, `the notice names "${part}"`).toContain(part);
  }
  expect(await app.urlNoticeIsStatus()).toBe(true);

  await app.dismissUrlNotice();
  expect(await app.urlNotice()).toBeNull();
  expect(app.problems()).toEqual([]);
});
