import { afterAll, expect, test } from 'vitest';
import { closeBrowser, naming, openApp } from './driver';

afterAll(closeBrowser);

test('a keyboard user finds Skawina through the place search and hears what it is', async () => {
  const app = await openApp();
  await app.waitForMapReady();

  await app.searchPlace('Skawina');

  await expect.poll(() => app.unitInfo()).toMatch(naming('Skawina'));
  const info = await app.unitInfo();
  expect(info).toContain('gmina miejsko-wiejska');
  expect(info).toContain('powiat krakowski');
  expect(info).toMatch(naming('małopolskie'));
  expect(app.problems()).toEqual([]);
});
