/** @type {import('jest').Config} */
// Tests are transpiled by swc, without type-checking: `npm run typecheck` (and CI) does that once
// for the whole tree instead of once per test file.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2020',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  // Every core: jest's default leaves one idle (cores − 1), which on the project's 2-core machine
  // halves the speed; the tests are CPU-bound and the main process does little.
  maxWorkers: '100%',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': swc },
};
