import { readFileSync } from 'fs';
import path from 'path';
import { check } from '../../../src/core/check';
import type { DocModel } from '../../../src/core/model';
import { parseDocumentXml } from '../../../src/core/ooxml';
import type { Mark } from '../../../src/core/plan';
import {
  addMarks,
  addMarksToXml,
  clearMarks,
  clearMarksFromXml,
  countMarks,
} from '../../../src/hosts/docx/marks';
import { readDocx } from '../../../src/hosts/docx/read';
import { saveDocx } from '../../../src/hosts/docx/write';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const cellMark = (table: number, row: number, cell: number): Mark => ({
  cell: { table, row, cell },
  rule: 'row-total',
  severity: 'error',
  message: '行合计不符',
});
const paraMark = (paragraph: number): Mark => ({
  paragraph,
  rule: 'text-table-mismatch',
  severity: 'warning',
  message: '正文与表格不一致',
});

const P0 = '<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>';
const TC = '<w:tc><w:tcPr><w:tcW w:w="1"/></w:tcPr><w:p><w:r><w:t>3</w:t></w:r></w:p><w:p/></w:tc>';
const BODY = `<w:body>${P0}<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>${TC}</w:tr></w:tbl><w:sectPr/></w:body>`;

// Errors red, warnings orange (core/plan MARK_COLORS); paraMark is a warning, cellMark an error.
function sdt(rule: string, id: number, content: string): string {
  const color = rule === 'text-table-mismatch' ? 'CA5010' : 'D13438';
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="勾稽"/><w:tag w:val="gouji-mark:${rule}"/><w:id w:val="${id}"/>` +
    `<w15:color w:val="${color}"/><w15:appearance w15:val="tags"/></w:sdtPr>` +
    `<w:sdtContent>${content}</w:sdtContent></w:sdt>`
  );
}

function mark(xml: string, marks: Mark[]): string {
  return addMarksToXml(xml, parseDocumentXml(xml), marks);
}

describe('on hand-written XML', () => {
  test('wraps a cell content (not its tcPr) and a paragraph; declares w15 and makes it ignorable', () => {
    const xml = `<?xml version="1.0"?>\n<w:document xmlns:w="${W}">${BODY}</w:document>`;
    const out = mark(xml, [paraMark(0), cellMark(0, 0, 0), cellMark(0, 0, 0)]);
    expect(out).toBe(
      `<?xml version="1.0"?>\n<w:document xmlns:w="${W}" xmlns:w15="${W15}" xmlns:mc="${MC}" mc:Ignorable="w15"` +
        ' xmlns:gouji-root="urn:gouji:root-added:w15,mc,ignorable">' +
        '<w:body>' +
        sdt('text-table-mismatch', 1, P0) +
        '<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="1"/></w:tcPr>' +
        sdt('row-total', 2, '<w:p><w:r><w:t>3</w:t></w:r></w:p><w:p/>') +
        '</w:tc></w:tr></w:tbl><w:sectPr/></w:body></w:document>',
    );
    expect(clearMarksFromXml(out)).toBe(xml);
  });

  test('adds w15 to an existing mc:Ignorable, and restores it on clear', () => {
    const xml = `<w:document xmlns:w="${W}" xmlns:mc="${MC}" mc:Ignorable="w14">${BODY}</w:document>`;
    const out = mark(xml, [paraMark(0)]);
    expect(out.slice(0, out.indexOf('<w:body>'))).toBe(
      `<w:document xmlns:w="${W}" xmlns:mc="${MC}" mc:Ignorable="w14 w15" xmlns:w15="${W15}"` +
        ' xmlns:gouji-root="urn:gouji:root-added:w15,ignorable-w15">',
    );
    expect(clearMarksFromXml(out)).toBe(xml);
  });

  test('leaves a root that already declares w15 alone', () => {
    const xml = `<w:document mc:Ignorable="w14 w15" xmlns:w="${W}" xmlns:mc="${MC}" xmlns:w15="${W15}">${BODY}</w:document>`;
    const out = mark(xml, [cellMark(0, 0, 0)]);
    expect(out.startsWith(xml.slice(0, xml.indexOf('<w:body>')))).toBe(true);
    expect(clearMarksFromXml(out)).toBe(xml);
  });

  test('adjacent marks nest correctly; ids avoid existing ones', () => {
    const xml = `<w:document xmlns:w="${W}" xmlns:w15="${W15}" xmlns:mc="${MC}" mc:Ignorable="w15"><w:body>${P0}${P0}<w:sdt><w:sdtPr><w:id w:val="41"/></w:sdtPr><w:sdtContent>${P0}</w:sdtContent></w:sdt></w:body></w:document>`;
    const out = mark(xml, [paraMark(1), paraMark(0)]);
    expect(out).toContain(
      `${sdt('text-table-mismatch', 43, P0)}${sdt('text-table-mismatch', 42, P0)}<w:sdt><w:sdtPr><w:id w:val="41"/>`,
    );
    // The document's own content control is not a mark and stays.
    expect(clearMarksFromXml(out)).toBe(xml);
  });

  test('clears marks made by Word (other attributes, other sdtPr children, sdtEndPr)', () => {
    const head = `<w:document xmlns:w="${W}" xmlns:w15="${W15}"><w:body>`;
    const word =
      '<w:sdt><w:sdtPr><w:rPr><w:b/></w:rPr><w:alias w:val="勾稽"/><w:tag w:val="gouji-mark:balance"/>' +
      '<w:id w:val="-1823155230"/><w15:color w:val="FF0000"/><w15:appearance w15:val="tags"/></w:sdtPr>' +
      `<w:sdtEndPr/><w:sdtContent>${P0}</w:sdtContent></w:sdt>`;
    expect(clearMarksFromXml(`${head}${word}</w:body></w:document>`)).toBe(
      `${head}${P0}</w:body></w:document>`,
    );
  });
});

function texts(model: DocModel): unknown {
  return {
    paragraphs: model.paragraphs.map((p) => [p.text, p.numText]),
    tables: model.tables.map((t) =>
      t.grid.map((row) => row.map((c) => c && [c.text, c.colSpan, c.rowSpan])),
    ),
  };
}

describe.each(['clean-2019.docx', 'clean-2021.docx', 'seed-004.docx'])('%s', (name) => {
  test('mark, save, re-read: same model, same findings; clear gives the original bytes', async () => {
    const file = await readDocx(readFileSync(path.join(FIXTURES, name)));
    const marks: Mark[] = [
      paraMark(0),
      paraMark(2),
      cellMark(0, 2, 1),
      cellMark(1, 1, 0), // a vMerge continuation cell
      cellMark(1, 5, 3),
      cellMark(2, 3, 14),
    ];
    const marked = addMarks(file, marks);
    expect(countMarks(marked)).toBe(marks.length);
    expect(marked.documentXml).not.toBe(file.documentXml);

    const reread = await readDocx(await saveDocx(marked));
    expect(reread.documentXml).toBe(marked.documentXml);
    expect(countMarks(reread)).toBe(marks.length);
    expect(texts(reread.model)).toEqual(texts(file.model));
    expect(check(reread.model).findings).toEqual(check(file.model).findings);

    const cleared = clearMarks(reread);
    expect(cleared.documentXml).toBe(file.documentXml);
    expect(countMarks(cleared)).toBe(0);
  });
});
