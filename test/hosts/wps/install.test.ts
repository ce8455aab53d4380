// scripts/wps-install.sh registers the add-in in a jsaddons folder made for the test: online and
// offline, again without duplicating, keeping other add-ins' entries (on one line or many), and
// removes exactly its own. (wps-install.ps1 needs PowerShell, which this machine lacks.)
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { SaxesParser } from 'saxes';
import { jspluginsSample } from '../../../scripts/wps-package';

const SCRIPT = path.resolve(__dirname, '../../../scripts/wps-install.sh');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gouji-jsaddons-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function install(...args: string[]): string {
  return execFileSync('sh', [SCRIPT, ...args, '--jsaddons', dir], { encoding: 'utf8' });
}

/** The entries of publish.xml as [element, attributes], checking it is well-formed. */
function entries(file = 'publish.xml'): [string, Record<string, string>][] {
  const out: [string, Record<string, string>][] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name !== 'jsplugins') out.push([tag.name, tag.attributes as Record<string, string>]);
  });
  parser.write(readFileSync(path.join(dir, file), 'utf8')).close();
  return out;
}

test('online: one entry, replaced on a second run, the URL escaped', () => {
  expect(install('--online', 'http://intra/gouji/wps/')).toContain('已注册在线加载项');
  install('--online', 'http://intra/g?a=1&b=2');
  expect(entries()).toEqual([
    [
      'jspluginonline',
      {
        name: 'gouji',
        type: 'wps',
        url: 'http://intra/g?a=1&b=2',
        debug: '',
        enable: 'enable_dev',
        install: 'null',
      },
    ],
  ]);
});

test('offline: copies the folder under gouji_<version> and keeps other add-ins', () => {
  writeFileSync(
    path.join(dir, 'publish.xml'),
    '<?xml version="1.0"?><jsplugins><jspluginonline name="other" type="wps" url="http://x/"/>' +
      '<jspluginonline name="gouji" type="wps" url="http://old/"/></jsplugins>',
  );
  const addin = path.join(dir, 'src-addin');
  mkdirSync(addin);
  writeFileSync(path.join(addin, 'ribbon.xml'), '<customUI/>');
  writeFileSync(path.join(addin, 'version.txt'), '9.8.7\n');
  install('--offline', addin);
  expect(readFileSync(path.join(dir, 'gouji_9.8.7', 'ribbon.xml'), 'utf8')).toBe('<customUI/>');
  expect(entries()).toEqual([
    ['jspluginonline', { name: 'other', type: 'wps', url: 'http://x/' }],
    [
      'jsplugin',
      {
        name: 'gouji',
        type: 'wps',
        url: `file://${dir}/gouji_9.8.7/`,
        version: '9.8.7',
        enable: 'enable_dev',
      },
    ],
  ]);

  install('--remove');
  expect(entries()).toEqual([['jspluginonline', { name: 'other', type: 'wps', url: 'http://x/' }]]);
  expect(existsSync(path.join(dir, 'gouji_9.8.7'))).toBe(false);
});

test('--file writes a jsplugins.xml for managed machines; a bad call says why in Chinese', () => {
  install('--online', 'http://intra/gouji/wps/', '--file', 'jsplugins.xml');
  expect(entries('jsplugins.xml').map(([, a]) => a.name)).toEqual(['gouji']);
  expect(() => execFileSync('sh', [SCRIPT, '--jsaddons', dir], { stdio: 'pipe' })).toThrow(
    /请指定 --online、--offline 或 --remove/,
  );
});

test('the packaged jsplugins.xml sample is well-formed', () => {
  writeFileSync(path.join(dir, 'sample.xml'), jspluginsSample('0.1.0'));
  expect(entries('sample.xml')).toEqual([
    [
      'jspluginonline',
      {
        name: 'gouji',
        type: 'wps',
        url: 'http://内网服务器/gouji/wps/',
        enable: 'enable_dev',
        install: 'null',
      },
    ],
  ]);
});
