// Link previews and search engines (issue 10): every practice has a page of its own, written at
// build time, with its title, description, Open Graph and Twitter card, JSON-LD, a preview image
// and its content readable without JavaScript; the page opens the app with that practice; the
// sitemap lists every page and robots.txt names the sitemap.
import { afterAll, expect, test } from 'vitest';
import { readSiteUrl } from '../../src/config/site';
import { closeBrowser, openApp, servedPractices, servedPracticeTexts, servedUrl } from './driver';
import { fetchPage, fetchPngSize, sitemapLocations } from './driver-site-pages';

afterAll(closeBrowser);

const SITE = readSiteUrl(process.env, () => undefined);
const KOSCIERSKIE = 'koscierskie-partnerstwo-na-rzecz-rozwoju-spoleczno';
/** An address the build wrote with VITE_SITE_URL, fetched from the server under test. */
const served = (siteAddress: string) => servedUrl(siteAddress.slice(SITE.length));

async function shipped(id: string) {
  const practice = (await servedPractices()).find((candidate) => candidate.id === id);
  if (!practice) throw new Error(`the served practices have no ${id}`);
  // its summary and sources are in practice-texts.json
  const texts = (await servedPracticeTexts())[id];
  if (!texts) throw new Error(`the served practice texts have no ${id}`);
  return { ...practice, ...texts };
}

test("a practice's page tells a messenger and a search engine what it is, with an image", async () => {
  const practice = await shipped(KOSCIERSKIE);
  const page = await fetchPage(servedUrl(`praktyki/${practice.id}/`));
  expect(page.status).toBe(200);
  const url = `${SITE}praktyki/${practice.id}/`;
  expect(page.title).toBe(`${practice.title} — Mapa Praktyk`);
  expect(page.meta('og:title')).toBe(practice.title);
  expect(page.meta('og:url')).toBe(url);
  expect(page.canonical).toBe(url);
  expect(page.meta('twitter:card')).toBe('summary_large_image');
  // the summary, cut at a word with an ellipsis when long
  const description = page.meta('description') ?? '';
  expect(description.length).toBeGreaterThan(40);
  expect(practice.summary.startsWith(description.replace(/…$/, ''))).toBe(true);
  expect(page.jsonLd).toEqual([
    expect.objectContaining({ '@type': 'CreativeWork', name: practice.title, url }),
  ]);

  // the image it names exists: a PNG of 1200×630
  const image = page.meta('og:image') ?? '';
  expect(image).toBe(`${url}podglad.png`);
  expect([page.meta('og:image:width'), page.meta('og:image:height')]).toEqual(['1200', '630']);
  const png = await fetchPngSize(served(image));
  expect(png).toEqual({ status: 200, type: 'image/png', width: 1200, height: 630 });

  // the root page has a preview too
  const root = await fetchPage(servedUrl(''));
  expect(root.canonical).toBe(SITE);
  expect(await fetchPngSize(served(root.meta('og:image') ?? ''))).toMatchObject({
    width: 1200,
    height: 630,
  });
});

test('the page opens the app with that practice; its link is the page; closing it goes back to the map', async () => {
  const practice = await shipped(KOSCIERSKIE);
  const app = await openApp({ path: `praktyki/${practice.id}/` });
  await app.waitForExplorerReady();
  expect(await app.openPracticeTitle()).toBe(practice.title);
  // the address bar holds the one canonical form of the view (README, links)
  expect(app.url().pathname).toBe('/');
  expect(app.queryParams()).toContainEqual(['practice', practice.id]);
  expect(await app.copyPracticeLink()).toBe(servedUrl(`praktyki/${practice.id}/`));
  expect(await app.urlNotice()).toBeNull();
  await app.closePractice();
  expect(app.queryParams()).not.toContainEqual(['practice', practice.id]);
  expect(app.problems()).toEqual([]);
});

test('without JavaScript the page shows the practice itself', async () => {
  const practice = await shipped(KOSCIERSKIE);
  for (const viewport of [undefined, { width: 390, height: 844 }]) {
    const app = await openApp({ path: `praktyki/${practice.id}/`, javaScript: false, viewport });
    const text = await app.practiceDetailText();
    expect(text).toContain(practice.title);
    expect(text).toContain(practice.summary);
  }
});

test('a page for a practice the build did not know opens the app, which says so', async () => {
  const app = await openApp({ path: 'praktyki/nie-ma-takiej-praktyki/' });
  await app.waitForExplorerReady();
  expect(await app.urlNotice()).toMatch(/nie-ma-takiej-praktyki/);
  expect(app.queryParams()).not.toContainEqual(['practice', 'nie-ma-takiej-praktyki']);
});

test('the sitemap lists every practice and the root; robots.txt names it', async () => {
  const practices = await servedPractices();
  const locations = await sitemapLocations(servedUrl('sitemap.xml'));
  expect(locations).toHaveLength(practices.length + 1);
  expect(new Set(locations)).toEqual(
    new Set([SITE, ...practices.map((practice) => `${SITE}praktyki/${practice.id}/`)]),
  );
  const robots = await (await fetch(servedUrl('robots.txt'))).text();
  expect(robots).toContain(`Sitemap: ${SITE}sitemap.xml`);
});
