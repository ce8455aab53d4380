// The browser checker end to end (issue 4 #3): dist/checker.html in Chromium, offline, under its
// CSP (no 'unsafe-eval'), the engine in a Web Worker. For each seed report it shows what the engine
// finds in Node for the same file, locates a cell, fixes all, and downloads a file that re-checks
// better with every unfixed cell untouched. A file that takes too long is stopped with "处理超时…"
// while the page stays responsive; of two files dropped in quick succession the second is shown.

import { mkdirSync, readFileSync } from 'fs';
import JSZip from 'jszip';
import path from 'path';
import type { Page } from 'playwright-core';

import { check, findingId } from '../src/core/check';
import type { Finding } from '../src/core/finding';
import { isSafe, planFixes } from '../src/core/fix';
import { LIMITS } from '../src/core/limits';
import type { CellAddress, DocModel } from '../src/core/model';
import { addrKey, placeOf } from '../src/checker/browser-host';
import { recognize } from '../src/core/recognize';
import { readDocx } from '../src/hosts/docx/read';
import { applyPlan, saveDocx } from '../src/hosts/docx/write';
import { seriousViolations } from './axe';
import {
  DIST,
  ROOT,
  SCREENSHOTS,
  key,
  launch,
  serveStatic,
  settled,
  shown,
  type Launched,
  type StaticServer,
} from './harness';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const DOCS = SCREENSHOTS;
const SEEDS = ['seed-000.docx', 'seed-001.docx', 'seed-002.docx', 'seed-004.docx'];
const SAMPLE_NAME = '示例报告.docx';

