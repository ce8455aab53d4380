// Builds dist/ before the browser tests when the checker page is missing or older than the
// sources it is built from, so `npm run test:e2e` never tests a stale bundle.

import { execFileSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '..');
const PAGE = path.join(ROOT, 'dist', 'checker.html');
const SOURCES = ['src', 'webpack.config.js', 'tsconfig.web.json', 'test/fixtures/sample.docx'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

export default function globalSetup(): void {
  if (process.env.GOUJI_E2E_NO_BUILD === '1') return;
  const built = existsSync(PAGE) ? statSync(PAGE).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  if (built <= sources) {
    process.stderr.write('\n[e2e] building dist/ (npm run build)…\n');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (!existsSync(PAGE)) throw new Error('npm run build did not produce dist/checker.html');
  }
  // After the main build, whose output.clean empties dist/ (dist/wps/ included).
  buildWps();
}

/** dist/wps/ (the WPS add-in) for e2e/wps.e2e.test.ts, rebuilt the same way when stale. */
function buildWps(): void {
  const page = path.join(ROOT, 'dist', 'wps', 'taskpane.html');
  const built = existsSync(page) ? statSync(page).mtimeMs : 0;
  const sources = ['src', 'webpack.wps.config.js', 'scripts/wps-package.ts'];
  if (built > Math.max(...sources.map((s) => newestMtime(path.join(ROOT, s))))) return;
  process.stderr.write('\n[e2e] building dist/wps/ (npm run build:wps)…\n');
  execFileSync('npm', ['run', 'build:wps'], { cwd: ROOT, stdio: 'inherit' });
}
