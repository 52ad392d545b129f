import { afterAll, expect, test } from 'vitest';
import type { Unit } from '../../src/data/schemas';
import { closeBrowser, naming, openApp, servedGazetteer } from './driver';

afterAll(closeBrowser);

const SKAWINA = '1206113';
const POWIAT_KRAKOWSKI = '1206';

function isGminaOf(unit: Unit, powiat: string): boolean {
  return unit.level === 'gmina' && unit.terc.startsWith(powiat);
}

function unitOf(units: Unit[], terc: string): Unit {
  const unit = units.find((candidate) => candidate.terc === terc);
  if (!unit) throw new Error(`the served gazetteer has no unit ${terc}`);
  return unit;
}

test('zooming in from the powiat view to zoom 8 reveals the gminy', async () => {
  const { units } = await servedGazetteer();
  const skawina = unitOf(units, SKAWINA);
  const app = await openApp({ hash: `map=7/${skawina.label[1]}/${skawina.label[0]}` });
  await app.waitForMapReady();
  await app.foldMapLegends();

  // a gmina of powiat krakowski the pointer can reach: practice markers crowd around Kraków
  let gmina: Unit | undefined;
  for (const candidate of units.filter((unit) => isGminaOf(unit, POWIAT_KRAKOWSKI))) {
    if (await app.canPointAt(candidate.label[0], candidate.label[1], { reach: 4 })) {
      gmina = candidate;
      break;
    }
  }
  if (!gmina) throw new Error('no gmina of powiat krakowski can be pointed at at zoom 7');
  const [lng, lat] = gmina.label;
  await app.pointAt(lng, lat, { reach: 4 });
  await expect.poll(() => app.unitInfo()).toMatch(naming('krakowski'));
  expect(await app.unitInfo()).not.toMatch(naming(gmina.name));

  await app.zoomIn();
  expect((await app.view()).zoom).toBeGreaterThanOrEqual(8);
  await app.pointAt(lng, lat, { reach: 8 });
  await expect.poll(() => app.unitInfo()).toMatch(naming(gmina.name));
});

test('at zoom 8, pointing at gminy across the view names each of them', async () => {
  const { units } = await servedGazetteer();
  const app = await openApp({ hash: 'map=8/50.0/19.8' });
  await app.waitForMapReady();
  await app.foldMapLegends();

  // gminy whose label is well inside the view and whose polygon is not a speck at this zoom
  const sizable = units.filter((unit) => {
    const [west, , east] = unit.bbox;
    return unit.level === 'gmina' && ((east - west) / 360) * 256 * 2 ** 8 >= 15;
  });
  const inView = await app.onScreen(sizable, (unit) => unit.label, 60);
  expect(inView.length).toBeGreaterThan(40);

  // a spread of them with distinct names, so that a stale panel cannot pass for the next one;
  // passing over those where a practice marker stands on the gmina's point
  const step = Math.floor(inView.length / 12);
  const names = new Set<string>();
  const sample: Unit[] = [];
  for (const [index, unit] of inView.entries()) {
    if (index % step !== 0 || names.has(unit.name)) continue;
    if (!(await app.canPointAt(unit.label[0], unit.label[1], { reach: 4 }))) continue;
    names.add(unit.name);
    sample.push(unit);
  }
  expect(sample.length).toBeGreaterThanOrEqual(8);

  for (const gmina of sample) {
    await app.pointAt(gmina.label[0], gmina.label[1], { reach: 4 });
    await expect
      .poll(() => app.unitInfo(), { message: `pointing at ${gmina.name} (${gmina.terc})` })
      .toMatch(naming(gmina.name));
  }
  expect(app.problems()).toEqual([]);
});
