import { parseDocumentXml } from '../../../src/core/ooxml';
import type { DocCell, DocTable } from '../../../src/core/model';
import { doc, numbering, numPr, p, pt, r, tbl, tc, tr, abstractNum, num } from './xml';

const span = (n: number): string => `<w:gridSpan w:val="${n}"/>`;
const restart = '<w:vMerge w:val="restart"/>';
const cont = '<w:vMerge/>';

/** The grid as texts, '·' for an empty slot. */
const gridTexts = (t: DocTable): string[][] => t.grid.map((row) => row.map((c) => c?.text ?? '·'));

describe('tables', () => {
  it('resolves horizontal and vertical merges into the grid', () => {
    // A | B B | C     (B spans 2)
    // A | D | E | C   (A, C continue)
    // A | F F | C
    const rows =
      tr(tc(pt('A'), restart) + tc(pt('B'), span(2)) + tc(pt('C'), restart)) +
      tr(tc(p(''), cont) + tc(pt('D')) + tc(pt('E')) + tc(p(''), `<w:vMerge w:val="continue"/>`)) +
      tr(tc(p(''), cont) + tc(pt('F'), span(2)) + tc(p(''), cont));
    const [table] = parseDocumentXml(doc(tbl(rows, 4))).tables;
    expect(table.cols).toBe(4);
    expect(gridTexts(table)).toEqual([
      ['A', 'B', 'B', 'C'],
      ['A', 'D', 'E', 'C'],
      ['A', 'F', 'F', 'C'],
    ]);
    const [a, b, c] = table.rows[0].cells;
    expect([a.rowSpan, a.colSpan, a.vMerge, a.col]).toEqual([3, 1, 'restart', 0]);
    expect([b.rowSpan, b.colSpan, b.col]).toEqual([1, 2, 1]);
    expect([c.rowSpan, c.col, c.cell]).toEqual([3, 3, 2]);
    const cont1 = table.rows[1].cells[3];
    expect([cont1.vMerge, cont1.row, cont1.cell, cont1.col]).toEqual(['continue', 1, 3, 3]);
    // Slots under a merge point at the restart cell itself.
    expect(table.grid[2][0]).toBe(a);
    expect(table.grid[2][3]).toBe(c);
    expect(table.grid[1][1]).toBe(table.rows[1].cells[1]);
  });

  it('keeps a continuation of a different width or column as a cell of its own', () => {
    const rows =
      tr(tc(pt('A'), restart + span(2)) + tc(pt('B'))) +
      tr(tc(pt('x'), cont) + tc(pt('y')) + tc(pt('z'))) +
      tr(tc(pt('q'), cont + span(3)));
    const [table] = parseDocumentXml(doc(tbl(rows, 3))).tables;
    expect(gridTexts(table)).toEqual([
      ['A', 'A', 'B'],
      ['x', 'y', 'z'],
      ['q', 'q', 'q'],
    ]);
    expect(table.rows[0].cells[0].rowSpan).toBe(1);
  });

  it('places cells after gridBefore and leaves gridBefore/gridAfter slots empty', () => {
    const rows =
      tr(tc(pt('a')) + tc(pt('b')) + tc(pt('c'))) +
      tr(
        tc(pt('d')) + tc(pt('e')),
        '<w:gridBefore w:val="1"/><w:wBefore w:w="1000" w:type="dxa"/>',
      ) +
      tr(tc(pt('f')), '<w:gridAfter w:val="2"/>') +
      tr(tc(pt('g')));
    const [table] = parseDocumentXml(doc(tbl(rows, 3))).tables;
    expect(gridTexts(table)).toEqual([
      ['a', 'b', 'c'],
      ['·', 'd', 'e'],
      ['f', '·', '·'],
      ['g', '·', '·'],
    ]);
    expect(table.rows[1]).toMatchObject({ gridBefore: 1, gridAfter: 0 });
    expect(table.rows[2]).toMatchObject({ gridBefore: 0, gridAfter: 2 });
    expect(table.rows[1].cells.map((c) => [c.cell, c.col])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('widens cols to the widest row when tblGrid is short', () => {
    const rows = tr(tc(pt('a')) + tc(pt('b'), span(3)));
    const [table] = parseDocumentXml(doc(tbl(rows, 2))).tables;
    expect(table.cols).toBe(4);
    expect(gridTexts(table)).toEqual([['a', 'b', 'b', 'b']]);
  });

  it('keeps nested tables inside their cell, out of the top-level tables and body paragraphs', () => {
    const inner = tbl(tr(tc(pt('内1')) + tc(pt('内2'))), 2);
    const rows = tr(tc(pt('外') + inner + pt('后')) + tc(pt('右')));
    const body = pt('前') + tbl(rows, 2) + pt('中') + tbl(tr(tc(pt('二'))), 1) + pt('末');
    const model = parseDocumentXml(doc(body));
    expect(model.tables.map((t) => t.index)).toEqual([0, 1]);
    expect(model.paragraphs.map((x) => [x.index, x.text])).toEqual([
      [0, '前'],
      [1, '中'],
      [2, '末'],
    ]);
    expect(model.blocks.map((b) => (b.kind === 'table' ? `T${b.index}` : b.text))).toEqual([
      '前',
      'T0',
      '中',
      'T1',
      '末',
    ]);
    const outer = model.tables[0].rows[0].cells[0];
    expect(outer.text).toBe('外\n后');
    expect(outer.paragraphs.map((x) => x.text)).toEqual(['外', '后']);
    expect(outer.tables).toHaveLength(1);
    const nested = (outer.tables ?? [])[0];
    expect(nested.index).toBe(-1);
    expect(gridTexts(nested)).toEqual([['内1', '内2']]);
    expect(model.tables[0].rows[0].cells[1].tables).toBeUndefined();
  });

  it('gives cells and cell paragraphs their keys in one order, and each cell its own arrays', () => {
    // The reader builds these objects whole: the order of their keys is what JSON output shows.
    const numbered = numbering(abstractNum(1, [{ fmt: 'decimal', text: '%1.' }]) + num(1, 1));
    const inner = tbl(tr(tc(pt('内'))), 1);
    const rows =
      tr(tc(pt('甲', numPr(1)), restart) + tc('') + tc(pt('乙') + inner + pt('丙'), cont)) +
      tr(tc(pt('丁'), cont) + tc(''));
    const [table] = parseDocumentXml(doc(tbl(rows, 3)), { numbering: numbered }).tables;
    const [first, empty, nested] = table.rows[0].cells;
    expect(Object.keys(first)).toEqual([
      'text',
      'paragraphs',
      'row',
      'cell',
      'col',
      'colSpan',
      'rowSpan',
      'vMerge',
      'src',
    ]);
    expect(Object.keys(first.paragraphs[0])).toEqual(['text', 'numText', 'src']);
    expect(first.paragraphs[0].numText).toBe('1.');
    expect(Object.keys(empty)).toEqual([
      'text',
      'paragraphs',
      'row',
      'cell',
      'col',
      'colSpan',
      'rowSpan',
      'src',
    ]);
    expect(Object.keys(nested)).toEqual([
      'text',
      'paragraphs',
      'row',
      'cell',
      'col',
      'colSpan',
      'rowSpan',
      'vMerge',
      'tables',
      'src',
    ]);
    expect(Object.keys(nested.paragraphs[1])).toEqual(['text', 'src']);
    expect(nested.text).toBe('乙\n丙');
    // Cells without paragraphs share no array: a consumer that fills one fills only that one.
    const otherEmpty = table.rows[1].cells[1];
    expect(empty.paragraphs).toEqual([]);
    expect(otherEmpty.paragraphs).toEqual([]);
    expect(empty.paragraphs).not.toBe(otherEmpty.paragraphs);
  });

  it('joins paragraphs and line breaks of a cell with \\n', () => {
    const cell = tc(
      p(r('（本列数据的勾稽关系为：') + '<w:r><w:br/></w:r>' + r('第一项加第二项之和')) +
        pt('等于第三项'),
    );
    const [table] = parseDocumentXml(doc(tbl(tr(cell), 1))).tables;
    expect(table.rows[0].cells[0].text).toBe(
      '（本列数据的勾稽关系为：\n第一项加第二项之和\n等于第三项',
    );
  });

  it('reads rows and cells wrapped in content controls and custom XML', () => {
    const rows =
      `<w:sdt><w:sdtPr/><w:sdtContent>${tr(tc(pt('a')) + `<w:sdt><w:sdtContent>${tc(pt('b'))}</w:sdtContent></w:sdt>`)}</w:sdtContent></w:sdt>` +
      `<w:customXml w:element="row">${tr(`<w:customXml w:element="c">${tc(pt('c'))}</w:customXml>` + tc(pt('d')))}</w:customXml>`;
    const body = `<w:sdt><w:sdtContent>${tbl(rows, 2)}</w:sdtContent></w:sdt>`;
    const model = parseDocumentXml(doc(body));
    expect(model.tables).toHaveLength(1);
    expect(model.blocks).toHaveLength(1);
    expect(gridTexts(model.tables[0])).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reads a heading auto-numbered inside a cell whole', () => {
    const nb = numbering(abstractNum(0, [{ fmt: 'chineseCounting', text: '%1、' }]) + num(1, 0));
    const body =
      pt('一', numPr(1)) + tbl(tr(tc(pt('收到和处理政府信息公开申请情况', numPr(1)))), 1);
    const model = parseDocumentXml(doc(body), { numbering: nb });
    const cell: DocCell = model.tables[0].rows[0].cells[0];
    expect(cell.paragraphs[0]).toMatchObject({
      numText: '二、',
      text: '收到和处理政府信息公开申请情况',
    });
    expect(cell.text).toBe('二、收到和处理政府信息公开申请情况');
  });

  it('gives every cell its row, w:tc index and a source span', () => {
    const [table] = parseDocumentXml(
      doc(tbl(tr(tc(pt('a')) + tc(pt('b'))) + tr(tc(pt('c'))), 2)),
    ).tables;
    const addrs = table.rows.flatMap((row) => row.cells.map((c) => [c.row, c.cell]));
    expect(addrs).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
    ]);
    expect(table.rows.every((row) => row.src !== undefined)).toBe(true);
  });
});
