// Build-only Vite plugins for hosting: the Content-Security-Policy <meta> in index.html, and a
// precompressed copy (.gz, .br) beside every text file of dist/, public/data included, for
// nginx's gzip_static / brotli_static.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin, ResolvedConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { headerPolicy, metaPolicy, parsePolicy, tileSourceFromEnv } from './csp.ts';

const NGINX_SITE = fileURLToPath(new URL('./nginx/mapa-praktyk-site.conf', import.meta.url));

/** The Content-Security-Policy header that the nginx site config sends, or null. */
export function nginxHeaderPolicy(conf: string): string | null {
  return /add_header\s+Content-Security-Policy\s+"([^"]*)"/.exec(conf)?.[1] ?? null;
}

/** Writes this build's policy (tile host from VITE_TILE_URL) into index.html as a <meta>. */
export function contentSecurityPolicyMeta(): Plugin {
  let policy = metaPolicy();
  return {
    name: 'mapa-praktyk:csp-meta',
    apply: 'build',
    configResolved(config: ResolvedConfig) {
      const tiles = tileSourceFromEnv(config.env, (message) => config.logger.warn(message));
      policy = metaPolicy(tiles);
      warnWhenNginxDiffers(config, tiles);
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          // first in <head>: a meta policy governs only what comes after it
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/** The header must allow what the meta allows, or tiles from another host are blocked. */
function warnWhenNginxDiffers(config: ResolvedConfig, tiles: string): void {
  const sent = nginxHeaderPolicy(readFileSync(NGINX_SITE, 'utf8'));
  const wanted = headerPolicy(tiles);
  if (sent === null) return;
  const sentImg = parsePolicy(sent).get('img-src')?.join(' ');
  const wantedImg = parsePolicy(wanted).get('img-src')?.join(' ');
  if (sentImg !== wantedImg) {
    config.logger.warn(
      `The tile host of this build (${tiles}) is not in the Content-Security-Policy of ` +
        'deploy/nginx/mapa-praktyk-site.conf: nginx would block the base map. Send this ' +
        `policy instead (frame-ancestors as you need):\n  ${wanted}`,
    );
  }
}

/** Text files that get precompressed copies (images and fonts are compressed already). */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|geojson|webmanifest|svg|txt|xml)$/;

/**
 * vite-plugin-compression2 (maintained, works with Vite 8's Rolldown, and also compresses the
 * files copied from public/) writes x.gz (gzip -9) and x.br (brotli 11) beside each text file.
 * It is created when the build starts, not when the config is loaded: creating it wraps
 * process.stdout.write until the build ends, which vitest and `vite preview` should not get.
 */
export function precompressedCopies(): Plugin {
  let inner: Plugin | undefined;
  return {
    name: 'mapa-praktyk:precompressed-copies',
    apply: 'build',
    enforce: 'post',
    async configResolved(config) {
      inner = compression({
        include: COMPRESSIBLE,
        algorithms: [defineAlgorithm('gzip', { level: 9 }), defineAlgorithm('brotliCompress')],
      });
      await callHook(inner.configResolved, this, config);
    },
    async closeBundle() {
      await callHook(inner?.closeBundle, this);
    },
  };
}

async function callHook(hook: unknown, context: unknown, ...args: unknown[]): Promise<void> {
  const handler =
    typeof hook === 'function'
      ? hook
      : typeof hook === 'object' && hook !== null && 'handler' in hook
        ? (hook as { handler: unknown }).handler
        : undefined;
  if (typeof handler === 'function') await handler.apply(context, args);
}
