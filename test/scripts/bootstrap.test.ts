/**
 * @jest-environment jsdom
 */
// The task pane's bootstrap must parse as ES5 (IE11 runs it) and say, in Chinese, why the pane
// cannot start: an old webview at once, a missing office.js at once, a silent Office after the
// timeout; once Office answers it stays quiet.

import { parse } from 'acorn';
import { readFileSync } from 'fs';
import path from 'path';

const FILE = path.join(__dirname, '..', '..', 'src', 'taskpane', 'word', 'bootstrap.es5.js');
const SOURCE = readFileSync(FILE, 'utf8');
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const EDGE_HTML =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041';
const WEBVIEW2 =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0';

interface Boot {
  unsupported: boolean;
  officeMissing(): void;
  ready(): boolean;
}

test('parses as ES5', () => {
  expect(() => parse(SOURCE, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
});

test('the ES5 parser does refuse later syntax (the test above can fail)', () => {
  expect(() => parse('const a = () => 1;', { ecmaVersion: 5 })).toThrow();
  expect(() => parse('var s = `x`;', { ecmaVersion: 5 })).toThrow();
});

function run(userAgent: string): Boot {
  Object.defineProperty(window.navigator, 'userAgent', { value: userAgent, configurable: true });
  document.body.innerHTML = '<div id="root"><p>正在加载勾稽……</p></div>';
  delete (window as unknown as { Office?: unknown }).Office;
  new Function(SOURCE)();
  return (window as unknown as { goujiBoot: Boot }).goujiBoot;
}

function message(): { kind: string | null; text: string } {
  const el = document.getElementById('gouji-boot-message');
  return { kind: el?.getAttribute('data-kind') ?? null, text: el?.textContent ?? '' };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test.each([
  ['IE11', IE11],
  ['EdgeHTML', EDGE_HTML],
])('%s: says at once which Word versions work and points at the checker', (_name, ua) => {
  const boot = run(ua);
  expect(boot.unsupported).toBe(true);
  const { kind, text } = message();
  expect(kind).toBe('oldWebview');
  expect(text).toContain('此版本的 Word 无法运行勾稽加载项');
  expect(text).toContain('Word 2021、Word 2024');
  expect(text).toContain('360 极速浏览器、Edge、Chrome');
  expect(document.querySelector('#root a[href="checker.html"]')).not.toBeNull();
});

test('WebView2 (Chromium Edge): no message, and none after Office answers', () => {
  const boot = run(WEBVIEW2);
  expect(boot.unsupported).toBe(false);
  expect(message().kind).toBeNull();
  expect(boot.ready()).toBe(true);
  jest.advanceTimersByTime(60_000);
  expect(message().kind).toBeNull();
  expect(document.getElementById('root')?.textContent).toBe('正在加载勾稽……');
});

test('office.js failed to load: the Chinese message at once', () => {
  const boot = run(WEBVIEW2);
  boot.officeMissing();
  const { kind, text } = message();
  expect(kind).toBe('officeMissing');
  expect(text).toContain('无法加载 Office.js');
  expect(text).toContain('请联系管理员');
  // Office answering afterwards does not take the pane over from the message.
  expect(boot.ready()).toBe(false);
});

test('office.js loaded but Office.onReady silent: the timeout message after 8 s, not before', () => {
  const boot = run(WEBVIEW2);
  (window as unknown as { Office: object }).Office = {};
  jest.advanceTimersByTime(7_999);
  expect(message().kind).toBeNull();
  jest.advanceTimersByTime(1);
  expect(message().kind).toBe('timeout');
  expect(message().text).toContain('Word 在 8 秒内没有完成初始化');
  expect(boot.ready()).toBe(false);
});

test('no Office object when the timer fires: said as office.js missing', () => {
  run(WEBVIEW2);
  jest.advanceTimersByTime(8_000);
  expect(message().kind).toBe('officeMissing');
});
