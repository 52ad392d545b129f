// Serves the benchmark's own pages and files under `/__bench/` on the same preview server as the
// app, so they fetch the very same data files over the same connection: the floor page from
// tests/bench/pages/, the naive peer's build from a temp folder, the synthetic practices files and
// the source GeoJSON (read from GEODATA_SRC, never copied into the repository) from memory.
// Nothing of this reaches the app's build.
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
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

// Same policy as Vite preview's compression: gzip text of 1 KB and more when the client asks.
const GZIP_THRESHOLD = 1024;

/** A file served from memory; `gzip` is compressed once up front (100k practices take seconds). */
export interface MemoryFile {
  body: Buffer;
  gzip: Buffer | null;
  contentType: string;
}

export function memoryFile(body: Buffer, contentType: string, gzip?: Buffer): MemoryFile {
  return {
    body,
    gzip: gzip ?? (body.length >= GZIP_THRESHOLD ? gzipSync(body) : null),
    contentType,
  };
}

export interface BenchPagesOptions {
  /** Folders served under `/__bench/<name>/`; `pages` (tests/bench/pages) is always there. */
  folders?: Record<string, string>;
  /** Files served from memory, by path under `/__bench/` (e.g. `data/practices-10k.json`). */
  files?: ReadonlyMap<string, MemoryFile>;
}

function readFolderFile(
  folders: Record<string, string>,
  relative: string,
): { file: string; body: Buffer } | null {
  const [folder, ...rest] = relative.split('/');
  const root = folders[folder ?? ''];
  if (!root) return null;
  const file = path.resolve(root, rest.join('/'));
  if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    return null;
  }
  return { file, body: readFileSync(file) };
}

/**
 * `--brotli`: the build's own brotli copies (`<file>.br`, made by `npm run build`) sent as they
 * are to a client that accepts br, as nginx's `brotli_static` does in production
 * (deploy/nginx/mapa-praktyk-brotli.conf); everything else keeps Vite preview's gzip. Registered
 * before preview's compression, which leaves a response with a Content-Encoding alone.
 */
export function precompressedBrotliPlugin(outDir: string): Plugin {
  const root = path.resolve(outDir);
  return {
    name: 'mapa-praktyk-bench-brotli',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!/\bbr\b/.test(request.headers['accept-encoding'] ?? '')) return next();
        const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://bench').pathname);
        const file = path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
        const compressed = `${file}.br`;
        if (!file.startsWith(root + path.sep) || !existsSync(compressed)) return next();
        const body = readFileSync(compressed);
        response.setHeader(
          'Content-Type',
          CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
        );
        response.setHeader('Content-Encoding', 'br');
        response.setHeader('Vary', 'Accept-Encoding');
        response.setHeader('Content-Length', body.length);
        response.end(body);
      });
    },
  };
}

export function benchPagesPlugin(options: BenchPagesOptions = {}): Plugin {
  const folders = { pages: BENCH_PAGES_DIR, ...options.folders };
  const files = options.files ?? new Map<string, MemoryFile>();
  return {
    name: 'mapa-praktyk-bench-pages',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://bench').pathname);
        if (!pathname.startsWith(BENCH_PAGES_PREFIX)) return next();
        const relative = pathname.slice(BENCH_PAGES_PREFIX.length);
        const acceptsGzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
        let served = files.get(relative);
        if (!served) {
          const found = readFolderFile(folders, relative);
          if (found) {
            served = memoryFile(
              found.body,
              CONTENT_TYPES[path.extname(found.file)] ?? 'application/octet-stream',
            );
          }
        }
        if (!served) {
          response.statusCode = 404;
          response.end(`no bench file ${pathname}`);
          return;
        }
        response.setHeader('Content-Type', served.contentType);
        response.setHeader('Cache-Control', 'no-store');
        if (served.gzip && acceptsGzip) {
          response.setHeader('Content-Encoding', 'gzip');
          response.setHeader('Content-Length', served.gzip.length);
          response.end(served.gzip);
        } else {
          response.setHeader('Content-Length', served.body.length);
          response.end(served.body);
        }
      });
    },
  };
}
