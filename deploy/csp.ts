// The app's Content-Security-Policy, in one place. The build writes it into index.html as a
// <meta> (for hosts that cannot set headers); the nginx site config sends it as a header, with
// `frame-ancestors` added (a <meta> cannot carry that directive). tests/unit/deploy/ proves the
// committed nginx file carries exactly this policy.
import { DEFAULT_TILES, readTileConfig } from '../src/config/env.ts';

type Env = Partial<Record<string, string | boolean | undefined>>;

/** Who may frame the app: any site, the embed mode (`embed=1`) is meant for that (README "Deployment"). */
export const DEFAULT_FRAME_ANCESTORS = '*';

/**
 * The source to allow for a tile URL template: its scheme, host and port. Leaflet's subdomain
 * placeholder `{s}` as the first label becomes CSP's `*.` wildcard; any other placeholder in the
 * host cannot be expressed as a host source, so the whole scheme is allowed (`https:`).
 */
export function tileSource(template: string): string {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(template);
  if (!match?.[1] || !match[2]) throw new Error(`not an http(s) tile URL template: ${template}`);
  const scheme = match[1].toLowerCase();
  const host = match[2].toLowerCase().replace(/^\{s\}\./, '*.');
  const plainHost = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/;
  return plainHost.test(host) ? `${scheme}://${host}` : `${scheme}:`;
}

/** The tile host the app will use for this build's environment (VITE_TILE_URL or OSM). */
export function tileSourceFromEnv(env: Env, warn?: (message: string) => void): string {
  return tileSource(readTileConfig(env, warn).url);
}

/**
 * The policy as the <meta> carries it (everything but `frame-ancestors`).
 * - scripts only from the site: no inline script, no eval (zod runs jitless, see
 *   src/data/schemas.ts);
 * - styles only from the site: Leaflet and React set element styles through the CSSOM
 *   (`element.style.x = …`), which style-src does not govern, and the build inlines no <style>;
 *   tests/e2e/nginx-csp.test.ts uses every view under this policy and finds no violation;
 * - images from the site, `data:` (Leaflet's CSS icons, inlined by Vite) and the tile host;
 * - data files from the site only.
 */
export function metaPolicy(tileSourceValue = tileSource(DEFAULT_TILES.url)): string {
  return serialize([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:', tileSourceValue],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ]);
}

/** The policy as the server sends it: the meta policy and `frame-ancestors`. */
export function headerPolicy(
  tileSourceValue = tileSource(DEFAULT_TILES.url),
  frameAncestors = DEFAULT_FRAME_ANCESTORS,
): string {
  return `${metaPolicy(tileSourceValue)}; frame-ancestors ${frameAncestors}`;
}

function serialize(directives: string[][]): string {
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** A policy as a map from directive to its sources, for comparing policies in tests. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
