// Unit specs live beside the code (*.spec.ts); integration specs (test/**/*.int-spec.ts) run
// real GraphQL requests against real PostgreSQL: one embedded server for the run, a fresh
// database per spec file cloned from a migrated template.
const { availableParallelism } = require('node:os');

module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // A hang guard, not a speed check: each spec boots a Nest app and seeds PostgreSQL, which took
  // over 30 s at a load of 23 on 2 cores (six other builds beside `npm test`); no test asserts time.
  testTimeout: 180_000,
  // Jest's default (cores − 1) is one worker on 2 cores, which left the API's spec files in a
  // single line: 636 s of a fresh-clone CI run, the other projects' tests done after 140 s. An
  // integration spec's worker waits on PostgreSQL (its own process) and on its HTTP round trips
  // for much of that time, so two workers share 2 cores without leaving either idle.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  testSequencer: '<rootDir>/test/support/seeded-first-sequencer.js',
};