let server: StaticServer;
let browser: Launched;
let page: Page;
const pageErrors: string[] = [];
/** Console messages about the Content Security Policy (a refused eval, script or worker). */
const cspViolations: string[] = [];

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launch();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await page.goto(`${server.origin}/checker.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  // "No network": the page and Chromium itself only ever talked to our 127.0.0.1 server.
  expect(browser.blocked).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(cspViolations).toEqual([]);
});

/** What the CLI engine finds in Node for these bytes (no ignores: fixtures carry none). */
async function engine(bytes: Uint8Array) {
  const file = await readDocx(bytes);
  return { file, ...check(file.model) };
}

async function open(p: Page, name: string, dir = FIXTURES): Promise<void> {
  await p.setInputFiles('input[type="file"]', path.join(dir, name));
}

/** Chooses a file made in the test (never written to the fixtures). */
async function openBytes(p: Page, name: string, bytes: Uint8Array): Promise<void> {
  await p.setInputFiles('input[type="file"]', {
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(bytes),
  });
}

/** seed-001 with `count` copies of `paragraph` at the start of its body. */
async function padded(count: number, paragraph: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(path.join(FIXTURES, 'seed-001.docx')));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const at = xml.indexOf('<w:body>') + '<w:body>'.length;
  zip.file('word/document.xml', xml.slice(0, at) + paragraph.repeat(count) + xml.slice(at));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * The page's workers, once a terminated one has gone: Chromium ends a worker busy in a long native
 * call (a regex, a big string) at the next point where it can, which took up to 2 s here.
 */
async function workersSettled(p: Page, count: number): Promise<number> {
  for (let i = 0; i < 50 && p.workers().length !== count; i++) await p.waitForTimeout(100);
  return p.workers().length;
}

/** How long the page's main thread takes to answer: it stays small while the worker works. */
async function roundTrip(p: Page): Promise<number> {
  const started = Date.now();
  await p.evaluate(() => document.title);
  return Date.now() - started;
}

function cellTexts(model: DocModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of model.tables)
    for (const row of t.rows)
      for (const c of row.cells)
        out.set(addrKey({ table: t.index, row: c.row, cell: c.cell }), c.text);
  return out;
}

function sorted(findings: readonly Finding[]): string[] {
  return findings.map(key).sort();
}

test('opens on the sample report, checked in the page like the engine in Node', async () => {
  await settled(page, SAMPLE_NAME);
  const expected = await engine(readFileSync(path.join(FIXTURES, 'sample.docx')));
  expect(await shown(page)).toEqual(sorted(expected.findings));
  // Labelled 示例报告, of a made-up agency; nothing to download until something changed.
  await expect(page.getByTestId('sample-badge').innerText()).resolves.toBe('示例报告');
  await expect(page.getByText('示例市示例区司法局').count()).resolves.toBeGreaterThan(0);
  await expect(page.getByTestId('download').count()).resolves.toBe(0);
  // Checked by the engine worker, loaded from the page's own origin, under a CSP without eval.
  expect(page.workers().map((w) => new URL(w.url()).origin)).toEqual([server.origin]);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("worker-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(await page.locator('input[type="file"][accept*=".docx"]').count()).toBe(1);
  mkdirSync(DOCS, { recursive: true });
  await page.screenshot({ path: path.join(DOCS, 'checker-sample.png') });
});

describe.each(SEEDS)('%s', (name) => {
  test('shows the engine findings, locates a cell, fixes all and downloads a better file', async () => {
    const bytes = readFileSync(path.join(FIXTURES, name));
    const before = await engine(bytes);

    await open(page, name);
    await settled(page, name);
    expect(await shown(page)).toEqual(sorted(before.findings));

    // 定位: the preview outlines the finding's cell (the last one the engine names, which on the
    // bigger seeds sits in a collapsed rule group).
    const located = [...before.findings]
      .reverse()
      .find((f) => placeOf(before.report, f).cells.length > 0);
    if (located) {
      const cell = placeOf(before.report, located).cells[0];
      const ids = await page.$$eval('[data-rule]:not([data-ignored])', (els) =>
        els.map((el) => el.getAttribute('data-id')),
      );
      const item = page
        .locator('[data-rule]:not([data-ignored])')
        .nth(ids.indexOf(findingId(located)));
      // A card of a collapsed rule group is in the DOM but hidden: open its group first.
      if (!(await item.isVisible()))
        await item
          .locator('xpath=ancestor::*[@data-group-rule][1]')
          .locator('button[aria-expanded="false"]')
          .first()
          .click();
      // A card that lists its cells (a prose finding, or cells to check) goes to the first one by
      // its own 定位; the card's 定位 of a prose finding goes to the sentence.
      const cellButton = item.locator('[data-locate-cell]').first();
      if (await cellButton.count()) await cellButton.click();
      else await item.getByRole('button', { name: /^定位：/ }).click();
      const outlined = page.locator('.gouji-outlined');
      await expect(outlined.getAttribute('data-addr')).resolves.toBe(addrKey(cell));
      await expect(outlined.isVisible()).resolves.toBe(true);
    }

    // 全部修复: the safe fixes (suggestions and inserts wait for their own click), previewed first.
    const fixable = before.findings.filter(isSafe);
    const touched = new Set<string>();
    for (const e of planFixes(before.report, fixable).edits) {
      const addr: CellAddress | undefined =
        e.kind === 'set-cell' ? e.addr : e.kind === 'rename-heading' ? e.cell : undefined;
      if (addr) touched.add(addrKey(addr));
    }
    if (fixable.length === 0) {
      // Nothing changed: nothing to download.
      await expect(page.getByTestId('download').count()).resolves.toBe(0);
      return;
    }
    await page.locator('[data-action="fix-all"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect(dialog.locator('[data-change]').count()).resolves.toBe(fixable.length);
    await page.locator('[data-action="confirm"]').click();
    await page.getByText(/已修复 \d+ 处/).waitFor();
    await settled(page, name);

    // 下载修复后的文件: the fixed .docx, named after the original.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${name.replace(/\.docx$/, '')}-勾稽修复.docx`);
    await page.getByTestId('saved').waitFor();
    const saved = readFileSync((await download.path()) as string);
    const after = await engine(saved);

    expect(after.findings.length).toBeLessThan(before.findings.length);
    // What the pane now shows is what the engine finds in the downloaded file.
    expect(await shown(page)).toEqual(sorted(after.findings));

    // Every cell no fix named is exactly as it was.
    const was = cellTexts(before.file.model);
    const now = cellTexts(after.file.model);
    expect([...now.keys()].sort()).toEqual([...was.keys()].sort());
    for (const [addr, text] of was)
      if (!touched.has(addr)) expect([addr, now.get(addr)]).toEqual([addr, text]);
  });
});

/** The bytes `gouji fix` would write in Node for these findings' fixes of `bytes`. */
async function fixedInNode(bytes: Uint8Array, findings: readonly Finding[]): Promise<Buffer> {
  const file = await readDocx(bytes);
  return Buffer.from(
    await saveDocx(applyPlan(file, planFixes(recognize(file.model), [...findings]))),
  );
}

