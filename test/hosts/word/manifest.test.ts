// The manifest validates offline against the XSDs, and a broken one fails with the error.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { undefinedResids, validateManifest } from '../../../scripts/validate-manifest';

const ROOT = path.join(__dirname, '..', '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const xml = fs.readFileSync(MANIFEST, 'utf8');

function writeTemp(name: string, contents: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-manifest-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, contents);
  return file;
}

describe('manifest.xml', () => {
  test('is valid against the vendored schemas (a clone without ../shared)', async () => {
    expect(await validateManifest(MANIFEST, path.join(ROOT, 'schemas'))).toEqual([]);
  });

  test('is valid against ../shared/schemas when present', async () => {
    const shared = path.join(ROOT, '..', 'shared', 'schemas');
    if (!fs.existsSync(shared)) return;
    expect(await validateManifest(MANIFEST, shared)).toEqual([]);
  });

  test('says what the pane needs: Word, WordApi 1.3, zh-CN with en-US, icons, https://localhost:3000', () => {
    expect(xml).toContain('<Host Name="Document"/>');
    expect(xml).toMatch(/<Set Name="WordApi" MinVersion="1.3"\/>/);
    expect(xml).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(xml).toMatch(/<DisplayName DefaultValue="[^"]*勾稽[^"]*">\s*<Override Locale="en-US"/);
    expect(xml).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
    expect(xml).toContain('xsi:type="ShowTaskpane"');
    for (const size of [16, 32, 64, 80, 128]) {
      const png = fs.readFileSync(path.join(ROOT, 'assets', `icon-${size}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
    }
    expect(undefinedResids(xml)).toEqual([]);
  });

  test('a schema-invalid copy fails, naming the element', async () => {
    const bad = writeTemp(
      'bad.xml',
      xml.replace('<Permissions>ReadWriteDocument', '<Permissions>All'),
    );
    const errors = await validateManifest(bad);
    expect(errors.join('\n')).toMatch(/Permissions/);
  });

  test('an undefined resid fails', async () => {
    const bad = writeTemp('resid.xml', xml.replace('resid="Taskpane.Url"', 'resid="No.Such.Url"'));
    expect(await validateManifest(bad)).toEqual([expect.stringContaining('No.Such.Url')]);
  });

  test('`npm run validate` exits non-zero with the error on a broken manifest', () => {
    const bad = writeTemp('broken.xml', xml.replace('</OfficeApp>', ''));
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    let status = 0;
    let stderr = '';
    try {
      execFileSync(tsx, [path.join(ROOT, 'scripts', 'validate-manifest.ts'), bad], {
        stdio: 'pipe',
      });
    } catch (err) {
      const e = err as { status: number; stderr: Buffer };
      status = e.status;
      stderr = e.stderr.toString();
    }
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/清单无效|manifest invalid/);
    expect(stderr).toMatch(/OfficeApp|Premature end|EndTag/i);
  }, 30000);
});
