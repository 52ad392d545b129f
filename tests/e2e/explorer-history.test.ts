import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openWith, servedPractices } from './driver';

afterAll(closeBrowser);

const KOSCIERSKIE = 'Kościerskie partnerstwo na rzecz rozwoju społeczno gospodarczego';

test('Back closes the practice, Back again removes the filter; panning adds no step', async () => {
  const practices = await servedPractices();
  const inPomorskie = practices.filter((practice) =>
    practice.territory.some((unit) => unit.startsWith('22')),
  );
  const app = await openWith(undefined);
  const steps = await app.historyLength();
  expect(await app.resultCount()).toBe(practices.length);

  await app.choose('Województwo', 'pomorskie');
  expect(app.queryParams()).toEqual([['region', '22']]);
  await app.openPractice(KOSCIERSKIE);
  expect(await app.historyLength()).toBe(steps + 2);

  await app.waitForMapToSettle();
  await app.pan(100, -60);
  await app.pan(-40, 120);
  expect(await app.historyLength()).toBe(steps + 2);
  expect(await app.openPracticeTitle()).toBe(KOSCIERSKIE);

  await app.goBack();
  expect(await app.openPracticeTitle()).toBeNull();
  expect(app.queryParams()).toEqual([['region', '22']]);
  expect(await app.tickedFilters()).toEqual([`Województwo: pomorskie (${inPomorskie.length})`]);
  await expect.poll(() => app.resultCount()).toBe(inPomorskie.length);

  await app.goBack();
  expect(app.queryParams()).toEqual([]);
  expect(await app.tickedFilters()).toEqual([]);
  await expect.poll(() => app.resultCount()).toBe(practices.length);
  expect(app.problems()).toEqual([]);
});
