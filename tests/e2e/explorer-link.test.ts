import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openLink, openWith } from './driver';

afterAll(closeBrowser);

/** A link's query and map view, for a readable difference. */
function parts(link: string) {
  const url = new URL(link);
  return { origin: url.origin, path: url.pathname, query: url.search, hash: url.hash };
}

const KOSCIERSKIE = 'Kościerskie partnerstwo na rzecz rozwoju społeczno gospodarczego';

test('"Kopiuj link" gives a link that opens the same view in a new window', async () => {
  const app = await openWith({ region: '22', years: '2005-2015' });
  await app.openPractice(KOSCIERSKIE);
  await app.waitForMapToSettle();
  await app.pan(-80, 40);
  const seen = await app.shownState();

  const link = await app.copyLink();

  // the link is the address the view has
  expect(parts(link)).toEqual(parts(app.url().href));
  const elsewhere = await openLink(link);
  expect(await elsewhere.shownState()).toEqual(seen);
  expect(seen.practice).toBe(KOSCIERSKIE);

  // behind the practice, the same list in both windows
  await app.closePractice();
  await elsewhere.closePractice();
  const list = await app.resultIds();
  expect(list.length).toBe(seen.resultCount);
  expect(await elsewhere.resultIds()).toEqual(list);
  expect(app.problems()).toEqual([]);
  expect(elsewhere.problems()).toEqual([]);
});
