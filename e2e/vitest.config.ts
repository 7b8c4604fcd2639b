import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Browser tests: `npm run test:e2e` (builds first). Each spec file starts its own server (with its
 * own data directory and ports) and Chromium, so two files run side by side: a spec waits on its
 * browser and server about as much as it computes. More than two would only slow every step on a
 * two-core machine, against the 15 s a locator waits.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['e2e/**/*.spec.ts'],
    maxWorkers: Math.min(2, availableParallelism()),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
