// Issue 11: the link the app writes back is canonical, always. What a link had that was ignored
// is reported once and then gone from the address and from "Kopiuj link"; the link the app wrote
// reopens without a notice and is written the same; the skip link leaves the address alone.
import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openLink, openWith } from './driver';

afterAll(closeBrowser);

test('ignored parts of the hash are reported, then dropped from the address and the copied link', async () => {
  const app = await openWith(undefined, {
    hash: 'map=6/52/19&javascript:alert(1)&%3Cimg%20src=x%20onerror=alert(1)%3E',
  });
  const notice = await app.urlNotice();
  expect(notice).toContain('javascript:alert(1)');
  await app.waitForMapToSettle();
  expect(app.url().hash).toMatch(/^#map=[^&]+$/);

  const link = await app.copyLink();
  expect(link).toBe(app.url().href);
  expect(link).not.toMatch(/javascript|img|onerror/);

  // the copied link is a fixed point: no notice, the same link again
  const elsewhere = await openLink(link);
  await elsewhere.waitForMapToSettle();
  expect(await elsewhere.urlNotice()).toBeNull();
  expect(await elsewhere.copyLink()).toBe(link);
  expect(app.problems()).toEqual([]);
  expect(elsewhere.problems()).toEqual([]);
});

test.each(['map=6/52/-999', 'map=3/90/190', 'map=18/56.5/26.5', 'map=12.7/49.123456/20.987654'])(
  'a map view at or beyond the limits (%s): the written link reopens without a notice, written the same',
  async (hash) => {
    const app = await openWith({ region: '22' }, { hash });
    await app.waitForMapToSettle();
    const written = app.url().href;
    expect(new URL(written).hash).toMatch(/^#map=[^&]+$/);

    const elsewhere = await openLink(written);
    await elsewhere.waitForMapToSettle();
    expect(await elsewhere.urlNotice()).toBeNull();
    expect(elsewhere.url().href).toBe(written);
    expect(app.problems()).toEqual([]);
    expect(elsewhere.problems()).toEqual([]);
  },
);

test('the skip link moves the focus to the content and keeps the map view in the address', async () => {
  const app = await openWith(undefined, { hash: 'map=8/50.0600/19.9400' });
  await app.waitForMapToSettle();
  const before = app.url().href;
  await app.focusStartOfPage();
  await app.press('Tab');
  expect(await app.focusIs({ kind: 'skip link' })).toBe(true);

  await app.press('Enter');
  expect(await app.focusIs({ kind: 'main content' })).toBe(true);
  expect(app.url().href).toBe(before);
  await app.reload();
  expect(await app.urlNotice()).toBeNull();
  expect(app.problems()).toEqual([]);
});
