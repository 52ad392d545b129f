// Where the site is published and where its pages per practice live. The address is needed where
// no browser tells it: the build-time pages (canonical link, Open Graph, sitemap) and a practice's
// link rendered at build time. Set VITE_SITE_URL at build time (`https://mapa.example.gov.pl/`,
// with the sub-path when the app is served from one); until then a placeholder that says so.

/** The placeholder used until the operator sets VITE_SITE_URL (a reserved `.example` domain). */
export const PLACEHOLDER_SITE_URL = 'https://mapa-praktyk.example/';

/** The folder of the pages per practice, under the site's base: `praktyki/<id>/`. */
export const PRACTICE_PAGES_DIR = 'praktyki';

/** The preview image's file name inside a page's folder (and at the root for the root page). */
export const PREVIEW_IMAGE_FILE = 'podglad.png';

/** Size of the preview images (Open Graph's recommended 1.91:1). */
export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 } as const;

type Env = Partial<Record<string, string | boolean | undefined>>;

/** VITE_SITE_URL as an absolute http(s) URL ending in `/` (no query or hash), else the placeholder. */
export function readSiteUrl(env: Env, warn: (message: string) => void = console.warn): string {
  const raw = typeof env.VITE_SITE_URL === 'string' ? env.VITE_SITE_URL.trim() : '';
  if (raw === '') return PLACEHOLDER_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    url = new URL('invalid:');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    warn(
      `VITE_SITE_URL ignored: "${raw}" is not an absolute http(s) URL; using ${PLACEHOLDER_SITE_URL}`,
    );
    return PLACEHOLDER_SITE_URL;
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    warn(`VITE_SITE_URL: the query, fragment and credentials of "${raw}" are dropped`);
  }
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `${url.protocol}//${url.host}${path}`;
}

/** A practice's page, relative to the site's base: `praktyki/<id>/` (ids are slugs; encoded anyway). */
export function practicePagePath(id: string): string {
  return `${PRACTICE_PAGES_DIR}/${encodeURIComponent(id)}/`;
}
