import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openApp } from './driver';

afterAll(closeBrowser);

test('zooming in over Kraków asks for małopolskie’s detail borders, not before', async () => {
  // the first load (Poland, then zoom 8 over Kraków) uses only the light borders
  const app = await openApp({ hash: 'map=8/50.06/19.94' });
  await app.waitForMapReady();
  await app.foldMapLegends();
  expect(app.boundaryDetailRequests()).toEqual([]);

  await app.zoomIn();
  expect((await app.view()).zoom).toBe(9);
  await expect.poll(() => app.boundaryDetailRequests()).toContain('12');
  // only voivodeships the view reaches: nothing from the other end of Poland
  expect(app.boundaryDetailRequests()).not.toContain('32');

  // zooming further in over the same place asks for nothing again (the file is cached)
  const asked = app.boundaryDetailRequests().length;
  await app.zoomIn();
  await app.waitForMapToSettle();
  expect(app.boundaryDetailRequests()).toHaveLength(asked);
  expect(app.problems()).toEqual([]);
});
