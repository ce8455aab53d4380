// The WPS add-in end to end (issue 11, "Done means"): dist/wps/ as WPS would load it. Its
// ribbon.xml is well-formed and every callback it names is a global of main.js; its scripts parse
// as ES2017 (main.js as ES5); taskpane.html loads no office.js. In Chromium, with a fake WPS
// injected before any page script — window.Application (and wps.WpsApplication() returning it)
// whose ActiveDocument has WordOpenXML, Content.WordOpenXML, Variables and nothing else, plus
// wps.PluginStorage — the pane checks the report on opening and shows the findings of
// `gouji check --json` on the same file, one element with data-rule per finding.

import { spawnSync } from 'child_process';
import { mkdirSync, readFileSync, readdirSync } from 'fs';
import JSZip from 'jszip';
import path from 'path';
import vm from 'vm';
import * as acorn from 'acorn';
import { SaxesParser } from 'saxes';
import type { Page } from 'playwright-core';
import {
  DIST,
  ROOT,
  SCREENSHOTS,
  key,
  launch,
  serveStatic,
  shown,
  type Launched,
  type StaticServer,
} from './harness';

const WPS = path.join(DIST, 'wps');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const BIN = path.join(ROOT, 'bin', 'gouji.js');
const REPORTS = [
  'error-row-total.docx',
  'error-text-table-mismatch.docx',
  'clean-2021.docx',
  'error-section-missing.docx',
];

let server: StaticServer;
let browser: Launched;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The report as WPS's WordOpenXML gives it: a flat OPC package with its Word parts inline. */
async function flatPackage(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.';
  const parts: [string, string][] = [
    ['word/document.xml', 'document.main+xml'],
    ['word/styles.xml', 'styles+xml'],
    ['word/numbering.xml', 'numbering+xml'],
  ];
  let out =
    '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">';
  for (const [name, type] of parts) {
    const xml = await zip.file(name)?.async('string');
    if (xml === undefined) continue;
    out +=
      `<pkg:part pkg:name="/${name}" pkg:contentType="${CT}${type}"><pkg:xmlData>` +
      `${xml.replace(/^<\?xml[^>]*\?>\s*/, '')}</pkg:xmlData></pkg:part>`;
  }
  return out + '</pkg:package>';
}

/** What `gouji check --json` reports for the file, as "rule|severity", sorted. */
function cliFindings(file: string): string[] {
  const run = spawnSync(process.execPath, [BIN, 'check', '--json', file], { encoding: 'utf8' });
  const [result] = JSON.parse(run.stdout) as { findings: { rule: string; severity: string }[] }[];
  return result.findings.map(key).sort();
}

/** Runs in the page before any of its scripts: WPS's globals, as small as the pane needs. */
function injectFakeWps(pkg: string): void {
  const vars = new Map<string, string>();
  const variable = (name: string) => ({
    Name: name,
    get Value() {
      const v = vars.get(name);
      if (v === undefined) throw new Error('对象已被删除。');
      return v;
    },
    set Value(v: string) {
      vars.set(name, v);
    },
    Delete() {
      vars.delete(name);
    },
  });
  const Variables = {
    get Count() {
      return vars.size;
    },
    Item(index: number | string) {
      const name = typeof index === 'number' ? [...vars.keys()][index - 1] : index;
      if (name === undefined || !vars.has(name)) throw new Error('对象已被删除。');
      return variable(name);
    },
    Add(name: string, value = '') {
      vars.set(name, value);
      return variable(name);
    },
  };
  const reads = { document: 0, content: 0 };
  const ActiveDocument = {
    get WordOpenXML() {
      reads.document++;
      return pkg;
    },
    Content: {
      get WordOpenXML() {
        reads.content++;
        return pkg;
      },
    },
    Variables,
  };
  const app = { ActiveDocument };
  const storage = new Map<string, string>();
  const w = window as unknown as Record<string, unknown>;
  w.Application = app;
  w.wps = {
    WpsApplication: () => app,
    PluginStorage: {
      getItem: (k: string) => storage.get(k) ?? '',
      setItem: (k: string, v: unknown) => void storage.set(k, String(v)),
    },
  };
  w.__goujiFakeReads = reads;
}

async function openPane(
  pkg: string,
): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(injectFakeWps, pkg);
  await page.goto(`${server.origin}/wps/taskpane.html`);
  await page.waitForFunction(() => {
    const results = document.querySelector('[aria-busy]');
    return (
      results?.getAttribute('aria-busy') === 'false' &&
      results.querySelector('[data-state], [data-rule]') !== null
    );
  });
  return { page, errors, requests };
}

