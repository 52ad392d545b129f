import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openApp } from './driver';

afterAll(closeBrowser);

test('a visitor opens the app and sees the map, and the app says when the map is ready', async () => {
  const app = await openApp();

  await app.waitForMapReady();

  expect(await app.mapIsShown()).toBe(true);
  expect(app.problems()).toEqual([]);
});
