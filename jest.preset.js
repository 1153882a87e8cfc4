// Shared jest settings: SWC transforms TypeScript (fast, keeps decorator metadata for Nest, and
// resolves the tsconfig path aliases),
// and every test runs in UTC so day and month buckets are deterministic.
process.env.TZ = 'UTC';
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            react: { runtime: 'automatic' },
          },
          target: 'es2022',
          // Rewrites @fulcrum/* imports at transform time, so global setup files resolve them too.
          baseUrl: __dirname,
          paths: compilerOptions.paths,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  clearMocks: true,
};
