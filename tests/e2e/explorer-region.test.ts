import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openWith, servedPractices } from './driver';

afterAll(closeBrowser);

const POMORSKIE = '22';
const KOSCIERSKIE = 'Kościerskie partnerstwo na rzecz rozwoju społeczno gospodarczego';

test('a link to pomorskie shows exactly the practices of pomorskie, and every count agrees', async () => {
  const practices = await servedPractices();
  // the rule: a practice is in a region when any unit of its territory lies in it
  const inPomorskie = practices.filter((practice) =>
    practice.territory.some((unit) => unit.startsWith(POMORSKIE)),
  );
  expect(inPomorskie.map((practice) => practice.title)).toContain(KOSCIERSKIE);

  const app = await openWith({ region: POMORSKIE });

  expect(await app.resultCount()).toBe(inPomorskie.length);
  expect(await app.resultCountIsAnnounced()).toBe(true);
  expect(await app.facetCount('Województwo', 'pomorskie')).toBe(inPomorskie.length);
  expect(await app.tickedFilters()).toEqual([`Województwo: pomorskie (${inPomorskie.length})`]);
  const shown = await app.resultIds();
  expect([...shown].sort()).toEqual(inPomorskie.map((practice) => practice.id).sort());
  expect(app.problems()).toEqual([]);
});
