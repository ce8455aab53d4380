// The task pane over the fake Word (the real pane and the real Word host, as
// scripts/pane-preview bundles them) in Chromium at a task pane's width: the engine's findings,
// axe-core with no serious or critical violation (a finding selected, the preview open), and
// 全部修复 through its preview.

import { readFileSync } from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';

import { check } from '../src/core/check';
import { isSafe } from '../src/core/fix';
import { readDocx } from '../src/hosts/docx/read';
import { bundlePane, servePane, type PanePage } from '../scripts/pane-preview/serve';
import { seriousViolations } from './axe';
import { ROOT, key, launch, shown, type Launched } from './harness';

const SAMPLE = path.join(ROOT, 'test', 'fixtures', 'sample.docx');

let browser: Launched;
let server: PanePage;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await servePane(await bundlePane(readFileSync(SAMPLE)));
  browser = await launch();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.setViewportSize({ width: 360, height: 900 });
  await page.goto(server.url);
  await page.waitForSelector('[data-rule]', { timeout: 60_000 });
  await page.waitForFunction(
    () => document.querySelector('[aria-busy]')?.getAttribute('aria-busy') === 'false',
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  expect(browser.blocked).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('shows the engine findings; axe finds no serious or critical violation', async () => {
  const file = await readDocx(readFileSync(SAMPLE));
  const { findings } = check(file.model);
  expect(await shown(page)).toEqual(findings.map(key).sort());
  expect(await seriousViolations(page)).toEqual([]);

  await page
    .getByRole('button', { name: /^定位：/ })
    .first()
    .click();
  await page.locator('[aria-current="true"][data-rule]').waitFor();
  expect(await seriousViolations(page)).toEqual([]);

  await page.locator('[data-action="fix-all"]').click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await expect(dialog.locator('[data-change]').count()).resolves.toBe(
    findings.filter(isSafe).length,
  );
  expect(await seriousViolations(page)).toEqual([]);

  await page.locator('[data-action="confirm"]').click();
  await page.getByText(/已修复 \d+ 处/).waitFor();
  // Closed for good: while the dialog is still in the page, the rest of it is aria-hidden.
  await dialog.waitFor({ state: 'detached' });
  await expect(page.locator('#root').getAttribute('aria-hidden')).resolves.toBeNull();
  const left = await shown(page);
  expect(left.length).toBe(findings.length - findings.filter(isSafe).length);
  expect(await seriousViolations(page)).toEqual([]);
});
