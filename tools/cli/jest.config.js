module.exports = {
  displayName: 'cli',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  // The end-to-end specs start the real CLI (TypeScript through tsx) in a child process.
  testTimeout: 60000,
};
