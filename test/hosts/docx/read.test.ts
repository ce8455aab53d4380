import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { DocxError, type DocxErrorCode } from '../../../src/hosts/docx/errors';
import { readDocx } from '../../../src/hosts/docx/read';
import { abstractNum, doc, num, numbering, numPr, pt, tbl, tc, tr } from '../../core/ooxml/xml';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';

function rels(items: [string, string][]): string {
  const body = items
    .map(
      ([type, target], i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${target}"/>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
}

async function docx(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const BODY =
  pt('2020年政府信息公开工作年度报告') + pt('总体情况', numPr(1)) + tbl(tr(tc(pt('格'))), 1);
const NUMBERING = numbering(abstractNum(0, [{ fmt: 'chineseCounting', text: '%1、' }]) + num(1, 0));

async function expectCode(data: Uint8Array | ArrayBuffer, code: DocxErrorCode): Promise<DocxError> {
  const err: unknown = await readDocx(data).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DocxError);
  const docxErr = err as DocxError;
  expect(docxErr.code).toBe(code);
  expect(docxErr.message).toMatch(/[\u4e00-\u9fff]/);
  return docxErr;
}

function ole(extra: Uint8Array = new Uint8Array()): Uint8Array {
  const bytes = new Uint8Array(1024 + extra.length);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(extra, 600);
  return bytes;
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[2 * i] = s.charCodeAt(i);
  return out;
}

describe('readDocx', () => {
  it('reads a minimal .docx with its numbering part', async () => {
    const data = await docx({
      '[Content_Types].xml': CONTENT_TYPES,
      '_rels/.rels': rels([['officeDocument', 'word/document.xml']]),
      'word/_rels/document.xml.rels': rels([['numbering', 'numbering.xml']]),
      'word/document.xml': doc(BODY),
      'word/numbering.xml': NUMBERING,
    });
    const file = await readDocx(data);
    expect(file.documentPath).toBe('word/document.xml');
    expect(file.numberingXml).toBe(NUMBERING);
    expect(file.stylesXml).toBeUndefined();
    expect((await file.zip()).file('word/document.xml')).not.toBeNull();
    expect(file.model.paragraphs.map((x) => (x.numText ?? '') + x.text)).toEqual([
      '2020年政府信息公开工作年度报告',
      '一、总体情况',
    ]);
    expect(file.model.tables[0].grid[0][0]?.text).toBe('格');
    const src = file.model.paragraphs[0].src;
    expect(src && file.documentXml.slice(src.start, src.end)).toBe(
      pt('2020年政府信息公开工作年度报告'),
    );
  });

  it('decodes its texts when first read; copies and assignments see them', async () => {
    const styles = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:styleId="甲𠮷"/></w:styles>`;
    const data = await docx({
      '[Content_Types].xml': CONTENT_TYPES,
      '_rels/.rels': rels([['officeDocument', 'word/document.xml']]),
      'word/_rels/document.xml.rels': rels([
        ['numbering', 'numbering.xml'],
        ['styles', 'styles.xml'],
      ]),
      'word/document.xml': '\ufeff' + doc(BODY),
      'word/numbering.xml': NUMBERING,
      'word/styles.xml': styles,
    });
    const file = await readDocx(data);
    // The spread reads every text (as the writer's `{ ...file, documentXml }` does).
    const copy = { ...file };
    expect(copy.documentXml).toBe('\ufeff' + doc(BODY));
    expect(copy.numberingXml).toBe(NUMBERING);
    expect(copy.stylesXml).toBe(styles);
    expect(Object.keys(copy).sort()).toEqual(
      ['documentPath', 'documentXml', 'model', 'numberingXml', 'stylesXml', 'zip'].sort(),
    );
    const again = await readDocx(data);
    again.documentXml = 'x';
    expect(again.documentXml).toBe('x');
    expect(again.stylesXml).toBe(styles);
    // The package is read once, when the writer first asks for it.
    expect(again.zip()).toBe(again.zip());
    expect(Object.keys((await again.zip()).files)).toContain('word/styles.xml');
  });

  it('follows the officeDocument relationship, takes an ArrayBuffer, needs no .rels', async () => {
    const data = await docx({
      '[Content_Types].xml': CONTENT_TYPES,
      '_rels/.rels': rels([
        ['extended-properties', 'docProps/app.xml'],
        ['officeDocument', '/word/document2.xml'],
      ]),
      'word/document2.xml': doc(pt('甲')),
      'word/numbering.xml': NUMBERING,
    });
    const buffer: ArrayBuffer = new Uint8Array(data).buffer;
    const file = await readDocx(buffer);
    expect(file.documentPath).toBe('word/document2.xml');
    expect(file.model.paragraphs[0].text).toBe('甲');
    // Without document rels, numbering.xml next to the document is still found.
    expect(file.numberingXml).toBe(NUMBERING);

    const noRels = await readDocx(await docx({ 'word/document.xml': doc(pt('乙')) }));
    expect(noRels.model.paragraphs[0].text).toBe('乙');
  });

  it('reads escaped relationship targets', async () => {
    const data = await docx({
      '_rels/.rels': rels([['officeDocument', 'word/a&amp;b&#x41;.xml']]),
      'word/a&bA.xml': doc(pt('丙')),
    });
    const file = await readDocx(data);
    expect(file.documentPath).toBe('word/a&bA.xml');
    expect(file.model.paragraphs[0].text).toBe('丙');
  });

  it('reports an empty file', async () => {
    await expectCode(new Uint8Array(), 'empty');
    await expectCode(new ArrayBuffer(0), 'empty');
  });

  it('reports a file that is not a zip', async () => {
    await expectCode(new TextEncoder().encode('这不是一个 Word 文件'), 'not-docx');
    await expectCode(new TextEncoder().encode('P'), 'not-docx');
  });

  it('tells a legacy .doc from an encrypted .docx', async () => {
    const legacy = await expectCode(ole(utf16le('WordDocument')), 'legacy-doc');
    expect(legacy.message).toContain('.doc');
    const encrypted = await expectCode(
      ole(utf16le('EncryptionInfo\0\0EncryptedPackage')),
      'encrypted',
    );
    expect(encrypted.message).toBe(
      '文件已加密（设有打开密码），无法读取。请去除密码后另存为 .docx 再检查。',
    );
  });

  it('reports a truncated zip as damaged', async () => {
    const data = await docx({ 'word/document.xml': doc(pt('x'.repeat(2000))) });
    await expectCode(data.slice(0, Math.floor(data.length / 2)), 'damaged');
    await expectCode(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'damaged');
  });

  it('reports a zip without a document', async () => {
    await expectCode(await docx({ 'xl/workbook.xml': '<workbook/>' }), 'no-document');
    await expectCode(
      await docx({
        '_rels/.rels': rels([['officeDocument', 'word/missing.xml']]),
        'word/document.xml': doc(pt('x')),
      }),
      'no-document',
    );
  });

  it('reports a document that is not well-formed XML as damaged', async () => {
    await expectCode(await docx({ 'word/document.xml': '<w:document><w:body>' }), 'damaged');
    await expectCode(
      await docx({
        'word/document.xml': doc(pt('x', numPr(1))),
        'word/numbering.xml': '<w:numbering',
      }),
      'damaged',
    );
  });

  it('reads the numbering part only for a numbered paragraph: a broken one nothing numbers is not read', async () => {
    const file = await readDocx(
      await docx({ 'word/document.xml': doc(pt('x')), 'word/numbering.xml': '<w:numbering' }),
    );
    expect(file.model.paragraphs.map((p) => p.text)).toEqual(['x']);
    // Still the file's part, for the writer.
    expect(file.numberingXml).toBe('<w:numbering');
  });
});

describe('readDocx on the fixture files', () => {
  const dir = path.join(__dirname, '../../fixtures');
  const broken: [string, DocxErrorCode][] = [
    ['damaged.docx', 'damaged'],
    ['empty.docx', 'empty'],
    ['encrypted.docx', 'encrypted'],
    ['legacy.doc', 'legacy-doc'],
    ['not-a-docx.docx', 'not-docx'],
  ];

  it.each(broken)('broken/%s is %s', async (name, code) => {
    const file = path.join(dir, 'broken', name);
    if (!fs.existsSync(file)) return;
    await expectCode(fs.readFileSync(file), code);
  });

  it('reads the seed reports with their three tables', async () => {
    const seeds = fs.existsSync(dir)
      ? fs.readdirSync(dir).filter((f) => /^seed-.*\.docx$/.test(f))
      : [];
    for (const name of seeds) {
      const { model } = await readDocx(fs.readFileSync(path.join(dir, name)));
      expect(model.tables.length).toBeGreaterThanOrEqual(3);
      expect(model.paragraphs.some((x) => /总体情况/.test((x.numText ?? '') + x.text))).toBe(true);
      for (const table of model.tables) {
        expect(table.grid.every((row) => row.length === table.cols)).toBe(true);
      }
    }
  });
});
