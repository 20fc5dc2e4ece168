import { defineConfig, mergeConfig } from 'vitest/config';
import { config as viteConfig } from './vite.config.ts';

export const config = mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      // Dates are shown in Asia/Ho_Chi_Minh whatever the machine's zone; run tests elsewhere to prove it.
      env: { TZ: 'UTC' },
      // Form tests type key by key in jsdom: on a busy 2-core machine one can take several seconds.
      testTimeout: 20_000,
    },
  }),
);

// Vitest loads the config through its default export.
export default config;
