// Screenshot of the task pane as Word shows it: the real pane (src/taskpane/Pane.tsx) with the real
// Word host (src/hosts/word) over the fake Word of the tests, loaded with a fixture, rendered in
// Chromium at a task pane's width. `npm run screenshot:pane` writes docs/pane.png.
//
//   npx tsx scripts/screenshot-pane.ts [fixture.docx] [out.png]
//
// Bundles scripts/pane-preview/entry.tsx (scripts/pane-preview/serve.ts), serves it from 127.0.0.1
// and drives Debian's chromium (or $CHROMIUM_PATH) with playwright-core.
import * as fs from 'fs';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { CHROMIUM_OPTIONS } from '../e2e/chromium';
import { bundlePane, servePane } from './pane-preview/serve';

const ROOT = path.join(__dirname, '..');
const FIXTURE = path.resolve(process.argv[2] ?? path.join(ROOT, 'test/fixtures/sample.docx'));
const OUT = path.resolve(process.argv[3] ?? path.join(ROOT, 'docs/pane.png'));
const VIEWPORT = { width: 360, height: 900 };

async function main(): Promise<void> {
  const server = await servePane(await bundlePane(fs.readFileSync(FIXTURE)));
  const browser = await chromium.launch(CHROMIUM_OPTIONS);
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.stack ?? e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(server.url);
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
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
