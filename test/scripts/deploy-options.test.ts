// The deploy build's options: the manifest for a real host, the office.js sources, the dev port.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import {
  DEFAULT_DEV_PORT,
  OFFICE_JS_SOURCES,
  devBase,
  devPort,
  manifestFor,
  manifestUrls,
  normalizeBase,
  parseOfficeJs,
  withVersion,
} from '../../scripts/deploy-options';
import { validateManifest } from '../../scripts/validate-manifest';

const ROOT = path.join(__dirname, '..', '..');
const TEMPLATE = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const BASE = 'https://oa.example.gov.cn/gouji/';

describe('manifestFor', () => {
  const xml = manifestFor(TEMPLATE, BASE);

  test('every URL of the manifest is under the base, AppDomain is its origin', () => {
    const urls = manifestUrls(xml);
    expect(xml).not.toMatch(/localhost/);
    expect(urls.filter((u) => !u.startsWith(BASE))).toEqual(['https://oa.example.gov.cn']);
    expect(xml).toContain('<AppDomain>https://oa.example.gov.cn</AppDomain>');
    expect(xml).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
    expect(xml).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${BASE}taskpane.html"/>`);
    expect(xml).toContain(`<IconUrl DefaultValue="${BASE}assets/icon-32.png"/>`);
    expect(xml).toContain(`<bt:Image id="Icon.80x80" DefaultValue="${BASE}assets/icon-80.png"/>`);
  });

  test('SupportUrl and LearnMoreUrl point at the help page', () => {
    expect(xml).toContain(`<SupportUrl DefaultValue="${BASE}help.html"/>`);
    expect(xml).toContain(`<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${BASE}help.html"/>`);
  });

  test('the template manifest already follows the dev port (3000) with the same shape', () => {
    expect(manifestFor(TEMPLATE, devBase(DEFAULT_DEV_PORT))).toBe(TEMPLATE);
    const other = manifestFor(TEMPLATE, devBase(3443));
    expect(other).not.toContain('localhost:3000');
    expect(manifestUrls(other).every((u) => u.startsWith('https://localhost:3443'))).toBe(true);
  });

  test('the rewritten manifest validates offline against the XSDs', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gouji-manifest-'));
    try {
      const file = path.join(dir, 'manifest.xml');
      writeFileSync(file, xml);
      expect(await validateManifest(file)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('normalizeBase', () => {
  test('adds the trailing slash, keeps the path', () => {
    expect(normalizeBase('https://oa.example.gov.cn/gouji')).toBe(BASE);
    expect(normalizeBase('https://10.1.2.3:8443')).toBe('https://10.1.2.3:8443/');
  });

  test.each([
    [
      'http://oa.example.gov.cn/',
      '部署地址必须以 https:// 开头（Office 只加载 https 页面）：“http://oa.example.gov.cn/”',
    ],
    [
      'oa.example.gov.cn/gouji',
      '部署地址无效：“oa.example.gov.cn/gouji”。应为完整地址，如 https://oa.example.gov.cn/gouji/',
    ],
    [
      'https://oa.example.gov.cn/?v=2',
      '部署地址不能带“?”或“#”部分：“https://oa.example.gov.cn/?v=2”',
    ],
  ])('refuses %s in Chinese', (raw, message) => {
    expect(() => normalizeBase(raw)).toThrow(message);
  });
});

describe('office.js sources', () => {
  test('Microsoft by default; 21Vianet and a local mirror on request', () => {
    expect(parseOfficeJs(undefined)).toBe('microsoft');
    expect(OFFICE_JS_SOURCES[parseOfficeJs('microsoft')]).toBe(
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    );
    expect(OFFICE_JS_SOURCES[parseOfficeJs('21vianet')]).toBe(
      'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
    );
    expect(OFFICE_JS_SOURCES[parseOfficeJs('local')]).toBe('office-js/office.js');
  });

  test('an unknown source is refused in Chinese', () => {
    expect(() => parseOfficeJs('cdn')).toThrow(
      'office.js 来源无效：“cdn”。可选：microsoft、21vianet、local',
    );
  });
});

describe('devPort', () => {
  test('GOUJI_PORT, else package.json config.dev_server_port, else 3000', () => {
    expect(devPort({})).toBe(3000);
    expect(devPort({ npm_package_config_dev_server_port: '3100' })).toBe(3100);
    expect(devPort({ GOUJI_PORT: '3443', npm_package_config_dev_server_port: '3100' })).toBe(3443);
  });

  test('a port that is not one is refused in Chinese', () => {
    expect(() => devPort({ GOUJI_PORT: '70000' })).toThrow(
      '端口无效：“70000”。GOUJI_PORT 应为 1–65535 之间的整数。',
    );
  });
});

describe('withVersion', () => {
  test("the manifest's Version follows package.json", () => {
    expect(withVersion(TEMPLATE, '1.4.2')).toContain('<Version>1.4.2.0</Version>');
    expect(withVersion(TEMPLATE, '0.1.0')).toBe(TEMPLATE);
  });

  test('a version that is not x.y.z is refused in Chinese', () => {
    expect(() => withVersion(TEMPLATE, '1.0.0-beta.1')).toThrow(
      'package.json 的版本号应为 x.y.z：“1.0.0-beta.1”',
    );
  });
});
