// review.html in a real browser (Debian's Chromium): opened from file:// with every other request
// blocked, it sorts, filters and opens a report's findings with its own inline script, and leaves a
// screenshot in SCREENSHOTS (docs/review.png through `npm run docs:screenshots`). Then a province:
// 10,000 synthetic results (no .docx needed to test the page) written by the same writer, opened,
// scrolled, filtered, timed to the first rows, under 1.5 KB a report (review-10000.png).

import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_OPTIONS } from './chromium';
import { SCREENSHOTS } from './harness';
import { main } from '../src/cli/main';
import { HtmlWriter } from '../src/review/html';
import { fileSink } from '../src/review/sink';
import { Tally } from '../src/review/tally';
import { unreadable } from '../src/review/review-file';
import type { ReviewResult } from '../src/review/types';
import {
  cleanReport,
  nextYearReport,
  reportToDocSpec,
  type ReportSpec,
} from '../test/fixtures/report';
import { buildDocx } from '../test/fixtures/spec';
import { OFFICES } from '../test/fixtures/offices';

const ROOT = path.resolve(__dirname, '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const SCREENSHOT = path.join(SCREENSHOTS, 'review.png');

function titled(r: ReportSpec): ReportSpec {
  return { ...r, title: `${r.agency}${r.year}年政府信息公开工作年度报告` };
}

let dir: string;
let html: string;
let browser: Browser;
let page: Page;
const blocked: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-review-e2e-'));
  const reports = path.join(dir, 'reports');
  await fs.mkdir(path.join(reports, '区县'), { recursive: true });
  for (const name of [
    'clean-2019.docx',
    'clean-2021.docx',
    'error-row-total.docx',
    'error-section-missing.docx',
    'error-overview-length.docx',
    'seed-000.docx',
    'seed-002.docx',
  ]) {
    await fs.copyFile(path.join(FIXTURES, name), path.join(reports, name));
  }
  await fs.copyFile(
    path.join(FIXTURES, 'broken', 'damaged.docx'),
    path.join(reports, '区县', '损坏.docx'),
  );
  const y2021 = cleanReport(2021, 2021, '某某市交通运输局');
  await fs.writeFile(
    path.join(reports, '区县', '交通2021.docx'),
    await buildDocx(reportToDocSpec(titled(y2021))),
  );
  await fs.writeFile(
    path.join(reports, '区县', '交通2022.docx'),
    await buildDocx(reportToDocSpec(titled(nextYearReport(y2021)))),
  );
  html = path.join(dir, 'review.html');
  const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await main(['review', reports, '-o', html, '-q']);
  } finally {
    write.mockRestore();
    out.mockRestore();
  }

  browser = await chromium.launch(CHROMIUM_OPTIONS);
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  // The page is opened from disk, offline: anything but the file itself is a failure.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file://')) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(pathToFileURL(html).href);
});

