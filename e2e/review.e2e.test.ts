// review.html in a real browser (Debian's Chromium): opened from file:// with every other request
// blocked, it sorts, filters and expands with its own inline script, and leaves a screenshot in
// SCREENSHOTS (docs/review.png through `npm run docs:screenshots`).

import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_OPTIONS } from './chromium';
import { SCREENSHOTS } from './harness';
import { main } from '../src/cli/main';
import {
  cleanReport,
  nextYearReport,
  reportToDocSpec,
  type ReportSpec,
} from '../test/fixtures/report';
import { buildDocx } from '../test/fixtures/spec';

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

/** The visible reports' values in one column, in page order. */
function column(index: number): Promise<string[]> {
  return page.$$eval(
    '#reports > tbody:not([hidden]) > tr:first-child',
    (rows, i) => rows.map((r) => (r as HTMLTableRowElement).cells[i].getAttribute('data-v') ?? ''),
    index,
  );
}

const ERRORS = 4;
const AGENCY = 0;
const STATUS = 6;

describe('review.html in Chromium', () => {
  it('lists every report with totals and the chart', async () => {
    expect(await page.locator('#reports > tbody').count()).toBe(10);
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
    await page.selectOption('#filter-status', 'unreadable');
    expect(await column(STATUS)).toEqual(['4']);
    await expect(page.locator('#reports tfoot td').first().textContent()).resolves.toBe(
      '合计 1 份',
    );
    await page.selectOption('#filter-status', 'error');
    expect((await column(STATUS)).every((s) => s === '2')).toBe(true);
    await page.selectOption('#filter-status', '');
    await expect(page.locator('#shown').textContent()).resolves.toBe('显示 10 / 10 份');
  });

  it('expands a report to its findings, and collapses it', async () => {
    await page.click('th >> text=错误');
    await page.click('th >> text=错误');
    const first = page.locator('#reports > tbody').first();
    const detail = first.locator('tr.detail');
    expect(await detail.isVisible()).toBe(false);
    await first.locator('button.toggle').click();
    expect(await detail.isVisible()).toBe(true);
    expect(await detail.locator('table.findings tbody tr').count()).toBeGreaterThan(0);
    await expect(detail.locator('td.sev-error').first().textContent()).resolves.toBe('错误');
    // The paired report says what it was compared with.
    const paired = page.locator('#reports > tbody', { hasText: '交通2022.docx' });
    await paired.locator('button.toggle').click();
    await expect(paired.locator('tr.detail').textContent()).resolves.toContain('已与 2021 年报告');
    await paired.locator('button.toggle').click();
    expect(await paired.locator('tr.detail').isVisible()).toBe(false);
  });

  it('made no request and no error, and leaves a screenshot', async () => {
    expect(blocked).toEqual([]);
    expect(consoleErrors).toEqual([]);
    // A fresh page with one short report open: what a supervisor sees first.
    await page.reload();
    await page
      .locator('#reports > tbody', { hasText: 'error-row-total.docx' })
      .locator('button.toggle')
      .click();
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await fs.mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    expect((await fs.stat(SCREENSHOT)).size).toBeGreaterThan(10_000);
  });
});
