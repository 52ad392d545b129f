import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openWith } from './driver';

afterAll(closeBrowser);

test('folding the map legends with the mouse leaves the map where it was', async () => {
  const app = await openWith(undefined);
  const before = await app.view();

  await app.foldMapLegends('mouse');

  // a click on a legend is for the legend, not for a practice cluster lying under it
  expect(await app.waitForMapToSettle()).toEqual(before);
  expect(app.problems()).toEqual([]);
});
