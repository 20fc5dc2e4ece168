import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

const SERVER = 'apps/server';
// absolute, so that the rule reads the same whatever directory ESLint runs from
const src = (dir) => `${import.meta.dirname}/${SERVER}/src/${dir}`;

// The server's layers point one way (docs/architecture.md):
//   @cp/schema → config/, common/ → modules/<module>/ → app/ (composition) → main.ts, scripts/, test/
// db/migrations are leaves; db/data-source, db/seed and jobs/ are composition too.
export const serverLayers = [
  {
    target: src('common'),
    from: [src('modules'), src('app'), src('db'), src('jobs'), src('main.ts')],
    message: 'common/ is below the modules: it imports nothing from modules/, app/, db/ or jobs/.',
  },
  {
    target: src('config'),
    from: [src('common'), src('modules'), src('app'), src('db'), src('jobs'), src('main.ts')],
    message: 'config/ is a leaf.',
  },
  {
    target: src('modules'),
    from: [src('app'), src('db'), src('jobs'), src('main.ts')],
    message: 'A module imports from common/ and other modules only; app/ composes the modules (see docs/architecture.md).',
  },
  {
    target: src('modules'),
    from: `${src('modules')}/*/*.module.ts`,
    message: 'A manifest is read by app/modules.ts only: import the part itself.',
  },
  {
    target: src('db/migrations'),
    from: [src('common'), src('modules'), src('app'), src('jobs')],
    message: 'A migration is plain SQL, frozen once merged: it imports no application code.',
  },
];

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
  // Type-aware lint for the server and the contract package (type information from their tsconfigs).
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({
    ...config,
    files: [`${SERVER}/**/*.ts`, 'packages/schema/src/**/*.ts'],
    ignores: ['packages/schema/src/**/*.test.ts'],
  })),
  {
    files: [`${SERVER}/**/*.ts`, 'packages/schema/src/**/*.ts'],
    ignores: ['packages/schema/src/**/*.test.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      // async signatures are often required by the interface implemented (Apollo plugins, loaders)
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests and scripts read raw SQL rows (typed `any` by the driver) and stub async callbacks.
    files: [`${SERVER}/**/*.test.ts`, `${SERVER}/test/**/*.ts`, `${SERVER}/scripts/**/*.ts`, 'packages/schema/src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: [`${SERVER}/**/*.ts`],
    plugins: { 'import-x': importX },
    settings: {
      // without these the rules see no TypeScript file and stay silent
      'import-x/extensions': ['.ts', '.mts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${SERVER}/tsconfig.json` })],
    },
    rules: {
      // No import circles: a module that needs another's service calls it, the other never calls back.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Production code keeps the layering; module tests may start the composed app (HTTP smoke tests).
    files: [`${SERVER}/src/**/*.ts`],
    ignores: ['**/*.test.ts'],
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: serverLayers }] },
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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/features/*', '**/routes/*'], message: 'ui/ is presentational: it imports nothing from features/ or routes/.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'apps/web/src/features/**',
      'apps/web/src/routes/**',
      'apps/web/src/*.{ts,tsx}',
      'apps/web/src/apollo/**',
      'apps/web/src/auth/**',
      'apps/web/src/i18n/**',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
);
