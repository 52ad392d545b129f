// Builds the naive peer (tests/bench/naive-peer) with Vite's JS API into a temp folder, apart
// from the app's build and config; the benchmark serves it at /__bench/naive-peer/.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const NAIVE_PEER_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Returns the folder holding the built naive peer (index.html and assets/). */
export async function buildNaivePeer(base: string): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'mapa-praktyk-naive-peer-'));
  await build({
    configFile: false,
    root: NAIVE_PEER_DIR,
    base,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  return outDir;
}