afterAll(async () => {
  await browser?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

/** The drawn rows' values in one column, in page order (the table draws the rows in view). */
function column(index: number): Promise<string[]> {
  return page.$$eval(
    '#rows > tr.row',
    (rows, i) => rows.map((r) => (r as HTMLTableRowElement).cells[i].textContent ?? ''),
    index,
  );
}

const ERRORS = 4;
const AGENCY = 0;
const STATUS = 6;

describe('review.html in Chromium', () => {
  it('lists every report with totals and the chart', async () => {
    expect(await page.locator('#rows > tr.row').count()).toBe(10);
    await expect(page.locator('#shown').textContent()).resolves.toBe('显示 10 / 10 份');
    expect(await page.locator('#chart svg rect').count()).toBeGreaterThan(0);
    await expect(page.locator('text=无法读取的文件（1）').count()).resolves.toBe(1);
  });

  it('sorts by a column, both ways', async () => {
    await page.click('th >> text=错误');
    const up = (await column(ERRORS)).filter((v) => v !== '').map(Number);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(await page.getAttribute('th:has-text("错误")', 'aria-sort')).toBe('ascending');
    await page.click('th >> text=错误');
    const down = (await column(ERRORS)).filter((v) => v !== '').map(Number);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(down[0]).toBeGreaterThan(0);
    // Blank values (the unreadable file) stay last either way.
    expect((await column(ERRORS)).at(-1)).toBe('');
  });

  it('filters by text and by status', async () => {
    await page.fill('#filter-text', '交通运输');
    expect(await column(AGENCY)).toEqual(['某某市交通运输局', '某某市交通运输局']);
    await expect(page.locator('#shown').textContent()).resolves.toBe('显示 2 / 10 份');
    await page.fill('#filter-text', '');
    await page.selectOption('#filter-status', { label: '无法读取（1）' });
    expect(await column(STATUS)).toEqual(['无法读取']);
    await expect(page.locator('#foot-count').textContent()).resolves.toBe('合计 1 份');
    await page.selectOption('#filter-status', { label: '有错误（4）' });
    expect((await column(STATUS)).every((s) => s === '有错误')).toBe(true);
    await page.selectOption('#filter-status', '');
    await expect(page.locator('#shown').textContent()).resolves.toBe('显示 10 / 10 份');
  });

  it('opens a report to its findings, and closes it', async () => {
    await page.click('th >> text=错误');
    await page.click('th >> text=错误');
    const detail = page.locator('#detail');
    expect(await detail.isVisible()).toBe(false);
    await page.locator('#rows > tr.row').first().locator('button.toggle').click();
    expect(await detail.isVisible()).toBe(true);
    expect(await detail.locator('table.findings tbody tr').count()).toBeGreaterThan(0);
    await expect(detail.locator('td.sev-error').first().textContent()).resolves.toBe('错误');
    // The paired report says what it was compared with.
    await page
      .locator('#rows > tr.row', { hasText: '交通2022.docx' })
      .locator('button.toggle')
      .click();
    await expect(detail.textContent()).resolves.toContain(
      '已与 2021 年报告（区县/交通2021.docx）比对',
    );
    await detail.locator('button', { hasText: '关闭' }).click();
    expect(await detail.isVisible()).toBe(false);
  });

  it('made no request and no error, and leaves a screenshot', async () => {
    expect(blocked).toEqual([]);
    expect(consoleErrors).toEqual([]);
    // A fresh page with one short report open: what a supervisor sees first.
    await page.reload();
    await page
      .locator('#rows > tr.row', { hasText: 'error-row-total.docx' })
      .locator('button.toggle')
      .click();
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await fs.mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    expect((await fs.stat(SCREENSHOT)).size).toBeGreaterThan(10_000);
  });
});

describe('review.html with 10,000 reports', () => {
  const COUNT = 10_000;
  let big: string;
  let bytes: number;

  beforeAll(async () => {
    big = path.join(dir, 'review-10000.html');
    const results = syntheticResults(COUNT);
    const tally = new Tally();
    for (const r of results) tally.add(r);
    const writer = new HtmlWriter(await fileSink(big));
    await writer.begin({
      folder: '/审查/全省',
      generatedAt: new Date(2026, 0, 5, 9, 30),
      totals: tally.totals,
      topRules: tally.topRules(12),
      unreadable: tally.unreadable,
      unpaired: tally.unpaired,
    });
    for (const r of results) await writer.add(r);
    await writer.end();
    bytes = (await fs.stat(big)).size;
  });

  it('weighs under 1.5 KB a report', () => {
    process.stdout.write(
      `review.html, ${COUNT} synthetic reports: ${(bytes / COUNT).toFixed(0)} bytes a report\n`,
    );
    expect(bytes / COUNT).toBeLessThan(1536);
  });

  it('opens fast, scrolls to the end, filters, and opens the last report', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const started = Date.now();
    await page.goto(pathToFileURL(big).href);
    await page.waitForSelector('#rows > tr.row');
    const firstRows = Date.now() - started;
    // The script's own clock: from navigation to its rows drawn.
    const ready = Number(await page.getAttribute('html', 'data-ready'));
    process.stdout.write(
      `review.html, ${COUNT} reports: first rows ${firstRows} ms after navigation (script done at ${ready.toFixed(0)} ms)\n`,
    );
    expect(firstRows).toBeLessThan(5000);
    await expect(page.locator('#shown').textContent()).resolves.toBe(`显示 ${COUNT} / ${COUNT} 份`);
    // Only the rows in view (and a margin) are in the document.
    const drawn = await page.locator('#rows > tr.row').count();
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(100);
    // Scroll to the end: the last reports are drawn, still a handful of rows.
    await page.locator('#viewport').evaluate((v) => (v.scrollTop = v.scrollHeight));
    await page.waitForFunction(
      (n) =>
        document.querySelector('#rows > tr.row:last-of-type')?.getAttribute('aria-rowindex') ===
        String(n + 1),
      COUNT,
    );
    expect(await page.locator('#rows > tr.row').count()).toBeLessThan(100);
    await expect(
      page.locator('#rows > tr.row').last().locator('td').nth(1).textContent(),
    ).resolves.toBe(syntheticRel(COUNT - 1));
    // Filter to one agency's reports.
    await page.fill('#filter-text', '庚市审计局');
    await expect(page.locator('#shown').textContent()).resolves.toMatch(/^显示 \d+ \/ 10000 份$/);
    const agencies = await column(AGENCY);
    expect(agencies.length).toBeGreaterThan(0);
    expect(agencies.every((a) => a === '庚市审计局')).toBe(true);
    await page.locator('#rows > tr.row').last().locator('button.toggle').click();
    await expect(page.locator('#detail h3').textContent()).resolves.toMatch(/^庚市审计局 · /);
    await page.fill('#filter-text', '');
    await page.selectOption('#filter-status', { index: 1 });
    expect((await column(STATUS)).every((s) => s === '有错误')).toBe(true);
    await page.selectOption('#filter-status', '');
    await page.locator('#viewport').evaluate((v) => (v.scrollTop = 4000));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'review-10000.png'), fullPage: false });
    expect(consoleErrors).toEqual([]);
    expect(blocked).toEqual([]);
  });
});

