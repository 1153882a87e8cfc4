// Component and unit tests in jsdom; the shared preset transforms TS/TSX with SWC and sets TZ=UTC.
module.exports = {
  displayName: 'dashboard',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  // Bounds a stuck test; waits inside a test end as soon as they are met (src/test/setup.ts).
  testTimeout: 120_000,
  moduleNameMapper: {
    '\\.css$': '<rootDir>/src/test/style-stub.js',
  },
};
