import { readFileSync } from 'fs';
import path from 'path';
import JSZip from 'jszip';
import { readDocx } from '../../../src/hosts/docx/read';
import { readIgnores, writeIgnores } from '../../../src/hosts/docx/ignores';
import { saveDocx } from '../../../src/hosts/docx/write';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

async function texts(zip: JSZip): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) out[name] = await zip.files[name].async('string');
  return out;
}

test('into an existing, empty custom.xml: only that part changes; survives save and re-read', async () => {
  const data = readFileSync(path.join(FIXTURES, 'seed-004.docx'));
  const file = await readDocx(data);
  expect(await readIgnores(file)).toEqual([]);
  const ids = ['row-total|s3|requests|new|total|', 'text-table-mismatch|s1||||“共 5 件”<&>'];
  const saved = await saveDocx(await writeIgnores(file, ids));
  const again = await readDocx(saved);
  expect(await readIgnores(again)).toEqual(ids);
  // The original file value is untouched.
  expect(await readIgnores(file)).toEqual([]);
  const before = await texts(await JSZip.loadAsync(data));
  const after = await texts(await JSZip.loadAsync(saved));
  expect(Object.keys(after)).toEqual(Object.keys(before));
  for (const name of Object.keys(before)) {
    if (name !== 'docProps/custom.xml') expect([name, after[name]]).toEqual([name, before[name]]);
  }
  expect(after['docProps/custom.xml']).toBe(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="gouji.ignores"><vt:lpwstr>' +
      '[&quot;row-total|s3|requests|new|total|&quot;,&quot;text-table-mismatch|s1||||“共 5 件”&lt;&amp;&gt;&quot;]' +
      '</vt:lpwstr></property></Properties>',
  );
  // Rewriting replaces the value in place; other properties are kept.
  const twice = await writeIgnores(again, ['a']);
  expect(await readIgnores(twice)).toEqual(['a']);
  const xml = (await (await twice.zip()).file('docProps/custom.xml')?.async('string')) ?? '';
  expect(xml.match(/<property /g)).toHaveLength(1);
});

test('a package without custom.xml gets the part, its content type and relationship', async () => {
  const file = await readDocx(readFileSync(path.join(FIXTURES, 'clean-2021.docx')));
  const zip = await JSZip.loadAsync(await saveDocx(file));
  zip.remove('docProps/custom.xml');
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  const rels = (await zip.file('_rels/.rels')?.async('string')) ?? '';
  zip.file(
    '[Content_Types].xml',
    types.replace(/<Override [^>]*PartName="\/docProps\/custom\.xml"[^>]*\/>/, ''),
  );
  zip.file('_rels/.rels', rels.replace(/<Relationship [^>]*custom-properties[^>]*\/>/, ''));
  const bare = await readDocx(await zip.generateAsync({ type: 'uint8array' }));

  expect(await writeIgnores(bare, [])).toBe(bare);
  const saved = await JSZip.loadAsync(await saveDocx(await writeIgnores(bare, ['x'])));
  expect(await saved.file('[Content_Types].xml')?.async('string')).toContain(
    '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
  );
  const newRels = (await saved.file('_rels/.rels')?.async('string')) ?? '';
  expect(newRels).toMatch(
    /<Relationship Id="rId\d+" Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/custom-properties" Target="docProps\/custom.xml"\/><\/Relationships>$/,
  );
  expect(new Set([...newRels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1])).size).toBe(
    [...newRels.matchAll(/Id="/g)].length,
  );
  expect(
    await readIgnores(await readDocx(await saved.generateAsync({ type: 'uint8array' }))),
  ).toEqual(['x']);
});
