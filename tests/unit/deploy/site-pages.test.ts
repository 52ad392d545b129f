import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { escapeHtml, jsonForScript, shortText, withHead } from '../../../deploy/page-head';
import { readSiteData, type SitePractice } from '../../../deploy/site-data';
import { encodeGazetteer } from '../../../src/data/gazetteer-file';
import {
  pageFile,
  practiceRoute,
  previewFile,
  robotsTxt,
  sitemapXml,
  siteRoutes,
} from '../../../deploy/site-pages';
import { PLACEHOLDER_SITE_URL, readSiteUrl } from '../../../src/config/site';

const HOSTILE = `</script><script>alert(1)</script>"'><img src=x onerror=alert(2)> & $& $' <!--`;
const config = { siteUrl: 'https://mapa.example/' };
const TEMPLATE =
  '<!doctype html><html lang="pl"><head><meta charset="UTF-8" />' +
  '<meta name="description" content="x" /><title>Mapa Praktyk</title></head>' +
  '<body><div id="root"></div></body></html>';

function practice(overrides: Partial<SitePractice> = {}): SitePractice {
  return {
    id: 'skawina-seniorzy',
    title: 'Seniorzy w Skawinie',
    summary: 'Gmina i stowarzyszenie razem.',
    yearStarted: 2014,
    dateModified: '2024-03-01',
    territory: ['1206112'],
    placeNames: ['gmina Skawina'],
    ...overrides,
  };
}

/** The page's head as a browser parses it. */
function parsedHead(route: ReturnType<typeof practiceRoute>) {
  const { document } = new JSDOM(withHead(TEMPLATE, route.head)).window;
  const meta = (key: string) =>
    document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
  return { document, meta };
}

describe('escaping what the data says', () => {
  test('text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  test('JSON in a script element cannot close it or open a comment, and reads back the same', () => {
    const json = jsonForScript({ name: HOSTILE, line: 'a\u2028b' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ name: HOSTILE, line: 'a\u2028b' });
  });

  test('a hostile title and summary end up inert in every tag, and read back as they were', () => {
    const route = practiceRoute(config, practice({ title: HOSTILE, summary: HOSTILE }));
    const { document, meta } = parsedHead(route);
    // one script, the JSON-LD; no element or attribute came from the data
    expect([...document.querySelectorAll('script')].map((s) => s.type)).toEqual([
      'application/ld+json',
    ]);
    expect(document.querySelector('img, [onerror]')).toBeNull();
    expect(document.title).toBe(`${HOSTILE} — Mapa Praktyk`);
    expect(meta('og:title')).toBe(HOSTILE);
    expect(meta('twitter:title')).toBe(HOSTILE);
    expect(meta('og:description')).toBe(shortText(HOSTILE, 300));
    const ld = JSON.parse(document.querySelector('script')?.textContent ?? '') as {
      name: string;
      description: string;
    };
    expect(ld.name).toBe(HOSTILE);
    expect(ld.description).toBe(HOSTILE);
    // the template's own description is replaced, not doubled
    expect(document.querySelectorAll('meta[name="description"]')).toHaveLength(1);
  });
});

describe("a practice's page", () => {
  test('title, canonical, Open Graph, Twitter card and JSON-LD', () => {
    const route = practiceRoute(config, practice(), '2025-01-01');
    expect(pageFile(route)).toBe('praktyki/skawina-seniorzy/index.html');
    expect(previewFile(route)).toBe('praktyki/skawina-seniorzy/podglad.png');
    const { document, meta } = parsedHead(route);
    const url = 'https://mapa.example/praktyki/skawina-seniorzy/';
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    expect(meta('og:url')).toBe(url);
    expect(meta('og:type')).toBe('article');
    expect(meta('og:locale')).toBe('pl_PL');
    expect(meta('og:image')).toBe(`${url}podglad.png`);
    expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('description')).toBe('Gmina i stowarzyszenie razem.');
    const ld = JSON.parse(document.querySelector('script')?.textContent ?? '') as Record<
      string,
      unknown
    >;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      name: 'Seniorzy w Skawinie',
      url,
      temporalCoverage: '2014/..',
      dateModified: '2024-03-01',
      spatialCoverage: [{ '@type': 'Place', name: 'gmina Skawina' }],
      publisher: { '@type': 'Organization', name: 'Mapa Praktyk' },
    });
  });

  test('no start year, no temporal coverage; no own date, the dataset date in the sitemap', () => {
    const route = practiceRoute(
      config,
      practice({ yearStarted: null, dateModified: null }),
      '2025-01-01',
    );
    expect(route.head.jsonLd).not.toHaveProperty('temporalCoverage');
    expect(route.lastModified).toBe('2025-01-01');
  });
});

