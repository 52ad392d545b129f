// The production build served by nginx with the repository's site config: the app opens, every
// path of the one-page app gets index.html, caching and precompression work as configured.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeServedAppBrowser, openAppAt } from './nginx-app';
import { assetsOf, rawGet } from './nginx-http';
import {
  brotliModuleInstalled,
  nginxStoriesRun,
  serveDistWithNginx,
  testContainerConfig,
  type NginxServer,
} from './nginx-server';
import { REPO_ROOT } from './serve-dist';

const DIST = path.join(REPO_ROOT, 'dist');
const IMMUTABLE = 'public, max-age=31536000, immutable';
const DATA = ['data/boundaries.topo.json', 'data/gazetteer.json', 'data/practices.json'];

describe.runIf(nginxStoriesRun())('served by nginx', () => {
  let server: NginxServer;
  const url = (pathname: string) => new URL(pathname, server.baseUrl).href;
  const indexHtml = () => readFileSync(path.join(DIST, 'index.html'));

  beforeAll(async () => {
    server = await serveDistWithNginx();
  });
  afterAll(async () => {
    await closeServedAppBrowser();
    await server?.close();
  });

  test('a visitor opens the app from nginx and the map becomes ready', async () => {
    const { app } = await openAppAt(server.baseUrl);
    await app.waitForExplorerReady();
    expect(await app.mapIsShown()).toBe(true);
    expect(app.problems()).toEqual([]);
  });

  test('a deep link opens its view, and any unknown path gets the app', async () => {
    for (const link of ['?region=22', 'nieznana/sciezka?region=22', 'a/b/c/']) {
      const response = await rawGet(url(link));
      expect(response.status, link).toBe(200);
      expect(response.headers['content-type'], link).toMatch(/^text\/html/);
      expect(response.body.equals(indexHtml()), `${link} gets index.html`).toBe(true);
    }

    const { app } = await openAppAt(server.baseUrl, { path: 'nieznana/sciezka?region=22' });
    await app.waitForExplorerReady();
    expect((await app.tickedFilters()).join()).toMatch(/^Województwo: pomorskie \(\d+\)$/);
    expect(app.problems()).toEqual([]);
  });

  test('a missing script or data file is a 404, never index.html', async () => {
    for (const missing of ['assets/index-missing.js', 'data/missing.json']) {
      const response = await rawGet(url(missing));
      expect(response.status, missing).toBe(404);
      expect(response.headers['cache-control'], missing).toBeUndefined();
    }
  });

  test('hashed assets are cached for good; index.html and the data are asked for again', async () => {
    const assets = assetsOf(indexHtml().toString('utf8'));
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      expect((await rawGet(url(asset))).headers['cache-control'], asset).toBe(IMMUTABLE);
    }
    for (const page of ['', 'index.html', '?region=22', 'nieznana/sciezka', ...DATA]) {
      expect((await rawGet(url(page))).headers['cache-control'], page).toBe('no-cache');
    }
  });

  test('the precompressed copy is sent as is to a client that accepts gzip', async () => {
    const files = [...assetsOf(indexHtml().toString('utf8')), ...DATA.map((file) => `/${file}`)];
    for (const file of [...files, '/index.html']) {
      const original = readFileSync(path.join(DIST, file));
      const gzipped = await rawGet(url(file), { 'accept-encoding': 'gzip' });
      expect(gzipped.headers['content-encoding'], file).toBe('gzip');
      expect(gzipped.headers.vary, file).toMatch(/Accept-Encoding/i);
      // the very bytes of dist/'s .gz copy, which unpack to the file
      expect(gzipped.body.equals(readFileSync(path.join(DIST, `${file}.gz`))), file).toBe(true);
      expect(gunzipSync(gzipped.body).equals(original), file).toBe(true);

      const plain = await rawGet(url(file));
      expect(plain.headers['content-encoding'], file).toBeUndefined();
      expect(plain.body.equals(original), file).toBe(true);
    }
  });

  test.runIf(brotliModuleInstalled())(
    'with the brotli_static module, a client that accepts br gets the .br copy',
    async () => {
      for (const file of [...DATA.map((name) => `/${name}`), '/index.html']) {
        const response = await rawGet(url(file), { 'accept-encoding': 'gzip, br' });
        expect(response.headers['content-encoding'], file).toBe('br');
        const original = readFileSync(path.join(DIST, file));
        expect(brotliDecompressSync(response.body).equals(original), file).toBe(true);
      }
    },
  );

  test('files carry their types, and a long link fits in the request', async () => {
    const assets = assetsOf(indexHtml().toString('utf8'));
    const script = assets.find((asset) => asset.endsWith('.js'));
    const style = assets.find((asset) => asset.endsWith('.css'));
    expect((await rawGet(url(script ?? ''))).headers['content-type']).toMatch(
      /^application\/javascript/,
    );
    expect((await rawGet(url(style ?? ''))).headers['content-type']).toMatch(/^text\/css/);
    for (const file of DATA) {
      expect((await rawGet(url(file))).headers['content-type'], file).toMatch(/^application\/json/);
    }
    // 30 KB of query: nginx's default 8 KB buffers would answer 414
    const longQuery = `?q=${'a'.repeat(30_000)}`;
    expect((await rawGet(url(longQuery))).status).toBe(200);
  });

  test("a practice's page, its preview image, the sitemap and robots.txt", async () => {
    const id = 'koscierskie-partnerstwo-na-rzecz-rozwoju-spoleczno';
    const pageFile = path.join(DIST, 'praktyki', id, 'index.html');
    for (const link of [`praktyki/${id}/`, `praktyki/${id}`, `praktyki/${id}/?lang=en`]) {
      const response = await rawGet(url(link));
      expect(response.status, link).toBe(200);
      expect(response.headers['content-type'], link).toMatch(/^text\/html/);
      expect(response.headers['cache-control'], link).toBe('no-cache');
      expect(response.body.equals(readFileSync(pageFile)), `${link} gets its page`).toBe(true);
    }
    const gzipped = await rawGet(url(`praktyki/${id}/`), { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).equals(readFileSync(pageFile))).toBe(true);

    // a practice the build did not know: the app, which says so (practice-pages.test.ts)
    const unknown = await rawGet(url('praktyki/nie-ma-takiej/'));
    expect(unknown.status).toBe(200);
    expect(unknown.body.equals(indexHtml())).toBe(true);

    for (const image of [`praktyki/${id}/podglad.png`, 'podglad.png']) {
      const response = await rawGet(url(image));
      expect(response.status, image).toBe(200);
      expect(response.headers['content-type'], image).toBe('image/png');
      expect(response.headers['cache-control'], image).toBe('public, max-age=86400');
    }
    expect((await rawGet(url('praktyki/nie-ma-takiej/podglad.png'))).status).toBe(404);

    expect((await rawGet(url('sitemap.xml'))).headers['content-type']).toMatch(/^text\/xml/);
    // opened in a browser: the practice, under the served policy, with no violation
    const served = await openAppAt(server.baseUrl, { path: `praktyki/${id}/` });
    await served.app.waitForExplorerReady();
    expect(await served.app.openPracticeTitle()).toMatch(/^Kościerskie partnerstwo/);
    expect(await served.cspViolations()).toEqual([]);
    expect(served.app.problems()).toEqual([]);

    const robots = await rawGet(url('robots.txt'));
    expect(robots.headers['content-type']).toMatch(/^text\/plain/);
    expect(robots.body.toString('utf8')).toMatch(/^Sitemap: \S+\/sitemap\.xml$/m);
  });

  test("the container's server block is valid where the Containerfile puts it", () => {
    const verdict = testContainerConfig();
    expect(verdict.output).toMatch(/syntax is ok/);
    expect(verdict.output).not.toMatch(/\[(warn|emerg)\]/);
    expect(verdict.ok).toBe(true);
  });
});
