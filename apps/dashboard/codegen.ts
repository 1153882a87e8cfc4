import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed schema, never from a running server, so CI can regenerate
// them offline and fail on a diff. Paths are relative to the workspace root (where nx runs).
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: [
    'apps/dashboard/src/**/*.{ts,tsx}',
    '!apps/dashboard/src/graphql/generated/**',
    '!apps/dashboard/src/**/*.spec.{ts,tsx}',
  ],
  ignoreNoDocuments: false,
  generates: {
    'apps/dashboard/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { gqlTagName: 'graphql', fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
