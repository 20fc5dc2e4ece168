import { defineConfig } from 'vitest/config';
import { resolveGraphqlLikeNode } from './vitest.shared.mts';

// Unit tests: pure code next to the file, no database.
export default defineConfig({
  resolve: resolveGraphqlLikeNode,
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['src/**/*.int.test.ts', 'node_modules/**', 'dist/**'],
    env: { NODE_ENV: 'test' },
  },
});
