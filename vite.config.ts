import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { prerenderedPages } from './deploy/prerender.ts';
import { contentSecurityPolicyMeta, precompressedCopies } from './deploy/vite-plugins.ts';

export default defineConfig({
  // the policy's meta goes in first: every page the prerender writes carries it
  plugins: [react(), contentSecurityPolicyMeta(), prerenderedPages(), precompressedCopies()],
  build: {
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries apart from the app's code, so a release that changes only the app leaves
        // them cached (hashed names, a year's max-age). Each group holds only what loads at the
        // same time: React with the entry, Leaflet with the map's lazy chunk, zod (with the
        // schemas) never on a good load, so it is in no group.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'leaflet',
              test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet[\\/]core|supercluster|kdbush)[\\/]/,
            },
            {
              name: 'vendor',
              test: /node_modules[\\/](@tanstack|zustand|use-sync-external-store)[\\/]/,
            },
          ],
        },
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
