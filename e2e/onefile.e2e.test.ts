// The checker as one file (dist/gouji-checker.html): opened from file:// — a copy alone in an
// empty folder, as when mailed or put on a shared drive — with every network request blocked, it
// shows the sample's findings equal to the engine's in Node and checks a dropped .docx (one as WPS
// saves it too); served from an arbitrary URL path it works the same. Its CSP allows only its own
// inline script (by hash) and a Blob-URL worker: no 'unsafe-inline' script, no 'unsafe-eval'.

import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import JSZip from 'jszip';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import type { Page } from 'playwright-core';

import { check } from '../src/core/check';
import { readDocx } from '../src/hosts/docx/read';
import { DIST, ROOT, key, launch, serveStatic, settled, shown, type Launched } from './harness';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const ONE_FILE = path.join(DIST, 'gouji-checker.html');
/**
 * What "reasonable" means for a file to mail: the whole checker, engine (gzipped) and sample
 * included; 676 KB in December 2026, when the page still carried JSZip and the engine in plain text
 * it had grown to 934 KB.
 */
const MAX_BYTES = 750_000;

let browser: Launched;
let folder: string;
const pageErrors: string[] = [];
const cspViolations: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'gouji-onefile-'));
  browser = await launch();
  // The harness lets nothing but 127.0.0.1 through; here the page itself comes from disk too.
  // Any other file:// read (a sibling script, a worker file) still falls through and is blocked.
  await browser.context.route(
    (url) => url.protocol === 'file:' && url.pathname.endsWith('.html'),
    (route) => route.continue(),
  );
});

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

afterEach(() => {
  expect(browser.blocked).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(cspViolations).toEqual([]);
});

async function newPage(): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (/Content Security Policy|Refused/i.test(m.text())) cspViolations.push(m.text());
  });
  return page;
}

async function expected(bytes: Uint8Array): Promise<string[]> {
  const file = await readDocx(bytes);
  return check(file.model).findings.map(key).sort();
}

/** Drops a file on the page as the user's file manager would (a real DataTransfer). */
async function drop(p: Page, name: string, bytes: Uint8Array): Promise<void> {
  const data = await p.evaluateHandle(
    ({ name, bytes }) => {
      const dt = new DataTransfer();
      dt.items.add(
        new File([new Uint8Array(bytes)], name, {
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        }),
      );
      return dt;
    },
    { name, bytes: [...bytes] },
  );
  const target = p.getByTestId('current-file');
  await target.dispatchEvent('dragenter', { dataTransfer: data });
  await target.dispatchEvent('dragover', { dataTransfer: data });
  await target.dispatchEvent('drop', { dataTransfer: data });
}

/**
 * seed-002 as WPS Office writes a .docx: its application name, WPS's own namespaces on the
 * document and settings, and its custom-data part.
 */
async function asWps(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const WPS_NS = 'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData"';
  for (const part of ['word/document.xml', 'word/settings.xml']) {
    const xml = await zip.file(part)?.async('string');
    if (xml)
      zip.file(
        part,
        xml.replace(/<w:(document|settings) /, (m) => `${m}${WPS_NS} `),
      );
  }
  zip.file(
    'docProps/app.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
      '<Template>Normal.dotm</Template><Application>WPS Office_12.1.0.17147_F1E327BC-269C-435d-A152-05C5408002CA</Application>' +
      '<DocSecurity>0</DocSecurity></Properties>',
  );
  zip.file(
    'docProps/custom.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
      'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">' +
      '<vt:lpwstr>2052-12.1.0.17147</vt:lpwstr></property></Properties>',
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

test('the file is one self-contained page of reasonable size', () => {
  const size = statSync(ONE_FILE).size;
  console.log(`dist/gouji-checker.html: ${size} bytes (${(size / 1024).toFixed(0)} KiB)`);
  expect(size).toBeLessThan(MAX_BYTES);
  const html = readFileSync(ONE_FILE, 'utf8');
  // Nothing to fetch: no script, style, image or worker file beside it.
  const markup = html.replace(/<script>[\s\S]*?<\/script>/g, '<script></script>');
  expect(markup).not.toMatch(/\b(src|href)=/);
  expect(markup.match(/<script>/g)).toHaveLength(1);
  expect(html).not.toMatch(/sourceMappingURL/);
  const csp = /Content-Security-Policy content="([^"]*)"/.exec(html)?.[1] ?? '';
  expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*';/);
  expect(csp).toContain('worker-src blob:');
  expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  // The page checker.html stays as it was: its scripts and worker from its own origin.
  expect(readFileSync(path.join(DIST, 'checker.html'), 'utf8')).toContain(
    "script-src 'self'; worker-src 'self'",
  );
});

test('opened from file:// offline: the sample as the engine sees it, then a dropped .docx', async () => {
  const alone = path.join(folder, '共享盘', '年报');
  mkdirSync(alone, { recursive: true });
  copyFileSync(ONE_FILE, path.join(alone, '勾稽校验.html'));
  const page = await newPage();
  await page.goto(pathToFileURL(path.join(alone, '勾稽校验.html')).href);

  await settled(page, '示例报告.docx');
  const sample = await expected(readFileSync(path.join(FIXTURES, 'sample.docx')));
  expect(sample.length).toBeGreaterThan(0);
  expect(await shown(page)).toEqual(sample);
  expect(page.workers().map((w) => new URL(w.url()).protocol)).toEqual(['blob:']);

  const word = readFileSync(path.join(FIXTURES, 'seed-001.docx'));
  await drop(page, '拖入的年报.docx', word);
  await settled(page, '拖入的年报.docx');
  expect(await shown(page)).toEqual(await expected(word));

  const wps = await asWps(readFileSync(path.join(FIXTURES, 'seed-002.docx')));
  await drop(page, 'WPS保存.docx', wps);
  await settled(page, 'WPS保存.docx');
  const wpsFindings = await expected(wps);
  expect(wpsFindings).toEqual(await expected(readFileSync(path.join(FIXTURES, 'seed-002.docx'))));
  expect(await shown(page)).toEqual(wpsFindings);
  await page.close();
});

test('served from any URL path, alone, it works the same', async () => {
  const dir = path.join(folder, 'site');
  mkdirSync(path.join(dir, 'a', '深', 'path'), { recursive: true });
  copyFileSync(ONE_FILE, path.join(dir, 'a', '深', 'path', 'index.html'));
  const server = await serveStatic(dir);
  try {
    const page = await newPage();
    await page.goto(`${server.origin}/a/${encodeURIComponent('深')}/path/index.html?x=1#y`);
    await settled(page, '示例报告.docx');
    expect(await shown(page)).toEqual(
      await expected(readFileSync(path.join(FIXTURES, 'sample.docx'))),
    );
    const word = readFileSync(path.join(FIXTURES, 'seed-000.docx'));
    await drop(page, 'seed-000.docx', word);
    await settled(page, 'seed-000.docx');
    expect(await shown(page)).toEqual(await expected(word));
    await page.close();
  } finally {
    await server.close();
  }
});
