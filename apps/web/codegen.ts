import type { CodegenConfig } from '@graphql-codegen/cli';

// The schema is the SDL the server emits (packages/schema/schema.graphql, committed);
// the generated types are committed too so a schema change shows up as a diff here.
export const config: CodegenConfig = {
  overwrite: true,
  schema: '../../packages/schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/__generated__/**'],
  generates: {
    'src/__generated__/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
        enumsAsTypes: true,
      },
    },
  },
};

// graphql-codegen loads the config through its default export.
export default config;
