import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/__generated__/**', 'test-results/**', 'playwright-report/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // modules declare their loaders by augmenting `Loaders` (common/context.ts) with one extends
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' }],
    },
  },
  {
    // config files must default-export
    files: ['**/*.config.{ts,mts,mjs}', '**/vite.config.ts', '**/codegen.ts', 'eslint.config.mjs'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/features/*', '**/routes/*'], message: 'ui/ is presentational: it imports nothing from features/ or routes/.' }] }],
    },
  },
  {
    files: ['apps/web/src/features/**', 'apps/web/src/routes/**', 'apps/web/src/*.{ts,tsx}', 'apps/web/src/apollo/**', 'apps/web/src/auth/**', 'apps/web/src/i18n/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
