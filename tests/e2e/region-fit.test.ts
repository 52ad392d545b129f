import { afterAll, expect, test } from 'vitest';
import type { Unit } from '../../src/data/schemas';
import { closeBrowser, openWith, servedGazetteer } from './driver';

afterAll(closeBrowser);

const label = (unit: Unit) => unit.label;

async function unitOf(code: string): Promise<Unit> {
  const { units } = await servedGazetteer();
  const unit = units.find((candidate) => candidate.terc === code);
  if (!unit) throw new Error(`the served gazetteer has no ${code}`);
  return unit;
}

test('ticking a voivodeship moves the map to it; ticking a second one shows both', async () => {
  const pomorskie = await unitOf('22');
  const malopolskie = await unitOf('12');
  const krakow = await unitOf('1261');
  const app = await openWith(undefined);
  const before = await app.waitForMapToSettle();

  await app.choose('Województwo', 'pomorskie');
  const fitted = await app.waitForMapToSettle();
  expect(fitted.zoom).toBeGreaterThan(before.zoom);
  // its corners are in sight (clear of the legend), Kraków far in the south is not
  const [west, south, east, north] = pomorskie.bbox;
  const corners: [number, number][] = [
    [west, south],
    [east, north],
  ];
  expect(await app.onScreen(corners, (corner) => corner)).toHaveLength(2);
  expect(await app.onScreen([krakow], label)).toEqual([]);

  await app.choose('Województwo', 'małopolskie');
  await app.waitForMapToSettle();
  expect(await app.onScreen([pomorskie, malopolskie, krakow], label)).toHaveLength(3);
  expect(app.problems()).toEqual([]);
});

test('a region in a link with a map view keeps that view; without one, the map shows the region', async () => {
  const pomorskie = await unitOf('22');
  const hash = 'map=9/50.06/19.94';
  const kept = await openWith({ region: '22' }, { hash });
  expect(await kept.waitForMapToSettle()).toEqual({ zoom: 9, lat: 50.06, lng: 19.94 });

  const fitted = await openWith({ region: '22' });
  const view = await fitted.waitForMapToSettle();
  expect(view.zoom).toBeGreaterThanOrEqual(7);
  expect(await fitted.onScreen([pomorskie], label)).toHaveLength(1);
});
