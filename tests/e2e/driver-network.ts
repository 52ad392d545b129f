// The network as the app under test sees it: only the local server is real; every other request
// (the base map's tiles among them) is stubbed, so no spec depends on the internet.
import type { BrowserContext, Route } from 'playwright-core';

/** 1×1 transparent PNG, served in place of map tiles when a spec wants tiles to "load". */
const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

export type TileMode = 'fail' | 'blank';

/**
 * Every request that does not go to `baseUrl` is stubbed: images (the base map's tiles) get a
 * 404 or a blank PNG, everything else is aborted. Returns the set of stubbed URLs so that the
 * browser's own "Failed to load resource" messages about them can be told apart from real
 * errors.
 */
export async function stubTheInternet(
  context: BrowserContext,
  baseUrl: string,
  tiles: TileMode,
): Promise<Set<string>> {
  const stubbed = new Set<string>();
  const origin = new URL(baseUrl).origin;
  await context.route('**/*', async (route: Route) => {
    const request = route.request();
    const url = request.url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.fallback();
      return;
    }
    stubbed.add(url);
    if (request.resourceType() === 'image') {
      await (tiles === 'blank'
        ? route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_PNG })
        : route.fulfill({ status: 404, contentType: 'text/plain', body: 'stubbed tile' }));
      return;
    }
    await route.abort('internetdisconnected');
  });
  return stubbed;
}