async function downloadBytes(p: Page): Promise<Buffer> {
  const [download] = await Promise.all([
    p.waitForEvent('download'),
    p.getByTestId('download').click(),
  ]);
  return readFileSync((await download.path()) as string);
}

test('全部修复 previews, changes nothing until 确认, and 撤销 restores the findings and bytes', async () => {
  const p = await browser.context.newPage();
  p.on('pageerror', (e) => pageErrors.push(String(e)));
  await p.goto(`${server.origin}/checker.html`);
  await settled(p, SAMPLE_NAME);
  mkdirSync(DOCS, { recursive: true });
  const bytes = readFileSync(path.join(FIXTURES, 'sample.docx'));
  const start = await engine(bytes);
  const safe = start.findings.filter(isSafe);
  expect(safe.length).toBeGreaterThan(1);

  // One fix by hand first, so that the file differs from the opened one and can be downloaded.
  const first = safe[0];
  await p
    .locator(`[data-id="${findingId(first)}"]`)
    .getByRole('button', { name: /^修复：/ })
    .click();
  await p.getByTestId('download').waitFor();
  await settled(p, SAMPLE_NAME);
  const oneFixed = await downloadBytes(p);
  expect(oneFixed.equals(await fixedInNode(bytes, [first]))).toBe(true);
  const beforeBulk = await shown(p);
  expect(beforeBulk).toEqual(sorted((await engine(oneFixed)).findings));

  // The preview lists each change and changes nothing until 确认修改.
  await p.locator('[data-action="fix-all"]').click();
  const dialog = p.getByRole('dialog');
  await dialog.waitFor();
  const lines = await dialog.locator('[data-change]').allInnerTexts();
  expect(lines).toHaveLength(safe.length - 1);
  for (const line of lines) expect(line).toMatch(/^表.+：.+ → .+$/);
  await p.screenshot({ path: path.join(DOCS, 'checker-preview.png') });
  await p.locator('[data-action="cancel"]').click();
  await dialog.waitFor({ state: 'detached' });
  expect(await shown(p)).toEqual(beforeBulk);
  expect((await downloadBytes(p)).equals(oneFixed)).toBe(true);

  await p.locator('[data-action="fix-all"]').click();
  await p.locator('[data-action="confirm"]').click();
  await p.getByText(/已修复 \d+ 处/).waitFor();
  await settled(p, SAMPLE_NAME);
  // Focus follows the action: 撤销 is one key away (once the preview has left the page).
  await p.waitForFunction(
    () => document.activeElement?.getAttribute('data-action') === 'undo',
    undefined,
    { timeout: 5_000 },
  );
  // The picture shows the sample (a made-up agency), never a real report.
  await p.screenshot({ path: path.join(DOCS, 'checker-fixed.png') });
  const allFixed = await downloadBytes(p);
  expect(allFixed.equals(await fixedInNode(bytes, safe))).toBe(true);
  expect(await shown(p)).toEqual(sorted((await engine(allFixed)).findings));
  await p.locator('[data-action="undo"]').click();
  await p.getByText('已撤销上一次修改，已重新检查。').waitFor();
  await settled(p, SAMPLE_NAME);
  expect(await shown(p)).toEqual(beforeBulk);
  expect((await downloadBytes(p)).equals(oneFixed)).toBe(true);

  // Undoing the first fix too leaves the file as opened: nothing to download.
  await p.locator('[data-action="undo"]').click();
  await p.getByTestId('download').waitFor({ state: 'detached' });
  await settled(p, SAMPLE_NAME);
  expect(await shown(p)).toEqual(sorted(start.findings));
  await p.close();
});

test('axe-core: no serious or critical violation (sample, a finding selected, the preview open)', async () => {
  const p = await browser.context.newPage();
  p.on('pageerror', (e) => pageErrors.push(String(e)));
  await p.goto(`${server.origin}/checker.html`);
  await settled(p, SAMPLE_NAME);
  expect(await seriousViolations(p)).toEqual([]);

  await p
    .getByRole('button', { name: /^定位：/ })
    .first()
    .click();
  await p.locator('[aria-current="true"][data-rule]').waitFor();
  await p.locator('.gouji-outlined').waitFor();
  expect(await seriousViolations(p)).toEqual([]);

  // J moves to the next finding, focus and the mark with it.
  await p.keyboard.press('j');
  await expect(
    p.evaluate(() => document.activeElement?.getAttribute('aria-current')),
  ).resolves.toBe('true');

  await p.locator('[data-action="fix-all"]').click();
  await p.getByRole('dialog').waitFor();
  expect(await seriousViolations(p)).toEqual([]);
  await p.keyboard.press('Escape');
  await p.getByRole('dialog').waitFor({ state: 'detached' });
  await p.close();
});

