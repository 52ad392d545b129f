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
  const label = (unit: Unit) => unit.label;
  const names = (list: Unit[]) => list.map((unit) => `${unit.name} (${unit.terc})`);

  const app = await openWith({ region: '22' });
  await app.openPractice(KOSCIERSKIE);

  expect(await app.openPracticeTitle()).toBe(KOSCIERSKIE);
  expect(app.queryParams()).toContainEqual(['practice', practice.id]);

  // the map fits the territory: every one of its gminy is in view, and gminy around it too
  const view = await app.waitForMapToSettle();
  expect(names(await app.onScreen(gminy, label))).toEqual(names(gminy));
  const outside = units.filter((unit) => unit.level === 'gmina' && !inTerritory(unit));
  const around = (await app.onScreen(outside, label, 40)).slice(0, 12);
  expect(around.length).toBeGreaterThan(3);
  const places = [...gminy, ...around];

  // the territory layer paints each of its gminy and none around it
  const territory = await app.paintedAt('practice territory', places, label);
  const painted = (unit: Unit) => territory[places.indexOf(unit)] === true;
  expect(names(gminy.filter((unit) => !painted(unit))), 'territory gminy not painted').toEqual([]);
  expect(names(around.filter(painted)), 'gminy outside painted').toEqual([]);

  // and a person sees it: compared with the same map view without the practice, each gmina of
  // the territory looks different where its highlight is not under a line or a marker, and the
  // gminy around it look the same
  // nothing laid over the map (legends, notices) hides a part of it
  const covers = await app.whatCovers(await app.screenPoints(gminy, label));
  expect
    .soft(
      gminy.flatMap((unit, index) =>
        covers[index] ? [`${unit.name} under ${covers[index]}`] : [],
      ),
      'territory gminy hidden under a map control',
    )
    .toEqual([]);

  // (the leader's own marker covers the small town of Kościerzyna: that marks it)
  const leader = gminy.filter((unit) => unit.terc === practice.leader);
  expect(await app.paintedAt('practice links', leader, label)).toEqual([true]);
  const inSight = gminy.filter((_, index) => covers[index] === null);
  const members = inSight.filter((unit) => unit.terc !== practice.leader);
  const spots = await app.spotsShowing('practice territory', members, label);
  const hidden = members.filter((_, index) => spots[index] === null);
  expect(names(hidden), 'territory gminy whose highlight cannot be seen').toEqual([]);
  const probes = [
    ...spots.filter((spot) => spot !== null),
    ...(await app.screenPoints(around, label)),
  ];
  const selected = await app.coloursAt(probes);
  const plain = await openWith(
    { region: '22' },
    { hash: `map=${view.zoom}/${view.lat}/${view.lng}` },
  );
  expect(await plain.view()).toEqual(view);
  const unselected = await plain.coloursAt(probes);
  const changes = [...members, ...around].map((unit, index) => ({
    unit,
    changed: selected[index] !== unselected[index],
    how: `${unit.name} (${unit.terc}): ${unselected[index]} → ${selected[index]}`,
  }));
  expect(changes.filter((c) => members.includes(c.unit) && !c.changed).map((c) => c.how)).toEqual(
    [],
  );
  expect(changes.filter((c) => around.includes(c.unit) && c.changed).map((c) => c.how)).toEqual([]);

  // those points are the gminy named: pointing at each names it (the leader's point is its
  // practice marker, which answers for the practice instead)
  for (const gmina of members) {
    await app.pointAt(gmina.label[0], gmina.label[1]);
    await expect
      .poll(() => app.unitInfo(), { message: `pointing at ${gmina.name} (${gmina.terc})` })
      .toMatch(naming(gmina.name));
  }

  // closing the practice takes the highlight away
  await app.closePractice();
  expect(await app.paintedAt('practice territory', places, label)).not.toContain(true);
  expect(app.problems()).toEqual([]);
  expect(plain.problems()).toEqual([]);
});
