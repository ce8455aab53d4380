// Screenshot of the task pane as Word shows it: the real pane (src/taskpane/Pane.tsx) with the real
// Word host (src/hosts/word) over the fake Word of the tests, loaded with a fixture, rendered in
// Chromium at a task pane's width. `npm run screenshot:pane` writes docs/pane.png.
//
//   npx tsx scripts/screenshot-pane.ts [fixture.docx] [out.png]
//
// Bundles scripts/pane-preview/entry.tsx with esbuild (the fixture's bytes injected as base64),
// serves it from 127.0.0.1 and drives Debian's chromium (or $CHROMIUM_PATH) with playwright-core.
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { CHROMIUM_OPTIONS } from '../e2e/chromium';

const ROOT = path.join(__dirname, '..');
const FIXTURE = path.resolve(process.argv[2] ?? path.join(ROOT, 'test/fixtures/seed-004.docx'));
const OUT = path.resolve(process.argv[3] ?? path.join(ROOT, 'docs/pane.png'));
const VIEWPORT = { width: 360, height: 900 };

const HTML = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>勾稽 — task pane preview</title>
    <style>
      html, body { margin: 0; padding: 0; background: #fff; }
      body { font-family: 'Segoe UI', 'WenQuanYi Micro Hei', 'Microsoft YaHei', sans-serif; }
    </style>
  </head>
  <body>
    <div id="root"></div>
    <script src="/pane.js"></script>
  </body>
</html>
`;

async function bundle(fixture: Buffer): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(__dirname, 'pane-preview', 'entry.tsx')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    write: false,
    logLevel: 'warning',
    define: {
      'process.env.NODE_ENV': '"production"',
      __GOUJI_FIXTURE_B64__: JSON.stringify(fixture.toString('base64')),
    },
  });
  return result.outputFiles[0].text;
}

function serve(js: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    if (url === '/' || url === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(HTML);
    } else if (url === '/pane.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(js);
    } else if (url === '/favicon.ico') {
      res.writeHead(204);
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function main(): Promise<void> {
  const js = await bundle(fs.readFileSync(FIXTURE));
  const server = await serve(js);
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch(CHROMIUM_OPTIONS);
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.stack ?? e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    try {
      await page.waitForSelector('[data-rule]', { timeout: 30_000 });
    } catch (e) {
      const state = await page.evaluate(
        () => (window as { __goujiPreview?: unknown }).__goujiPreview,
      );
      throw new Error(
        `no findings shown: ${JSON.stringify(state)}\n${errors.join('\n')}\n${String(e)}`,
      );
    }
    // Let the check settle (spinner gone) and the fonts load before the shot.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    await page.evaluate(() => document.fonts.ready);
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    await page.screenshot({ path: OUT });
    const shown = await page.$$eval('[data-rule]', (els) => els.length);
    if (errors.length) console.warn(errors.join('\n'));
    console.log(
      `${path.relative(ROOT, OUT)}: ${shown} findings in the pane (${path.basename(FIXTURE)})`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
