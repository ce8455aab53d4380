// `npm run docs:screenshots`: the one way docs/*.png change. Runs the browser tests that take the
// documentation's screenshots with GOUJI_SCREENSHOTS=docs (tests otherwise write to a scratch
// folder), then the task pane's own screenshot script.
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

function run(args: string[]): number {
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, GOUJI_SCREENSHOTS: 'docs' },
  });
  return r.status ?? 1;
}

const jest = require.resolve('jest/bin/jest.js', { paths: [ROOT] });
const tsx = require.resolve('tsx/cli', { paths: [ROOT] });
const status =
  run([
    jest,
    '-c',
    'jest.e2e.config.js',
    'e2e/checker.e2e.test.ts',
    'e2e/review.e2e.test.ts',
    'e2e/wps.e2e.test.ts',
  ]) || run([tsx, 'scripts/screenshot-pane.ts']);
process.exit(status);
