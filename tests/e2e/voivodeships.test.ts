import { afterAll, expect, test } from 'vitest';
import { closeBrowser, naming, openApp, servedGazetteer } from './driver';

afterAll(closeBrowser);

test('at the default view of Poland, pointing at each of the 16 voivodeships names it', async () => {
  const { units } = await servedGazetteer();
  const voivodeships = units.filter((unit) => unit.level === 'voivodeship');
  expect(voivodeships).toHaveLength(16);

  const app = await openApp();
  await app.waitForMapReady();
  await app.foldMapLegends();

  for (const voivodeship of voivodeships) {
    const [lng, lat] = voivodeship.label;
    // voivodeships are large at this zoom: room to point past the markers standing on them
    await app.pointAt(lng, lat, { reach: 30 });
    await expect
      .poll(() => app.unitInfo(), { message: `pointing at ${voivodeship.name}` })
      .toMatch(naming(voivodeship.name));
  }
  expect(app.problems()).toEqual([]);
});
