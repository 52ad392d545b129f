import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openWith } from './driver';

afterAll(closeBrowser);

const KOSCIERSKIE = 'Kościerskie partnerstwo na rzecz rozwoju społeczno gospodarczego';

test('"Drukuj" prints the practice: partners, its area on a small map and its link, without the panels', async () => {
  const app = await openWith({ region: '22' });
  await app.openPractice(KOSCIERSKIE);
  expect(await app.visibleParts()).toMatchObject({ filters: true, toolbar: true, printMap: false });

  expect(await app.printPractice()).toBe(true);
  await app.emulatePrint(true);
  expect(await app.visibleParts()).toEqual({
    filters: false,
    toolbar: false,
    map: false,
    mapControls: false,
    viewSwitch: false,
    printMap: true,
  });
  expect(await app.practiceShowsText('Kaszubski Instytut Rozwoju')).toBe(true);
  expect(await app.practiceShowsText('/praktyki/koscierskie-partnerstwo')).toBe(true);

  await app.emulatePrint(false);
  expect(await app.visibleParts()).toMatchObject({ filters: true, toolbar: true, printMap: false });
  expect(app.problems()).toEqual([]);
});

test('the printed list has every row, not only those the screen renders', async () => {
  const app = await openWith({ view: 'list' });
  const count = await app.resultCount();
  const onScreen = await app.renderedResultRows();
  expect(onScreen).toBeLessThan(count);

  await app.emulatePrint(true);
  expect(await app.renderedResultRows()).toBe(count);
  expect(await app.visibleParts()).toMatchObject({ filters: false, toolbar: false });
  expect(app.problems()).toEqual([]);
});