describe('dist/wps', () => {
  test('ribbon.xml is well-formed and main.js defines every callback it names, globally', () => {
    const ribbon = readFileSync(path.join(WPS, 'ribbon.xml'), 'utf8');
    const callbacks = new Set<string>();
    const parser = new SaxesParser({ xmlns: true });
    parser.on('opentag', (tag) => {
      for (const [name, attr] of Object.entries(tag.attributes)) {
        const value = typeof attr === 'string' ? attr : attr.value;
        if (/^(on[A-Z]|get[A-Z])/.test(name)) callbacks.add(value);
      }
    });
    parser.write(ribbon).close();
    expect([...callbacks].sort()).toEqual([
      'goujiGetEnabled',
      'goujiGetImage',
      'goujiOnAction',
      'goujiOnLoad',
    ]);

    const sandbox: Record<string, unknown> = { location: { href: 'file:///addin/index.html' } };
    sandbox.window = sandbox;
    vm.runInNewContext(readFileSync(path.join(WPS, 'main.js'), 'utf8'), sandbox);
    for (const name of callbacks) expect(typeof sandbox[name]).toBe('function');
  });

  test('the buttons open one task pane at taskpane.html beside the add-in page, and reuse it', () => {
    const created: { url: string; pane: Record<string, unknown> }[] = [];
    const storage = new Map<string, string>();
    const sandbox: Record<string, unknown> = {
      location: { href: 'http://intra/gouji/wps/index.html' },
      Application: { ActiveDocument: {} },
      wps: {
        PluginStorage: {
          getItem: (k: string) => storage.get(k) ?? '',
          setItem: (k: string, v: unknown) => storage.set(k, String(v)),
        },
        CreateTaskPane(url: string) {
          const pane: Record<string, unknown> = { ID: 7, Visible: false, Navigate: jest.fn() };
          created.push({ url, pane });
          return pane;
        },
        GetTaskPane: (id: number) => created.find((c) => c.pane.ID === id)?.pane,
      },
    };
    sandbox.window = sandbox;
    vm.runInNewContext(readFileSync(path.join(WPS, 'main.js'), 'utf8'), sandbox);
    const act = sandbox.goujiOnAction as (c: { Id: string }) => boolean;
    expect((sandbox.goujiGetEnabled as () => boolean)()).toBe(true);
    expect(act({ Id: 'goujiPane' })).toBe(true);
    expect(created.map((c) => c.url)).toEqual(['http://intra/gouji/wps/taskpane.html']);
    expect(created[0].pane).toMatchObject({ Visible: true, DockPosition: 2 });
    expect(act({ Id: 'goujiCheck' })).toBe(true);
    expect(created).toHaveLength(1);
    expect(created[0].pane.Navigate).toHaveBeenCalledTimes(1);
    act({ Id: 'goujiPane' }); // toggles it away
    expect(created[0].pane.Visible).toBe(false);
  });

  test('scripts parse as ES2017 (main.js as ES5); the pane page loads no office.js', () => {
    const scripts = readdirSync(WPS).filter((f) => f.endsWith('.js'));
    expect(scripts).toContain('main.js');
    expect(scripts.length).toBeGreaterThan(1);
    for (const f of scripts) {
      const code = readFileSync(path.join(WPS, f), 'utf8');
      expect(() => acorn.parse(code, { ecmaVersion: f === 'main.js' ? 5 : 2017 })).not.toThrow();
    }
    const html = readFileSync(path.join(WPS, 'taskpane.html'), 'utf8');
    expect(html).not.toMatch(/office\.js|appsforoffice/i);
    for (const [, inline] of html.matchAll(/<script>([\s\S]*?)<\/script>/g))
      expect(() => acorn.parse(inline, { ecmaVersion: 5 })).not.toThrow();
  });
});

describe('the pane in Chromium with a fake WPS', () => {
  test.each(REPORTS)('%s: the same findings as gouji check --json', async (name) => {
    const file = path.join(FIXTURES, name);
    const expected = cliFindings(file);
    if (name.startsWith('error-')) expect(expected.length).toBeGreaterThan(0);
    const { page, errors, requests } = await openPane(await flatPackage(file));
    expect(await shown(page)).toEqual(expected);
    expect(await page.locator('[data-rule]:not([data-ignored])').count()).toBe(expected.length);
    // One read of the whole document, through the property the issue names.
    const reads = await page.evaluate(
      () =>
        (window as unknown as { __goujiFakeReads: { document: number; content: number } })
          .__goujiFakeReads,
    );
    expect(reads).toEqual({ document: 1, content: 0 });
    expect(requests.filter((u) => /office\.js|appsforoffice/i.test(u))).toEqual([]);
    expect(browser.blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the pane as WPS shows it, at a task pane width: a screenshot (docs/wps-pane.png)', async () => {
    const { page, errors } = await openPane(await flatPackage(path.join(FIXTURES, 'sample.docx')));
    await page.setViewportSize({ width: 360, height: 900 });
    expect(await page.locator('[data-rule]').count()).toBeGreaterThan(0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'wps-pane.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('outside WPS the page says where to open it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/wps/taskpane.html`);
    await page.getByText('请在 WPS 文字中打开勾稽').waitFor();
    await page.close();
  });
});
