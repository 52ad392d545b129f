// The files the build writes for link previews and search engines, read as a crawler or a
// messenger reads them: over HTTP, without a browser (a practice's page, its preview image, the
// sitemap, robots.txt). Raw fetches of the served build; the HTML is parsed with jsdom.
import { JSDOM } from 'jsdom';

export interface FetchedPage {
  status: number;
  /** A meta tag's content by `property` (Open Graph) or `name`, or null. */
  meta(key: string): string | null;
  canonical: string | null;
  title: string;
  /** Every JSON-LD object of the head. */
  jsonLd: Record<string, unknown>[];
  /** The text of the page's readable content (what a reader without JavaScript sees). */
  text: string;
}

export async function fetchPage(url: string): Promise<FetchedPage> {
  const response = await fetch(url);
  const html = await response.text();
  const { document } = new JSDOM(html).window;
  return {
    status: response.status,
    meta: (key) =>
      document
        .querySelector(`meta[property="${key}"], meta[name="${key}"]`)
        ?.getAttribute('content') ?? null,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    title: document.title,
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>,
    ),
    text: (document.body.textContent ?? '').replace(/\s+/g, ' '),
  };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG's size from its IHDR chunk, or null when the bytes are not a PNG. */
export async function fetchPngSize(
  url: string,
): Promise<{ status: number; type: string | null; width: number; height: number } | null> {
  const response = await fetch(url);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  };
}

/** The page addresses sitemap.xml lists. */
export async function sitemapLocations(url: string): Promise<string[]> {
  const xml = await (await fetch(url)).text();
  const { document } = new JSDOM(xml, { contentType: 'text/xml' }).window;
  return [...document.querySelectorAll('url > loc')].map((loc) => loc.textContent ?? '');
}
