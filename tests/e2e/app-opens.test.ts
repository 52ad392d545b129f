import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openApp } from './driver';

afterAll(closeBrowser);

test('a visitor opens the app and sees the map, and the app says when the map is ready', async () => {
  const app = await openApp();

  await app.waitForMapReady();

  expect(await app.mapIsShown()).toBe(true);
  expect(app.problems()).toEqual([]);
});

test('the first view arrives in few files: a slow link pays a round trip for each', async () => {
  const app = await openApp();
  await app.waitForMapReady();

  const files = await app.filesRequested();
  // the entry, the runtime, the framework, the app, the map and Leaflet; nothing lazy yet
  expect(files.script.filter((name) => !name.startsWith('shell-language'))).toHaveLength(6);
  // the page's and the map's stylesheets
  expect(files.stylesheet).toHaveLength(2);
  expect(files.data.sort()).toEqual(['boundaries.topo.json', 'gazetteer.json', 'practices.json']);
});
