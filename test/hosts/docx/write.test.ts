import { readFileSync } from 'fs';
import path from 'path';
import JSZip from 'jszip';
import { parseDocumentXml } from '../../../src/core/ooxml';
import type { EditPlan } from '../../../src/core/plan';
import type { CellKeyRef } from '../../../src/core/finding';
import { PLACEHOLDER } from '../../../src/core/template';
import { readDocx } from '../../../src/hosts/docx/read';
import { applyPlan, applyPlanToXml, saveDocx, spliceAll } from '../../../src/hosts/docx/write';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REF: CellKeyRef = { table: 'requests', row: 'new', column: 'total' };

function doc(body: string): string {
  return `<?xml version="1.0"?>\n<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
}

function apply(xml: string, plan: EditPlan): string {
  return applyPlanToXml(xml, parseDocumentXml(xml), plan);
}

/** `after` equals `before` with exactly `from` replaced by `to` (once). */
function expectReplaced(before: string, after: string, from: string, to: string): void {
  const at = before.indexOf(from);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(before.indexOf(from, at + 1)).toBe(-1);
  expect(after).toBe(before.slice(0, at) + to + before.slice(at + from.length));
}

describe('spliceAll', () => {
  test('applies in offset order; inserts at one point keep their order, before a replacement', () => {
    const out = spliceAll('abcdef', [
      { start: 4, end: 4, text: 'X' },
      { start: 1, end: 3, text: '-' },
      { start: 1, end: 1, text: '1' },
      { start: 1, end: 1, text: '2' },
      { start: 3, end: 3, text: '!' },
    ]);
    expect(out).toBe('a12-!dXef');
  });

  test('refuses overlapping edits', () => {
    expect(() =>
      spliceAll('abcdef', [
        { start: 1, end: 4, text: '' },
        { start: 2, end: 5, text: '' },
      ]),
    ).toThrow('重叠');
  });
});

const RPR = '<w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="21"/></w:rPr>';
const OTHER_CELL = '<w:tc><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc>';

function table(cell: string): string {
  return `<w:tbl><w:tblGrid><w:gridCol w:w="1"/><w:gridCol w:w="1"/></w:tblGrid><w:tr>${OTHER_CELL}${cell}</w:tr></w:tbl>`;
}

describe('set-cell', () => {
  const setCell = (value: string): EditPlan => ({
    edits: [{ kind: 'set-cell', addr: { table: 0, row: 0, cell: 1 }, value, ref: REF }],
  });

  test('keeps the first run rPr and the pPr, drops the other runs and paragraphs', () => {
    const cell =
      '<w:tc><w:tcPr><w:tcW w:w="884" w:type="dxa"/></w:tcPr>' +
      `<w:p w14:paraId="1A" xmlns:w14="x"><w:pPr><w:jc w:val="center"/></w:pPr><w:r>${RPR}<w:t>1</w:t></w:r><w:r><w:t>2</w:t></w:r></w:p>` +
      '<w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc>';
    const xml = doc(`<w:p><w:r><w:t>前文</w:t></w:r></w:p>${table(cell)}<w:p/>`);
    const out = apply(xml, setCell('15'));
    expectReplaced(
      xml,
      out,
      `<w:p w14:paraId="1A" xmlns:w14="x"><w:pPr><w:jc w:val="center"/></w:pPr><w:r>${RPR}<w:t>1</w:t></w:r><w:r><w:t>2</w:t></w:r></w:p>` +
        '<w:p><w:r><w:t>3</w:t></w:r></w:p>',
      `<w:p w14:paraId="1A" xmlns:w14="x"><w:pPr><w:jc w:val="center"/></w:pPr><w:r>${RPR}<w:t xml:space="preserve">15</w:t></w:r></w:p>`,
    );
    expect(parseDocumentXml(out).tables[0].rows[0].cells[1].text).toBe('15');
  });

  test('an empty cell gets a run with the paragraph mark formatting', () => {
    const cell =
      '<w:tc><w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:b/><w:ins w:id="3"/></w:rPr></w:pPr></w:p></w:tc>';
    const xml = doc(table(cell));
    const out = apply(xml, setCell('0'));
    expectReplaced(
      xml,
      out,
      '<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:b/><w:ins w:id="3"/></w:rPr></w:pPr></w:p>',
      '<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:b/><w:ins w:id="3"/></w:rPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">0</w:t></w:r></w:p>',
    );
  });

  test('a self-closing paragraph and no formatting at all', () => {
    const xml = doc(table('<w:tc><w:p/></w:tc>'));
    const out = apply(xml, setCell('0'));
    expectReplaced(
      xml,
      out,
      '<w:tc><w:p/></w:tc>',
      '<w:tc><w:p><w:r><w:t xml:space="preserve">0</w:t></w:r></w:p></w:tc>',
    );
  });

  test('bookmarks stay paired; text is escaped; marks (w:sdt) around the paragraphs stay', () => {
    const cell =
      '<w:tc><w:sdt><w:sdtPr><w:tag w:val="x"/></w:sdtPr><w:sdtContent>' +
      '<w:p><w:bookmarkStart w:id="0" w:name="a"/><w:r><w:t>无</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>x</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>' +
      '</w:sdtContent></w:sdt></w:tc>';
    const xml = doc(table(cell));
    const out = apply(xml, setCell('<1>'));
    expectReplaced(
      xml,
      out,
      '<w:p><w:bookmarkStart w:id="0" w:name="a"/><w:r><w:t>无</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>x</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>',
      '<w:p><w:r><w:t xml:space="preserve">&lt;1&gt;</w:t></w:r><w:bookmarkStart w:id="0" w:name="a"/></w:p>' +
        '<w:p><w:bookmarkEnd w:id="0"/></w:p>',
    );
  });

  test('a missing cell is an error, not a silent no-op', () => {
    const xml = doc(table('<w:tc><w:p/></w:tc>'));
    expect(() =>
      apply(xml, {
        edits: [{ kind: 'set-cell', addr: { table: 0, row: 0, cell: 5 }, value: '0', ref: REF }],
      }),
    ).toThrow('找不到单元格');
  });
});

describe('rename-heading', () => {
  test('replaces the text, keeps the first run rPr, drops w:numPr only', () => {
    const heading =
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:firstLine="640"/>' +
      '<w:pPrChange w:id="1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr>' +
      `<w:r>${RPR}<w:t>存在的</w:t></w:r><w:r><w:t>主要问题</w:t></w:r></w:p>`;
    const xml = doc(`<w:p><w:r><w:t>标题</w:t></w:r></w:p>${heading}<w:sectPr/>`);
    const out = apply(xml, {
      edits: [
        {
          kind: 'rename-heading',
          section: 's5',
          paragraph: 1,
          text: '五、存在的主要问题及改进情况',
        },
      ],
    });
    expectReplaced(
      xml,
      out,
      heading,
      '<w:p><w:pPr><w:ind w:firstLine="640"/>' +
        '<w:pPrChange w:id="1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr>' +
        `<w:r>${RPR}<w:t xml:space="preserve">五、存在的主要问题及改进情况</w:t></w:r></w:p>`,
    );
  });

  test('a heading typed in a table cell', () => {
    const cell = '<w:tc><w:p/><w:p><w:r><w:t>2、主动公开</w:t></w:r></w:p></w:tc>';
    const xml = doc(table(cell));
    const out = apply(xml, {
      edits: [
        {
          kind: 'rename-heading',
          section: 's2',
          cell: { table: 0, row: 0, cell: 1 },
          text: '二、主动公开政府信息情况',
        },
      ],
    });
    expectReplaced(
      xml,
      out,
      '<w:p><w:r><w:t>2、主动公开</w:t></w:r></w:p>',
      '<w:p><w:r><w:t xml:space="preserve">二、主动公开政府信息情况</w:t></w:r></w:p>',
    );
  });
});

describe('insert-section / insert-table', () => {
  const HEAD = `<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r>${RPR}<w:t>一、总体情况</w:t></w:r></w:p>`;
  const BODY =
    '<w:p><w:r><w:rPr><w:sz w:val="30"/></w:rPr><w:t>本年度，本机关认真贯彻落实政府信息公开条例的各项要求，做好工作。</w:t></w:r></w:p>';

  test('at the end: before the body section properties, formatted like the document', () => {
    const sect = '<w:sectPr><w:pgSz w:w="11906"/></w:sectPr>';
    const xml = doc(HEAD + BODY + sect);
    const out = apply(xml, {
      edits: [
        { kind: 'insert-section', section: 's6', version: 2021, anchor: { position: 'end' } },
      ],
    });
    const inserted =
      `<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r>${RPR}<w:t xml:space="preserve">六、其他需要报告的事项</w:t></w:r></w:p>` +
      `<w:p><w:r><w:rPr><w:sz w:val="30"/></w:rPr><w:t xml:space="preserve">${PLACEHOLDER}</w:t></w:r></w:p>`;
    expectReplaced(xml, out, sect, inserted + sect);
  });

  test('after a paragraph; two inserts at one anchor keep the plan order', () => {
    const xml = doc(HEAD + BODY + '<w:p><w:r><w:t>五、存在的主要问题及改进情况</w:t></w:r></w:p>');
    const out = apply(xml, {
      edits: [
        {
          kind: 'insert-section',
          section: 's3',
          version: 2019,
          anchor: { position: 'after', paragraph: 1 },
        },
        {
          kind: 'insert-section',
          section: 's4',
          version: 2019,
          anchor: { position: 'after', paragraph: 1 },
        },
      ],
    });
    expect(out.startsWith(xml.slice(0, xml.indexOf(BODY) + BODY.length))).toBe(true);
    expect(out.endsWith(xml.slice(xml.indexOf(BODY) + BODY.length))).toBe(true);
    const model = parseDocumentXml(out);
    expect(model.paragraphs.map((p) => p.text)).toEqual([
      '一、总体情况',
      expect.stringContaining('本年度'),
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
    ]);
    expect(model.tables.map((t) => t.cols)).toEqual([10, 15]);
    expect(model.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'table',
      'paragraph',
      'table',
      'paragraph',
    ]);
  });

  test('a table next to a table, or ending the body, gets a paragraph between', () => {
    const xml = doc(HEAD + table(OTHER_CELL));
    const out = apply(xml, {
      edits: [
        {
          kind: 'insert-table',
          table: 'appeals',
          version: 2021,
          anchor: { position: 'after', table: 0 },
        },
      ],
    });
    const model = parseDocumentXml(out);
    expect(model.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'table',
      'paragraph',
      'table',
      'paragraph',
    ]);
    expect(model.tables[1].cols).toBe(15);
    expect(model.paragraphs.slice(1).map((p) => p.text)).toEqual(['', '']);
  });
});

async function fixture(name: string): Promise<Uint8Array> {
  return readFileSync(path.join(FIXTURES, name));
}

async function entries(data: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) out.set(name, await zip.files[name].async('base64'));
  return out;
}

describe('.docx fixtures', () => {
  test('set-cell on clean-2021: only the cell changes; every other entry is byte-identical', async () => {
    const data = await fixture('clean-2021.docx');
    const file = await readDocx(data);
    const cell = file.model.tables[1].rows[3].cells[1];
    expect(cell.text).toBe('36');
    const fixed = applyPlan(file, {
      edits: [{ kind: 'set-cell', addr: { table: 1, row: 3, cell: 1 }, value: '37', ref: REF }],
    });
    expect(fixed.model.tables[1].rows[3].cells[1].text).toBe('37');
    const src = cell.src ?? { start: 0, end: 0 };
    const before = file.documentXml.slice(src.start, src.end);
    // The cell's one run already had xml:space="preserve": only the digits differ.
    expectReplaced(file.documentXml, fixed.documentXml, before, before.replace('>36<', '>37<'));
    // The original value stays untouched in the file the plan was applied to.
    expect(file.model.tables[1].rows[3].cells[1].text).toBe('36');

    const saved = await saveDocx(fixed);
    const a = await entries(data);
    const b = await entries(saved);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, content] of a) {
      if (name !== 'word/document.xml') expect([name, b.get(name)]).toEqual([name, content]);
    }
    const again = await readDocx(saved);
    expect(again.documentXml).toBe(fixed.documentXml);
    // Saving the unedited file never rewrites the original zip it shares.
    expect(await (await file.zip()).file('word/document.xml')?.async('string')).toBe(
      file.documentXml,
    );
  });

  test('an empty plan saves the same document', async () => {
    const data = await fixture('seed-004.docx');
    const file = await readDocx(data);
    expect(applyPlan(file, { edits: [] })).toBe(file);
    const again = await readDocx(await saveDocx(file));
    expect(again.documentXml).toBe(file.documentXml);
  });

  test('insert 六 into seed-004 at the end: copies the document heading', async () => {
    const file = await readDocx(await fixture('seed-004.docx'));
    const fixed = applyPlan(file, {
      edits: [
        {
          kind: 'insert-section',
          section: 's6',
          version: 2019,
          anchor: { position: 'after', paragraph: 28 },
        },
      ],
    });
    const texts = fixed.model.paragraphs.map((p) => p.text);
    expect(texts.slice(28, 31)).toEqual([
      expect.stringContaining('下一步'),
      '六、其他需要报告的事项',
      PLACEHOLDER,
    ]);
    const headingSrc = file.model.paragraphs[2].src ?? { start: 0, end: 0 };
    const heading = file.documentXml.slice(headingSrc.start, headingSrc.end);
    const rPr = /<w:rPr>.*?<\/w:rPr>/.exec(heading.slice(heading.indexOf('<w:r>')))?.[0] ?? '';
    expect(rPr).not.toBe('');
    const insertedSrc = fixed.model.paragraphs[29].src ?? { start: 0, end: 0 };
    expect(fixed.documentXml.slice(insertedSrc.start, insertedSrc.end)).toContain(rPr);
  });
});
