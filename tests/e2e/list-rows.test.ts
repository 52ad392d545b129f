import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openWith } from './driver';

afterAll(closeBrowser);

const KOSCIERSKIE = 'Kościerskie partnerstwo na rzecz rozwoju społeczno gospodarczego';

test('a click anywhere on a row opens its practice; its year and partner mix are shown in full', async () => {
  const app = await openWith({ region: '22', view: 'list' });
  // the title's line may be clamped; the type, year and partners are not
  const cut = await app.cutTextInRow(KOSCIERSKIE);
  expect(cut.filter((line) => /partner|od \d{4}/.test(line))).toEqual([]);
  expect(cut.filter((line) => line.startsWith('the row'))).toEqual([]);

  await app.openPracticeByRow(KOSCIERSKIE);
  expect(await app.openPracticeTitle()).toBe(KOSCIERSKIE);
  expect(app.problems()).toEqual([]);
});