test('a damaged file shows a Chinese message, then a good file still works', async () => {
  const damaged = readFileSync(path.join(FIXTURES, 'broken', 'damaged.docx'));
  const message = await readDocx(damaged).then(
    () => '',
    (e: unknown) => (e instanceof Error ? e.message : ''),
  );
  expect(message).toMatch(/[\u4e00-\u9fff]/);

  await open(page, 'damaged.docx', path.join(FIXTURES, 'broken'));
  const error = page.getByTestId('load-error');
  await error.waitFor();
  await expect(error.innerText()).resolves.toContain(message);
  await expect(error.innerText()).resolves.toContain('damaged.docx');

  await open(page, 'seed-001.docx');
  await settled(page, 'seed-001.docx');
  await expect(page.getByTestId('load-error').count()).resolves.toBe(0);
  const expected = await engine(readFileSync(path.join(FIXTURES, 'seed-001.docx')));
  expect(await shown(page)).toEqual(sorted(expected.findings));
});

test('the pane reads at 320 px: nothing scrolls sideways', async () => {
  const narrow = await browser.context.newPage();
  narrow.on('pageerror', (e) => pageErrors.push(String(e)));
  await narrow.setViewportSize({ width: 320, height: 800 });
  await narrow.goto(`${server.origin}/checker.html`);
  await settled(narrow, SAMPLE_NAME);
  const overflow = await narrow.$eval('aside', (aside) => ({
    scroll: aside.scrollWidth,
    client: aside.clientWidth,
    widest: Math.max(
      ...[...aside.querySelectorAll('[data-rule], button, h2, h3')].map(
        (el) => el.getBoundingClientRect().right,
      ),
    ),
  }));
  expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
  expect(overflow.widest).toBeLessThanOrEqual(320);
  if (process.env.GOUJI_E2E_SHOTS) await narrow.screenshot({ path: process.env.GOUJI_E2E_SHOTS });
  await narrow.close();
});

test('10^6 empty paragraphs: refused by the reader in the worker, the page never freezes', async () => {
  const bytes = await padded(1_000_000, '<w:p/>');
  const started = Date.now();
  await openBytes(page, 'empty-paragraphs.docx', bytes);
  const error = page.getByTestId('load-error');
  await error.waitFor();
  process.stderr.write(`[e2e] 10^6 empty paragraphs refused in ${Date.now() - started} ms\n`);
  await expect(error.innerText()).resolves.toBe(
    `无法打开“empty-paragraphs.docx”：文件过大或结构异常：文档超过 ${LIMITS.documentMaxParagraphs} 个段落。`,
  );
  expect(await roundTrip(page)).toBeLessThan(1_000);
});

test('a long document: checked in the worker, the preview bounded and saying so', async () => {
  const count = LIMITS.documentMaxParagraphs - 1_000;
  const bytes = await padded(count, '<w:p/>');
  const expected = await engine(bytes);
  const started = Date.now();
  await openBytes(page, 'long.docx', bytes);
  await page.getByText('正在读取并检查“long.docx”…').waitFor();
  // The page answers at once while the worker reads.
  expect(await roundTrip(page)).toBeLessThan(1_000);
  await settled(page, 'long.docx');
  process.stderr.write(`[e2e] ${count} empty paragraphs checked in ${Date.now() - started} ms\n`);
  expect(await shown(page)).toEqual(sorted(expected.findings));
  await expect(page.locator('[data-testid="preview"] > *').count()).resolves.toBe(
    LIMITS.previewMaxBlocks + 1,
  );
  await expect(page.getByTestId('preview-note').innerText()).resolves.toContain(
    `其余 ${expected.file.model.blocks.length - LIMITS.previewMaxBlocks} 段未显示`,
  );
});

