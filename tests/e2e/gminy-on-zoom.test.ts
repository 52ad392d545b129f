import { afterAll, expect, test } from 'vitest';
import type { Unit } from '../../src/data/schemas';
import { closeBrowser, naming, openApp, servedGazetteer } from './driver';

afterAll(closeBrowser);

const SKAWINA = '1206113';

function unitOf(units: Unit[], terc: string): Unit {
  const unit = units.find((candidate) => candidate.terc === terc);
  if (!unit) throw new Error(`the served gazetteer has no unit ${terc}`);
  return unit;
}

test('zooming in from the powiat view to zoom 8 reveals the gminy', async () => {
  const { units } = await servedGazetteer();
  const skawina = unitOf(units, SKAWINA);
  const [lng, lat] = skawina.label;

  const app = await openApp({ hash: `map=7/${lat}/${lng}` });
  await app.waitForMapReady();
  await app.pointAt(lng, lat);
  await expect.poll(() => app.unitInfo()).toMatch(naming('krakowski'));
  expect(await app.unitInfo()).not.toMatch(naming('Skawina'));

  await app.zoomIn();
  expect((await app.view()).zoom).toBeGreaterThanOrEqual(8);
  await app.pointAt(lng, lat);
  await expect.poll(() => app.unitInfo()).toMatch(naming('Skawina'));
});

test('at zoom 8, pointing at gminy across the view names each of them', async () => {
  const { units } = await servedGazetteer();
  const app = await openApp({ hash: 'map=8/50.0/19.8' });
  await app.waitForMapReady();

  // gminy whose label is well inside the view and whose polygon is not a speck at this zoom
  const sizable = units.filter((unit) => {
    const [west, , east] = unit.bbox;
    return unit.level === 'gmina' && ((east - west) / 360) * 256 * 2 ** 8 >= 15;
  });
  const inView = await app.onScreen(sizable, (unit) => unit.label, 60);
  expect(inView.length).toBeGreaterThan(40);

  // a spread of them with distinct names, so that a stale panel cannot pass for the next one
  const step = Math.floor(inView.length / 12);
  const names = new Set<string>();
  const sample = inView.filter((unit, index) => {
    if (index % step !== 0 || names.has(unit.name)) return false;
    names.add(unit.name);
    return true;
  });

  for (const gmina of sample) {
    await app.pointAt(gmina.label[0], gmina.label[1]);
    await expect
      .poll(() => app.unitInfo(), { message: `pointing at ${gmina.name} (${gmina.terc})` })
      .toMatch(naming(gmina.name));
  }
  expect(app.problems()).toEqual([]);
});
