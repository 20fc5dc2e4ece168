import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations for the server's tests, from the emitted SDL (packages/schema/schema.graphql).
// Generated and committed like the web's; `pnpm codegen:check` fails when they are stale.
export const config: CodegenConfig = {
  overwrite: true,
  schema: '../../packages/schema/schema.graphql',
  documents: ['test/operations/**/*.graphql'],
  generates: {
    'test/__generated__/operations.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

// graphql-codegen loads the config through its default export.
export default config;