test('a file that takes too long is stopped with 处理超时; the page then checks another', async () => {
  // The engine is bounded on every input the reader accepts (the hostile-input bench), so no real
  // document stays slow for long: the worker that reads this one is made to never answer instead.
  const bytes = readFileSync(path.join(FIXTURES, 'seed-002.docx'));
  const hang = '**/gouji-engine*.js';
  await open(page, 'seed-000.docx');
  await settled(page, 'seed-000.docx');
  await page.route(hang, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' }),
  );
  const started = Date.now();
  await openBytes(page, 'hang.docx', bytes);
  await page.getByText('正在读取并检查“hang.docx”…').waitFor();
  expect(await roundTrip(page)).toBeLessThan(1_000);
  const error = page.getByTestId('load-error');
  await error.waitFor({ timeout: LIMITS.checkerTimeLimitMs + 20_000 });
  const waited = Date.now() - started;
  process.stderr.write(`[e2e] timeout shown after ${waited} ms\n`);
  expect(waited).toBeGreaterThanOrEqual(LIMITS.checkerTimeLimitMs - 500);
  await expect(error.innerText()).resolves.toBe(
    `处理超时：“hang.docx”在 ${LIMITS.checkerTimeLimitMs / 1000} 秒内未处理完毕，已停止。文件可能过大或结构异常；可以继续打开其他文件。`,
  );
  // The worker is gone; the report shown before stays, under its own name.
  await page.waitForFunction(() => !document.body.innerText.includes('正在读取并检查'));
  expect(await workersSettled(page, 1)).toBe(1);
  await expect(page.getByTestId('current-file').innerText()).resolves.toBe(
    '当前文件：seed-000.docx',
  );

  await page.unroute(hang);
  await open(page, 'seed-001.docx');
  await settled(page, 'seed-001.docx');
  const expected = await engine(readFileSync(path.join(FIXTURES, 'seed-001.docx')));
  expect(await shown(page)).toEqual(sorted(expected.findings));
  await expect(page.getByTestId('load-error').count()).resolves.toBe(0);
});

test('two files dropped in quick succession: the second’s findings under its name', async () => {
  const first = readFileSync(path.join(FIXTURES, 'seed-002.docx'));
  const second = readFileSync(path.join(FIXTURES, 'seed-004.docx'));
  await openBytes(page, '第一份.docx', first);
  await openBytes(page, '第二份.docx', second);
  await settled(page, '第二份.docx');
  const expected = await engine(second);
  expect(await shown(page)).toEqual(sorted(expected.findings));
  // Whatever the first file's worker would have said comes too late to matter: it was stopped.
  await page.waitForTimeout(500);
  await expect(page.getByTestId('current-file').innerText()).resolves.toBe('当前文件：第二份.docx');
  expect(await shown(page)).toEqual(sorted(expected.findings));
  expect(await workersSettled(page, 1)).toBe(1);
  if (process.env.GOUJI_CHECKER_SHOTS)
    await page.screenshot({ path: path.join(process.env.GOUJI_CHECKER_SHOTS, 'second.png') });
});

test('the numbering crash (a label of 10^8 letters): the page stays alive and shows the report', async () => {
  // upperLetter counting from 2.6e9 makes a 10^8-letter label: Node runs out of heap on it (the
  // reader is to bound it); the page must survive either way, its preview cutting what it draws.
  const zip = await JSZip.loadAsync(readFileSync(path.join(FIXTURES, 'seed-001.docx')));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const at = xml.indexOf('<w:body>') + '<w:body>'.length;
  const numbered =
    '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr></w:pPr>' +
    '<w:r><w:t>标题</w:t></w:r></w:p>';
  zip.file('word/document.xml', xml.slice(0, at) + numbered + xml.slice(at));
  zip.file(
    'word/numbering.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:abstractNum w:abstractNumId="9"><w:lvl w:ilvl="0"><w:start w:val="2600000000"/>' +
      '<w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="9"><w:abstractNumId w:val="9"/></w:num></w:numbering>',
  );
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  await openBytes(page, 'numbering.docx', bytes);
  // Shown, or refused with a Chinese message: never a dead tab.
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="current-file"]')?.textContent ===
        '当前文件：numbering.docx' || document.querySelector('[data-testid="load-error"]') !== null,
    undefined,
    { timeout: LIMITS.checkerTimeLimitMs + 20_000 },
  );
  expect(await roundTrip(page)).toBeLessThan(1_000);
  const first = await page.locator('[data-para]').first().innerText();
  // The label cut to LIMITS.previewMaxChars and "…", then the paragraph's own "标题".
  expect(first.length).toBeLessThanOrEqual(LIMITS.previewMaxChars + '…标题'.length);
  expect(first.endsWith('标题')).toBe(true);
  if (await page.getByTestId('load-error').count())
    await expect(page.getByTestId('load-error').innerText()).resolves.toMatch(/[\u4e00-\u9fff]/);
});
