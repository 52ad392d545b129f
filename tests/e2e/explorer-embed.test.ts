// Issue 10, "Embed": the map on another site's page (`embed=1`), the builder that writes its
// <iframe> code, and the phone's toolbar that makes room for it.
import { afterAll, expect, test } from 'vitest';
import { closeBrowser, describeViolations, openApp, openWith } from './driver';

afterAll(closeBrowser);

const PHONE = { width: 390, height: 844 };

test('?embed=1 shows the count and the map without header or filter panel, and links to the same view in the full app', async () => {
  const app = await openWith({ region: '22', type: 'social-services', embed: '1' });
  expect(await app.appHeaderIsShown()).toBe(false);
  expect(await app.filtersAreShown()).toBe(false);
  expect(await app.mapIsOnScreen()).toBe(true);
  expect(await app.resultCount()).toBeGreaterThan(0);

  const link = await app.fullMapLink();
  const full = new URL(link.href);
  expect(full.searchParams.get('embed')).toBeNull();
  expect(full.search).toBe('?region=22&type=social-services');
  expect(link.target).toBe('_blank');
  expect(link.rel).toContain('noopener');

  // the list is one switch away, and a practice opens inside the embed
  await app.showView('list');
  expect(await app.listIsShown()).toBe(true);
  expect(app.url().search).toBe('?region=22&type=social-services&view=list&embed=1');
  expect(describeViolations(await app.accessibilityViolations())).toBe('');
  expect(app.problems()).toEqual([]);
});

test('in an iframe on a host page Ctrl + wheel zooms the map, the wheel alone scrolls the page', async () => {
  const app = await openApp();
  await app.openHostPage('/?region=22&embed=1', 500);
  const hashAtStart = await app.embedMapHash();

  // first: a wheel turn just after a scroll of the page stays with the page (Chromium latches it)
  await app.wheelOverEmbedMap(-300, { ctrl: true });
  await expect.poll(() => app.embedMapHash()).not.toBe(hashAtStart);
  const zoomed = await app.embedMapHash();

  const scrollBefore = await app.hostScroll();
  await app.wheelOverEmbedMap(300);
  expect(await app.hostScroll()).toBeGreaterThan(scrollBefore);
  expect(await app.embedMapHash()).toBe(zoomed);
  expect(app.problems()).toEqual([]);
});

test('the embed builder writes iframe code with a title and the height chosen, previews it and copies it', async () => {
  const app = await openWith({ region: '22' });
  const count = await app.resultCountText();
  await app.openEmbedBuilder();

  await app.setEmbedHeight('12');
  expect(await app.embedHeightError()).toMatch(/200.*2000/);
  expect(await app.embedPreview()).toBeNull();
  await app.setEmbedHeight('640');
  expect(await app.embedHeightError()).toBeNull();

  const code = await app.embedCode();
  expect(code).toMatch(/^<iframe [^>]*><\/iframe>$/);
  expect(code).toContain('height="640"');
  expect(code).toContain('width="100%"');
  expect(code).toContain('loading="lazy"');
  expect(code).toContain('title="Mapa Praktyk: pomorskie"');
  const src = /src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, '&') ?? '';
  expect(new URL(src).search).toBe('?region=22&embed=1');

  const preview = await app.embedPreview();
  expect(preview?.src).toBe(src);
  expect(await app.embedPreviewCount()).toBe(count);

  await app.chooseEmbedLanguage('English');
  const english = await app.embedCode();
  expect(english).toContain('lang=en&amp;embed=1');
  expect(english).toContain('title="Mapa Praktyk: pomorskie"');
  expect(await app.copyEmbedCode()).toBe(english);

  expect(describeViolations(await app.accessibilityViolations())).toBe('');
  await app.press('Escape');
  await expect.poll(() => app.embedBuilderIsOpen()).toBe(false);
  expect(app.problems()).toEqual([]);
});

test('on a phone the toolbar keeps to two rows, its sharing actions behind one menu', async () => {
  const app = await openWith({ region: '22' }, { viewport: PHONE });
  expect(await app.toolbarHasMenu()).toBe(true);
  expect(await app.toolbarRows()).toBeLessThanOrEqual(2);
  expect(new URL(await app.copyLink()).search).toBe('?region=22');
  expect(await app.toolbarRows()).toBeLessThanOrEqual(2);
  expect(await app.scrollsSideways()).toBe(false);
  expect(app.problems()).toEqual([]);
});
