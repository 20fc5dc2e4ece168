import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The schema package's dist is CommonJS for the server; the web compiles its sources directly.
export const schemaSource = decodeURIComponent(
  new URL('../../packages/schema/src/index.ts', import.meta.url).pathname,
);

const apiServer = 'http://localhost:4000';

export const config = defineConfig({
  plugins: [react()],
  resolve: {
    alias: [{ find: /^@cp\/schema$/, replacement: schemaSource }],
  },
  server: {
    proxy: {
      '/graphql': apiServer,
      '/healthz': apiServer,
      '/api': apiServer,
    },
  },
  preview: {
    proxy: {
      '/graphql': apiServer,
      '/healthz': apiServer,
      '/api': apiServer,
    },
  },
  build: {
    outDir: 'dist',
    rolldownOptions: {
      // The schema package is data and pure functions, but its package.json does not say so; without
      // this, every module @cp/schema's index re-exports (ethnic groups, server messages) would be
      // kept in the entry chunk just because the entry imports one constant from it.
      treeshake: {
        moduleSideEffects: (id: string) => (id.includes('/packages/schema/src/') ? false : undefined),
      },
      output: {
        // Libraries every page needs change less often than our code: give them their own
        // long-cached chunks. UI components are left to the automatic split, so that a component
        // only one page uses (Table, DateInput, Combobox) is not downloaded with the login page.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/, priority: 3 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/, priority: 2 },
            { name: 'i18next', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});

// Vite loads the config through its default export.
export default config;
