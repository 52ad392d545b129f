import { afterAll, expect, test } from 'vitest';
import { closeBrowser, naming, openApp, servedGazetteer } from './driver';

afterAll(closeBrowser);

test("clicking Skawina's polygon names Skawina, its type, powiat and voivodeship", async () => {
  const { units } = await servedGazetteer();
  const skawina = units.find((unit) => unit.terc === '1206113');
  if (!skawina) throw new Error('the served gazetteer has no Skawina (1206113)');
  const [lng, lat] = skawina.label;

  const app = await openApp({ hash: `map=10/${lat}/${lng}` });
  await app.waitForMapReady();
  await app.clickAt(lng, lat);

  await expect.poll(() => app.unitInfo()).toMatch(naming('Skawina'));
  const info = await app.unitInfo();
  expect(info).toContain('gmina miejsko-wiejska');
  expect(info).toContain('powiat krakowski');
  expect(info).toMatch(naming('małopolskie'));
  expect(app.problems()).toEqual([]);
});
