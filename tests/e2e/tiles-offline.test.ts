import { afterAll, expect, test } from 'vitest';
import { closeBrowser, naming, openApp, servedGazetteer } from './driver';

afterAll(closeBrowser);

test('when the base map tiles cannot be loaded, the boundaries still draw and answer', async () => {
  const { units } = await servedGazetteer();
  const mazowieckie = units.find((unit) => unit.terc === '14');
  if (!mazowieckie) throw new Error('the served gazetteer has no voivodeship 14');

  const app = await openApp({ tiles: 'fail' });
  await app.waitForMapReady();

  // tiles were asked for and refused, the map still tells what is where
  expect(app.stubbedRequestCount()).toBeGreaterThan(0);
  await app.pointAt(mazowieckie.label[0], mazowieckie.label[1]);
  await expect.poll(() => app.unitInfo()).toMatch(naming('mazowieckie'));
  // the refused tiles are the only errors
  expect(app.problems()).toEqual([]);
});
