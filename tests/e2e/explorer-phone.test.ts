import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openWith } from './driver';

afterAll(closeBrowser);

const PHONE = { width: 390, height: 844 };

test('on a phone: filters in a drawer, map and list one at a time, nothing wider than the screen', async () => {
  const app = await openWith(undefined, { viewport: PHONE });
  expect(await app.scrollsSideways()).toBe(false);
  expect(await app.filtersAreShown()).toBe(false);

  await app.openFilters();
  expect(await app.filtersAreShown()).toBe(true);
  expect(await app.scrollsSideways()).toBe(false);
  await app.press('Escape');
  await expect.poll(() => app.filtersAreShown()).toBe(false);
  expect(await app.focusIs({ kind: 'filters button' })).toBe(true);

  await app.showView('list');
  expect(await app.listIsShown()).toBe(true);
  expect(await app.scrollsSideways()).toBe(false);

  await app.showView('map');
  expect(await app.mapIsOnScreen()).toBe(true);
  expect(await app.listIsShown()).toBe(false);
  expect(await app.scrollsSideways()).toBe(false);
  expect(app.problems()).toEqual([]);
});
