import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { prerenderedShell } from './deploy/prerender.ts';
import { contentSecurityPolicyMeta, precompressedCopies } from './deploy/vite-plugins.ts';

export default defineConfig({
  plugins: [react(), prerenderedShell(), contentSecurityPolicyMeta(), precompressedCopies()],
  build: { sourcemap: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
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
        },
      },
    ],
  },
});
