// End-to-end tests: a real browser (Debian's Chromium, driven by playwright-core) over the built
// pages in dist/. Separate from `npm test` because they need a build and a browser.
/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/e2e'],
  testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  globalSetup: '<rootDir>/e2e/global-setup.ts',
  // A browser start, a production build check and several page loads per test.
  testTimeout: 180_000,
  // One browser at a time: the tests are heavy and share dist/.
  maxWorkers: 1,
};
