import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@pantau/core': fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts'],
    // Tests that only make sense on PostgreSQL (`*.pg.test.ts`) run when a server is configured.
    exclude: [...configDefaults.exclude, ...(process.env.PANTAU_TEST_DATABASE_URL ? [] : ['**/*.pg.test.ts'])],
    globalSetup: ['packages/server/src/test-support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
