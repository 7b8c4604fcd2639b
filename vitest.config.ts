import { availableParallelism } from 'node:os';
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
    // Tests wait on PostgreSQL, child processes and sockets about as much as they compute: one
    // worker per core, where Vitest's default leaves one core idle (on two cores, half the machine).
    maxWorkers: availableParallelism(),
    globalSetup: ['packages/server/src/test-support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
