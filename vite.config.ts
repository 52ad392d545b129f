import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { prerenderedPages } from './deploy/prerender.ts';
import { chunkGroups } from './deploy/chunks.ts';
import { contentSecurityPolicyMeta, precompressedCopies } from './deploy/vite-plugins.ts';

export default defineConfig({
  // the policy's meta goes in first: every page the prerender writes carries it
  plugins: [react(), contentSecurityPolicyMeta(), prerenderedPages(), precompressedCopies()],
  build: {
    sourcemap: true,
    rolldownOptions: {
      output: {
        // the first view in few files (deploy/chunks.ts)
        codeSplitting: { groups: chunkGroups },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          // a ceiling, not a timing: jsdom renders of the whole app take seconds on a loaded machine
          testTimeout: 20_000,
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // one browser at a time: these machines have two cores
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // what a story waits for (expect.poll) may take seconds on a loaded two-core machine; the
          // interval must be given too (without it the poll never sees an answer)
          expect: { poll: { timeout: 10_000, interval: 50 } },
        },
      },
    ],
  },
});
