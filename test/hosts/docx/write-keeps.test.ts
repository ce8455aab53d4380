// A cell's value replaces its text, never what the cell holds besides: comment anchors and
// bookmarks stay; a cell with revisions, fields or a hyperlink is left to the user with a reason.
import { readFileSync } from 'fs';
import path from 'path';
import JSZip from 'jszip';
import type { CellKeyRef } from '../../../src/core/finding';
import type { CellAddress } from '../../../src/core/model';
import type { EditPlan } from '../../../src/core/plan';
import { readDocx, type DocxFile } from '../../../src/hosts/docx/read';
import { applyPlanReporting, saveDocx, setCellRefused } from '../../../src/hosts/docx/write';
import { namespaceErrors } from './xmlCheck';

const REF: CellKeyRef = { table: 'requests', row: 'new', column: 'total' };
/** clean-2021: 本年新收 row of table 2; its cells hold 36 and 8. */
const TARGET: CellAddress = { table: 1, row: 3, cell: 1 };
const OTHER: CellAddress = { table: 1, row: 3, cell: 2 };
const RUN = '<w:r><w:t xml:space="preserve">36</w:t></w:r>';
const DATE = 'w:author="审核人" w:date="2024-01-01T00:00:00Z"';

const plan: EditPlan = {
  edits: [
    { kind: 'set-cell', addr: TARGET, value: '37', ref: REF },
    { kind: 'set-cell', addr: OTHER, value: '9', ref: REF },
  ],
};

/** clean-2021.docx with the 36 cell's paragraph content (after its w:pPr) replaced by `content`. */
async function withCell(content: string): Promise<{ file: DocxFile; cellXml: string }> {
  const data = readFileSync(path.resolve(__dirname, '../../fixtures/clean-2021.docx'));
  const original = await readDocx(data);
  const src = original.model.tables[1].rows[3].cells[1].src;
  if (!src) throw new Error('no src');
  const cellXml = original.documentXml.slice(src.start, src.end);
  const run = /<w:r>.*<\/w:r>/.exec(cellXml)?.[0] ?? '';
  expect(run).toContain('>36<');
  const edited = cellXml.replace(run, content);
  const xml =
    original.documentXml.slice(0, src.start) + edited + original.documentXml.slice(src.end);
  const zip = await JSZip.loadAsync(data);
  zip.file('word/document.xml', xml);
  const file = await readDocx(await zip.generateAsync({ type: 'uint8array' }));
  return { file, cellXml: edited };
}

/** Applies the plan, saves, reads the saved file again: the result every assertion looks at. */
async function fixAndReread(file: DocxFile) {
  const { file: fixed, skipped } = applyPlanReporting(file, plan);
  const again = await readDocx(await saveDocx(fixed));
  expect(namespaceErrors(again.documentXml)).toEqual([]);
  const cell = (addr: CellAddress) =>
    again.model.tables[addr.table].rows[addr.row].cells[addr.cell];
  const target = cell(TARGET);
  const xml = target.src ? again.documentXml.slice(target.src.start, target.src.end) : '';
  return { skipped, text: target.text, other: cell(OTHER).text, xml };
}

describe('set-cell keeps comment anchors and bookmarks', () => {
  test('a comment range and its reference run stay around the new value', async () => {
    const { file } = await withCell(
      '<w:commentRangeStart w:id="0"/>' +
        RUN +
        '<w:commentRangeEnd w:id="0"/>' +
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>',
    );
    const out = await fixAndReread(file);
    expect(out.skipped).toEqual([]);
    expect([out.text, out.other]).toEqual(['37', '9']);
    expect(out.xml).toContain(
      '<w:t xml:space="preserve">37</w:t></w:r><w:commentRangeStart w:id="0"/><w:commentRangeEnd w:id="0"/>' +
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r></w:p>',
    );
  });

  test('a bookmark stays paired', async () => {
    const { file } = await withCell(
      '<w:bookmarkStart w:id="5" w:name="新收"/>' + RUN + '<w:bookmarkEnd w:id="5"/>',
    );
    const out = await fixAndReread(file);
    expect(out.skipped).toEqual([]);
    expect([out.text, out.other]).toEqual(['37', '9']);
    expect(out.xml).toContain(
      '<w:bookmarkStart w:id="5" w:name="新收"/><w:bookmarkEnd w:id="5"/></w:p>',
    );
  });

  test('a comment reference in a further paragraph keeps that paragraph', async () => {
    const { file } = await withCell(
      RUN + '</w:p><w:p><w:r><w:t>注</w:t></w:r><w:r><w:commentReference w:id="3"/></w:r>',
    );
    const out = await fixAndReread(file);
    expect(out.skipped).toEqual([]);
    // The text "注" goes with the rest of the old value; the reference stays.
    expect(out.text).toBe('37\n');
    expect(out.xml).toContain('<w:p><w:r><w:commentReference w:id="3"/></w:r></w:p></w:tc>');
  });
});

describe('set-cell leaves a cell whose content a plain value would lose', () => {
  const cases: [string, string, string[]][] = [
    ['an insertion', `<w:ins w:id="11" ${DATE}>${RUN}</w:ins>`, ['修订']],
    [
      'a deletion',
      `<w:del w:id="12" ${DATE}><w:r><w:delText>35</w:delText></w:r></w:del>${RUN}`,
      ['修订'],
    ],
    ['a simple field', `<w:fldSimple w:instr=" =30+6 ">${RUN}</w:fldSimple>`, ['域']],
    [
      'a complex field',
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> =30+6 </w:instrText></w:r>' +
        `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${RUN}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
      ['域'],
    ],
    ['a hyperlink', `<w:hyperlink w:anchor="附表">${RUN}</w:hyperlink>`, ['超链接']],
    [
      'a field inside an insertion',
      `<w:ins w:id="13" ${DATE}><w:fldSimple w:instr=" =30+6 ">${RUN}</w:fldSimple></w:ins>`,
      ['修订', '域'],
    ],
  ];

  test.each(cases)(
    '%s: untouched, with the reason; the other cell is written',
    async (_, content, what) => {
      const { file, cellXml } = await withCell(content);
      expect(file.model.tables[1].rows[3].cells[1].text).toBe('36');
      const out = await fixAndReread(file);
      expect(out.skipped).toEqual([
        { edit: plan.edits[0], reason: setCellRefused(TARGET, what, '37') },
      ]);
      expect([out.text, out.xml, out.other]).toEqual(['36', cellXml, '9']);
    },
  );

  test('the reason says where and what to type', () => {
    expect(setCellRefused(TARGET, ['修订', '域'], '37')).toBe(
      '表格 2 第 4 行第 2 格含有修订、域，自动修改会使其丢失，未修改；请手动改为“37”。',
    );
  });

  test('a tracked change of the paragraph mark alone (in w:pPr) does not stop the write', async () => {
    const { file } = await withCell(RUN);
    const xml = file.documentXml.replace(
      '<w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">36',
      `<w:pPr><w:jc w:val="center"/><w:rPr><w:ins w:id="14" ${DATE}/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">36`,
    );
    expect(xml).not.toBe(file.documentXml);
    const zip = await file.zip();
    zip.file('word/document.xml', xml);
    const out = await fixAndReread(await readDocx(await zip.generateAsync({ type: 'uint8array' })));
    expect(out.skipped).toEqual([]);
    expect(out.text).toBe('37');
    expect(out.xml).toContain('<w:rPr><w:ins w:id="14"');
  });
});