describe('the site files', () => {
  const site = {
    files: {
      practices: {},
      gazetteer: { units: [] },
      practiceTexts: { version: 1 as const, texts: {}, problems: [] },
    },
    boundaries: { type: 'Topology' as const, objects: {}, arcs: [] },
    practices: [practice(), practice({ id: 'b', title: 'B', dateModified: null })],
    datasetDate: '2024-03-01',
  };

  test('the root first, then one page per practice; a sitemap entry for each', () => {
    const routes = siteRoutes(config, site);
    expect(routes.map((route) => route.path)).toEqual([
      '',
      'praktyki/skawina-seniorzy/',
      'praktyki/b/',
    ]);
    const sitemap = new JSDOM(sitemapXml(config, routes), { contentType: 'text/xml' }).window
      .document;
    expect([...sitemap.querySelectorAll('url > loc')].map((loc) => loc.textContent)).toEqual([
      'https://mapa.example/',
      'https://mapa.example/praktyki/skawina-seniorzy/',
      'https://mapa.example/praktyki/b/',
    ]);
    expect([...sitemap.querySelectorAll('url > lastmod')].map((l) => l.textContent)).toEqual([
      '2024-03-01',
      '2024-03-01',
      '2024-03-01',
    ]);
    expect(robotsTxt(config)).toContain('Sitemap: https://mapa.example/sitemap.xml\n');
  });

  test('the data is read in one place, and a bad record is named', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'site-data-'));
    mkdirSync(dir, { recursive: true });
    const write = (
      practices: unknown[],
      texts: Record<string, unknown> = { a: { summary: 'S', sources: [] } },
    ) => {
      writeFileSync(path.join(dir, 'practices.json'), JSON.stringify({ version: 1, practices }));
      writeFileSync(path.join(dir, 'practice-texts.json'), JSON.stringify({ version: 1, texts }));
      writeFileSync(
        path.join(dir, 'gazetteer.json'),
        JSON.stringify(
          encodeGazetteer({
            units: [
              {
                terc: '1206112',
                name: 'Skawina',
                level: 'gmina',
                gminaType: 'rural',
                cityWithPowiatRights: false,
                powiat: '1206',
                voivodeship: '12',
                label: [19.8, 50],
                bbox: [19.7, 49.9, 19.9, 50.1],
              },
            ],
          }),
        ),
      );
      writeFileSync(path.join(dir, 'boundaries.topo.json'), '{"type":"Topology","objects":{}}');
    };
    const record = {
      id: 'a',
      title: 'A',
      yearStarted: 2010,
      dateAdded: '2020-01-01',
      dateUpdated: '2021-05-05',
      territory: ['1206112'],
    };
    write([record, { ...record, title: 'repeated id, left out as the app does' }]);
    const data = readSiteData(dir);
    expect(data.practices).toEqual([
      {
        id: 'a',
        title: 'A',
        summary: 'S',
        yearStarted: 2010,
        dateModified: '2021-05-05',
        territory: ['1206112'],
        placeNames: ['gmina Skawina'],
      },
    ]);
    expect(data.datasetDate).toBe('2021-05-05');
    write([record, { ...record, id: '../../etc' }]);
    expect(() => readSiteData(dir)).toThrow(
      /practices\[1\]: id "\.\.\/\.\.\/etc" is not a lower-case slug/,
    );
    // the summary (head, preview, content) is in practice-texts.json: a page never goes out without it
    write([record], {});
    expect(() => readSiteData(dir)).toThrow(/practice-texts\.json has no texts for practice a /);
    write([record], { a: { summary: '', sources: [] } });
    expect(() => readSiteData(dir)).toThrow(/practice-texts\.json: practice a: /);
  });
});

describe('VITE_SITE_URL', () => {
  test('an absolute http(s) URL, ending with a slash; else the placeholder, with a warning', () => {
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    expect(readSiteUrl({}, warn)).toBe(PLACEHOLDER_SITE_URL);
    expect(readSiteUrl({ VITE_SITE_URL: 'https://mapa.gov.pl/mapa' }, warn)).toBe(
      'https://mapa.gov.pl/mapa/',
    );
    expect(warnings).toEqual([]);
    expect(readSiteUrl({ VITE_SITE_URL: 'javascript:alert(1)' }, warn)).toBe(PLACEHOLDER_SITE_URL);
    expect(readSiteUrl({ VITE_SITE_URL: 'mapa.gov.pl' }, warn)).toBe(PLACEHOLDER_SITE_URL);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/VITE_SITE_URL ignored/);
    expect(readSiteUrl({ VITE_SITE_URL: 'https://mapa.gov.pl/?a=1#b' }, warn)).toBe(
      'https://mapa.gov.pl/',
    );
  });
});
