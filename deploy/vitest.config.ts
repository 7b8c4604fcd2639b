import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The deployment test: `npm run test:deploy` (builds first). It starts nginx and a two-worker
 * Pantau of its own, so it runs alone, outside `npm test`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: {
    alias: { '@pantau/core': fileURLToPath(new URL('../packages/core/src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['deploy/test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