// A province's reports, made up: 25 offices in 40 places over 10 years; a quarter with errors in
// 表三, most paired with the year before, now and then unreadable or unpaired.
const PLACES = Array.from(
  { length: 40 },
  (_, i) => `${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${['市', '县', '区', '旗'][Math.floor(i / 10)]}`,
);

function syntheticRel(i: number): string {
  const year = 2015 + (i % 10);
  const office = OFFICES[Math.floor(i / 10) % OFFICES.length];
  const place = PLACES[Math.floor(i / 250) % PLACES.length];
  return `${place}/${office}/${place}${office}${year}年政府信息公开工作年度报告.docx`;
}

function syntheticResults(count: number): ReviewResult[] {
  return Array.from({ length: count }, (_, i): ReviewResult => {
    const year = 2015 + (i % 10);
    const place = PLACES[Math.floor(i / 250) % PLACES.length];
    const agency = `${place}${OFFICES[Math.floor(i / 10) % OFFICES.length]}`;
    const rel = syntheticRel(i);
    if (i % 97 === 0) return unreadable(rel, '文件已损坏，无法作为 .docx 打开。', 'damaged');
    const findings: ReviewResult['findings'] = [];
    if (i % 4 === 0) {
      const n = 10 + (i % 37);
      findings.push(
        {
          rule: 'row-total',
          severity: 'error',
          message: `“一、本年新收”行的总计应为 ${n + 3}，表中为 ${n}`,
          section: 's3',
          table: 'requests',
          row: 'new',
          column: 'total',
          expected: String(n + 3),
          actual: String(n),
        },
        {
          rule: 'column-total',
          severity: 'error',
          message: `“总计”列的“一、本年新收”应为 ${n + 3}，表中为 ${n}`,
          section: 's3',
          table: 'requests',
          row: 'new',
          column: 'total',
          expected: String(n + 3),
          actual: String(n),
        },
      );
    }
    if (i % 3 === 0) {
      findings.push({
        rule: 'text-table-mismatch',
        severity: 'warning',
        message: `正文说共收到申请 ${20 + (i % 50)} 件，表三为 ${21 + (i % 50)} 件`,
        section: 's1',
        paragraph: 3,
        quote: `本年度共收到政府信息公开申请${20 + (i % 50)}件，较上年有所增加…`,
      });
    }
    const errors = findings.filter((f) => f.severity === 'error').length;
    return {
      rel,
      agency,
      year,
      formatVersion: year >= 2021 ? 2021 : 2019,
      sections: [],
      errors,
      warnings: findings.length - errors,
      status: errors > 0 ? 'error' : findings.length > 0 ? 'warning' : 'pass',
      findings,
      ...(year > 2015 ? { previous: { rel: syntheticRel(i - 1), year: year - 1 } } : {}),
    };
  });
}
