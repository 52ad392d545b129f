// The app under its Content-Security-Policy as a real header from nginx (and the <meta> the
// build writes): every view is used and the page reports no violation at all.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headerPolicy, metaPolicy } from '../../deploy/csp';
import { practicesFileSchema } from '../../src/data/schemas';
import { closeServedAppBrowser, openAppAt, type ServedApp } from './nginx-app';
import { metaPolicyOf, rawGet } from './nginx-http';
import { nginxStoriesRun, serveDistWithNginx, type NginxServer } from './nginx-server';

const PHONE = { width: 390, height: 844 };

describe.runIf(nginxStoriesRun())('under the Content-Security-Policy from nginx', () => {
  let server: NginxServer;
  let practiceTitle: string;

  beforeAll(async () => {
    server = await serveDistWithNginx();
    const response = await fetch(new URL('data/practices.json', server.baseUrl));
    const { practices } = practicesFileSchema.parse(await response.json());
    // one led from pomorskie (22), so it stays listed when the stories choose that region
    const inPomorskie = practices.find((practice) => practice.leader.startsWith('22'));
    if (!inPomorskie) throw new Error('nginx serves no practice led from pomorskie');
    practiceTitle = inPomorskie.title;
  });
  afterAll(async () => {
    await closeServedAppBrowser();
    await server?.close();
  });

  async function expectNoViolation(served: ServedApp): Promise<void> {
    expect(await served.cspViolations()).toEqual([]);
    expect(served.cspConsoleMessages()).toEqual([]);
    expect(served.app.problems()).toEqual([]);
  }

  test('nginx sends the policy of deploy/csp.ts, and index.html carries the same as a meta', async () => {
    const response = await rawGet(server.baseUrl);
    expect(response.headers['content-security-policy']).toBe(headerPolicy());
    expect(metaPolicyOf(response.body.toString('utf8'))).toBe(metaPolicy());
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers['permissions-policy']).toMatch(/camera=\(\)/);
    // embedding stays possible (frame-ancestors decides)
    expect(response.headers['x-frame-options']).toBeUndefined();
    // on errors too
    const missing = await rawGet(new URL('data/missing.json', server.baseUrl).href);
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toBe(headerPolicy());
  });

  test('map, list, table and a practice on a laptop: no violation', async () => {
    const served = await openAppAt(server.baseUrl);
    const { app } = served;
    await app.waitForExplorerReady();
    await app.zoomIn();
    // the pointer at the map's centre names the place under it
    const centre = await app.view();
    await app.pointAt(centre.lng, centre.lat);
    await expect.poll(() => app.unitInfo()).toMatch(/\p{L}/u);
    await app.choose('Województwo', 'pomorskie');
    await app.showView('list');
    expect(await app.listIsShown()).toBe(true);
    await app.openPractice(practiceTitle);
    expect(await app.openPracticeTitle()).toBe(practiceTitle);
    await app.closePractice();
    await app.showView('table');
    await app.showView('map');
    await app.switchLanguage('en');
    // the base map was asked for (the policy let the tile host through to the stub)
    expect(app.stubbedRequestCount()).toBeGreaterThan(0);
    await expectNoViolation(served);
  });

  test('the filter drawer, list and a practice on a phone: no violation', async () => {
    const served = await openAppAt(server.baseUrl, { viewport: PHONE });
    const { app } = served;
    await app.waitForExplorerReady();
    await app.openFilters();
    expect(await app.filtersAreShown()).toBe(true);
    await app.press('Escape');
    await app.showView('list');
    await app.openPractice(practiceTitle);
    expect(await app.openPracticeTitle()).toBe(practiceTitle);
    await app.closePractice();
    await app.showView('table');
    await app.showView('map');
    await expectNoViolation(served);
  });

  test('the embed, and the builder with its live preview (an iframe of the site): no violation', async () => {
    const served = await openAppAt(`${server.baseUrl}?region=22&embed=1`);
    const { app } = served;
    await app.waitForExplorerReady();
    await app.showView('list');
    await expectNoViolation(served);

    const full = await openAppAt(`${server.baseUrl}?region=22`);
    await full.app.waitForExplorerReady();
    await full.app.openEmbedBuilder();
    expect(await full.app.embedPreviewCount()).toBe(await full.app.resultCountText());
    await expectNoViolation(full);
  });

  test('the watch on violations sees one: an injected inline script is refused and reported', async () => {
    const served = await openAppAt(server.baseUrl);
    await served.app.waitForMapReady();
    const ran = await served.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect
      .poll(async () => (await served.cspViolations()).map((violation) => violation.directive))
      .toContain('script-src-elem');
  });
});
