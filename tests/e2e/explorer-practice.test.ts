import { afterAll, expect, test } from 'vitest';
import type { Unit } from '../../src/data/schemas';
import { closeBrowser, naming, openWith, servedGazetteer, servedPractices } from './driver';

afterAll(closeBrowser);

const KOSCIERSKIE = 'Kościerskie partnerstwo na rzecz rozwoju społeczno gospodarczego';

test('selecting Kościerskie partnerstwo opens it and highlights every gmina of its territory', async () => {
  const [practices, { units }] = await Promise.all([servedPractices(), servedGazetteer()]);
  const practice = practices.find((candidate) => candidate.title === KOSCIERSKIE);
  if (!practice) throw new Error(`the served practices have no "${KOSCIERSKIE}"`);
  // its territory names a powiat and gminy; the gminy of it are what the map highlights
  const inTerritory = (unit: Unit) => practice.territory.some((code) => unit.terc.startsWith(code));
  const gminy = units.filter((unit) => unit.level === 'gmina' && inTerritory(unit));
  expect(gminy.length).toBeGreaterThanOrEqual(8);

  const app = await openWith({ region: '22' });
  await app.openPractice(KOSCIERSKIE);

  expect(await app.openPracticeTitle()).toBe(KOSCIERSKIE);
  expect(app.queryParams()).toContainEqual(['practice', practice.id]);

  // the map fits the territory: every one of its gminy is in view
  const view = await app.waitForMapToSettle();
  expect((await app.onScreen(gminy, (unit) => unit.label)).map((unit) => unit.name)).toEqual(
    gminy.map((unit) => unit.name),
  );
  // gminy around it, for contrast
  const around = (
    await app.onScreen(
      units.filter((unit) => unit.level === 'gmina' && !inTerritory(unit)),
      (unit) => unit.label,
      40,
    )
  ).slice(0, 12);
  expect(around.length).toBeGreaterThan(3);

  const places = [...gminy, ...around];
  const selected = await app.coloursAt(places, (unit) => unit.label);

  // the same link and map view without the practice open
  const plain = await openWith(
    { region: '22' },
    { hash: `map=${view.zoom}/${view.lat}/${view.lng}` },
  );
  expect(await plain.view()).toEqual(view);
  const unselected = await plain.coloursAt(places, (unit) => unit.label);

  const changed = (unit: Unit) => {
    const index = places.indexOf(unit);
    return `${unit.name} (${unit.terc}): ${unselected[index]} → ${selected[index]}`;
  };
  const drawnAlike = (unit: Unit) =>
    selected[places.indexOf(unit)] === unselected[places.indexOf(unit)];
  expect(gminy.filter(drawnAlike).map(changed), 'territory gminy not highlighted').toEqual([]);
  expect(around.filter((unit) => !drawnAlike(unit)).map(changed), 'gminy outside').toEqual([]);

  // and those points are the gminy named: pointing at each names it
  for (const gmina of gminy) {
    await app.pointAt(gmina.label[0], gmina.label[1]);
    await expect
      .poll(() => app.unitInfo(), { message: `pointing at ${gmina.name} (${gmina.terc})` })
      .toMatch(naming(gmina.name));
  }
  expect(app.problems()).toEqual([]);
  expect(plain.problems()).toEqual([]);
});
