import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openApp } from './driver';

afterAll(closeBrowser);

test('a place chosen in the search is brought into view: the map moves to Skawina', async () => {
  const app = await openApp();
  await app.waitForMapReady();
  const before = await app.view();

  await app.searchPlace('Skawina');

  // Skawina (19.66–19.87° E, 49.88–50.00° N) fills the map: zoomed in from Poland, centred on it
  // give or take the padding that keeps it clear of the panels
  await expect
    .poll(async () => {
      const { zoom, lat, lng } = await app.view();
      return zoom > before.zoom + 2 && Math.abs(lat - 49.94) < 0.5 && Math.abs(lng - 19.77) < 0.5;
    })
    .toBe(true);
  expect(app.problems()).toEqual([]);
});
