// Serves the benchmark's own pages (the floor, the naive peer) from tests/bench/pages/ under
// `/__bench/` on the same preview server as the app, so they fetch the very same data files over
// the same connection. Nothing of this reaches the app's build.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export const BENCH_PAGES_DIR = fileURLToPath(new URL('./pages', import.meta.url));
export const BENCH_PAGES_PREFIX = '/__bench/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

// Same policy as Vite preview's compression: gzip text of 1 KB and more when the client asks.
const GZIP_THRESHOLD = 1024;

export function benchPagesPlugin(dir: string = BENCH_PAGES_DIR): Plugin {
  return {
    name: 'mapa-praktyk-bench-pages',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const pathname = new URL(request.url ?? '/', 'http://bench').pathname;
        if (!pathname.startsWith(BENCH_PAGES_PREFIX)) return next();
        const file = path.resolve(dir, `.${pathname.slice(BENCH_PAGES_PREFIX.length - 1)}`);
        if (!file.startsWith(dir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
          response.statusCode = 404;
          response.end(`no bench page ${pathname}`);
          return;
        }
        let body = readFileSync(file);
        response.setHeader(
          'Content-Type',
          CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
        );
        response.setHeader('Cache-Control', 'no-store');
        if (
          body.length >= GZIP_THRESHOLD &&
          /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
        ) {
          body = gzipSync(body);
          response.setHeader('Content-Encoding', 'gzip');
        }
        response.end(body);
      });
    },
  };
}
