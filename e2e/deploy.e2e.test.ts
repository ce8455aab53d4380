// A production build for a real host, end to end: `webpack --env url=…` into a scratch folder, its
// manifest (no localhost, validates offline), and its task pane in Chromium where office.js cannot
// load (the harness blocks the CDN), where Office never answers, and in an IE11 webview.

import { parse } from 'acorn';
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import type { Page } from 'playwright-core';

import { OFFICE_JS_SOURCES, manifestUrls } from '../scripts/deploy-options';
import { validateManifest } from '../scripts/validate-manifest';
import { ROOT, launch, serveStatic, type Launched, type StaticServer } from './harness';

const BASE = 'https://oa.example.gov.cn/gouji/';
/** The bound: the Chinese message must be on screen within 10 s. */
const MESSAGE_WITHIN_MS = 10_000;
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

let out: string;
let server: StaticServer;
let browser: Launched;
const pageErrors: string[] = [];

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'gouji-deploy-build-'));
  execFileSync(
    process.execPath,
    [
      require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] }),
      '--mode',
      'production',
      '--env',
      `url=${BASE}`,
      '--output-path',
      out,
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  server = await serveStatic(out);
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function openPane(setup?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await setup?.(page);
  await page.goto(`${server.origin}/taskpane.html`);
  return page;
}

async function bootMessage(page: Page): Promise<{ kind: string | null; text: string }> {
  const el = page.locator('#gouji-boot-message');
  await el.waitFor({ timeout: MESSAGE_WITHIN_MS });
  return { kind: await el.getAttribute('data-kind'), text: await el.innerText() };
}

test('the manifest has every URL under the base, no localhost, and validates offline', async () => {
  const file = path.join(out, 'manifest.xml');
  const xml = readFileSync(file, 'utf8');
  expect(xml).not.toMatch(/localhost/i);
  const urls = manifestUrls(xml);
  expect(urls.length).toBeGreaterThanOrEqual(10);
  for (const u of urls) expect(u.startsWith(BASE) || u === 'https://oa.example.gov.cn').toBe(true);
  expect(xml).toContain(`<SupportUrl DefaultValue="${BASE}help.html"/>`);
  expect(await validateManifest(file)).toEqual([]);
});

test('the bootstrap as built into taskpane.html parses as ES5, before office.js', () => {
  const html = readFileSync(path.join(out, 'taskpane.html'), 'utf8');
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(inline).toHaveLength(1);
  expect(inline[0]).toContain('goujiBoot');
  expect(() => parse(inline[0], { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  expect(html.indexOf('goujiBoot')).toBeLessThan(html.indexOf(OFFICE_JS_SOURCES.microsoft));
});

test('office.js blocked: the Chinese message, with the checker link, within 10 s', async () => {
  const started = Date.now();
  const page = await openPane();
  const { kind, text } = await bootMessage(page);
  const elapsed = Date.now() - started;
  expect(kind).toBe('officeMissing');
  expect(text).toContain('无法加载 Office.js');
  expect(text).toContain('请联系管理员');
  expect(await page.locator('#root a[href="checker.html"]').count()).toBe(1);
  expect(elapsed).toBeLessThan(MESSAGE_WITHIN_MS);
  expect(browser.blocked).toContain(OFFICE_JS_SOURCES.microsoft);
  expect(pageErrors).toEqual([]);
  await page.close();
});

test('office.js loads but Office never answers: the timeout message within 10 s', async () => {
  const page = await openPane(async (p) => {
    await p.route(OFFICE_JS_SOURCES.microsoft, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'window.Office = { onReady: function () { return new Promise(function () {}); }, HostType: {} };',
      }),
    );
  });
  const { kind, text } = await bootMessage(page);
  expect(kind).toBe('timeout');
  expect(text).toContain('Word 在 8 秒内没有完成初始化');
  expect(pageErrors).toEqual([]);
  await page.close();
});

test('an IE11 webview: the message on which Word versions work, never "正在加载"', async () => {
  const page = await openPane(async (p) => {
    const cdp = await browser.context.newCDPSession(p);
    await cdp.send('Network.setUserAgentOverride', { userAgent: IE11 });
  });
  const { kind, text } = await bootMessage(page);
  expect(kind).toBe('oldWebview');
  expect(text).toContain('Word 2021、Word 2024');
  expect(text).not.toContain('正在加载');
  // The bundle saw the flag and left the message alone.
  await page.waitForTimeout(1000);
  expect(await page.locator('#gouji-boot-message').getAttribute('data-kind')).toBe('oldWebview');
  await page.close();
});

test('the help page is built, in Chinese, and links to the checker', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/help.html`);
  await expect(page.title()).resolves.toContain('勾稽帮助');
  const text = await page.locator('body').innerText();
  for (const heading of [
    '任务窗格做什么',
    '颜色的含义',
    '如何撤销修复',
    '隐私',
    '哪些 Word 版本可以使用',
  ])
    expect(text).toContain(heading);
  expect(await page.locator('a[href="checker.html"]').count()).toBeGreaterThan(0);
  await page.close();
});

test('the bundle is a module script, which Internet Explorer 11 never fetches', () => {
  const html = readFileSync(path.join(out, 'taskpane.html'), 'utf8');
  const bundles = [...html.matchAll(/<script ([^>]*)src="?(taskpane\.[0-9a-f]{8}\.js)/g)];
  expect(bundles).toHaveLength(1);
  expect(bundles[0][1]).toMatch(/type="?module"?/);
});

test('Office answers (outside Word): the bundle runs, and the bootstrap stays quiet after 8 s', async () => {
  const page = await openPane(async (p) => {
    await p.route(OFFICE_JS_SOURCES.microsoft, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body:
          'window.Office = { HostType: { Word: "Word" }, context: {}, onReady: function (cb) {' +
          ' var info = { host: null, platform: null }; if (cb) cb(info); return Promise.resolve(info); } };',
      }),
    );
  });
  await page.getByText('请在 Word 中打开此加载项').waitFor({ timeout: MESSAGE_WITHIN_MS });
  await page.waitForTimeout(9_000);
  expect(await page.locator('#gouji-boot-message').count()).toBe(0);
  expect(pageErrors).toEqual([]);
  await page.close();
});
