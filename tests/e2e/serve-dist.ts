// Serves the production build in dist/ with Vite's preview server, as a user's browser would
// get it (Vite preview gzips text responses of 1 KB and more). Shared by the e2e global setup
// and the benchmark, so both measure the same thing.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { preview, type PluginOption } from 'vite';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST_INDEX = path.join(REPO_ROOT, 'dist', 'index.html');

export interface DistServer {
  /** Ends with a slash, e.g. `http://127.0.0.1:41234/`. */
  baseUrl: string;
  close(): Promise<void>;
}

/** Throws a message saying what to do when there is no production build to serve. */
export function assertDistBuilt(): void {
  if (!existsSync(DIST_INDEX)) {
    throw new Error(
      `No production build: ${DIST_INDEX} is missing. Run \`npm run build\` first ` +
        '(`npm test` does it before running vitest).',
    );
  }
}

/**
 * Starts Vite's preview server on a free loopback port. `plugins` may add middleware (the
 * benchmark mounts its own pages this way) without touching the app's build.
 */
export async function serveDist(options: { plugins?: PluginOption[] } = {}): Promise<DistServer> {
  assertDistBuilt();
  const server = await preview({
    root: REPO_ROOT,
    logLevel: 'warn',
    plugins: options.plugins ?? [],
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) {
    await server.close();
    throw new Error('Vite preview started but reported no local URL');
  }
  return {
    baseUrl: baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`,
    close: () => server.close(),
  };
}
