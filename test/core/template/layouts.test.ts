import { SaxesParser } from 'saxes';
import {
  activeBlocks,
  REQUESTS_CORNER,
  requestsRows,
  type FormatVersion,
  type TableKey,
} from '../../../src/core/format';
import {
  PLACEHOLDER,
  renderSection,
  renderTable,
  tableLayout,
  wrapFlatPackage,
  type LayoutCell,
} from '../../../src/core/template';

const VERSIONS: FormatVersion[] = [2019, 2021];
const TABLES: TableKey[] = ['active', 'requests', 'appeals'];

/** Grid slots of a layout: for each row, the cell (by its row and index) covering each column. */
function slots(rows: LayoutCell[][]): { row: number; cell: number }[][] {
  return rows.map((cells, r) =>
    cells.flatMap((c, i) => Array.from({ length: c.span ?? 1 }, () => ({ row: r, cell: i }))),
  );
}

function wellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let error: Error | undefined;
  parser.on('error', (e) => (error ??= e));
  parser.write(xml).close();
  expect(error).toBeUndefined();
}

describe.each(VERSIONS)('layouts %s', (version) => {
  test.each(TABLES)('%s: every row fills the grid, merges line up', (table) => {
    const layout = tableLayout(table, version);
    const cols = layout.widths.length;
    const grid = slots(layout.rows);
    for (const row of grid) expect(row).toHaveLength(cols);
    layout.rows.forEach((cells, r) =>
      cells.forEach((cell, i) => {
        if (cell.vMerge !== 'continue') return;
        // A continuation sits under a restart or another continuation of the same span.
        const start = grid[r].findIndex((s) => s.cell === i);
        const above = layout.rows[r - 1][grid[r - 1][start].cell];
        expect(above.vMerge).toBeDefined();
        expect(above.span ?? 1).toBe(cell.span ?? 1);
        expect(grid[r - 1].findIndex((s) => s.cell === grid[r - 1][start].cell)).toBe(start);
      }),
    );
  });
});

test('active: block titles span 4, shorter blocks widen their last cell', () => {
  const rows = tableLayout('active', 2021).rows;
  expect(rows[0]).toEqual([{ text: '第二十条第（一）项', span: 4, label: true }]);
  expect(rows[1].map((c) => c.text)).toEqual([
    '信息内容',
    '本年制发件数',
    '本年废止件数',
    '现行有效件数',
  ]);
  expect(rows[2].map((c) => c.text)).toEqual(['规章', '0', '0', '0']);
  expect(rows[3].map((c) => c.text)).toEqual(['行政规范性文件', '0', '0', '0']);
  expect(rows[4]).toEqual([{ text: '第二十条第（五）项', span: 4, label: true }]);
  expect(rows[5]).toEqual([
    { text: '信息内容', label: true },
    { text: '本年处理决定数量', span: 3, label: true },
  ]);
  expect(rows[6]).toEqual([
    { text: '行政许可', label: true },
    { text: '0', span: 3 },
  ]);
  expect(rows).toHaveLength(activeBlocks(2021).reduce((n, b) => n + 2 + b.rows.length, 0));
  const rows2019 = tableLayout('active', 2019).rows;
  expect(rows2019).toHaveLength(activeBlocks(2019).reduce((n, b) => n + 2 + b.rows.length, 0));
  const fees = rows2019.findIndex((r) => r[0].text === '行政事业性收费');
  expect(rows2019[fees]).toEqual([
    { text: '行政事业性收费', label: true },
    { text: '0' },
    { text: '0', span: 2 },
  ]);
});

test.each(VERSIONS)('requests %s: header rows and merged labels as in format.md', (version) => {
  const rows = tableLayout('requests', version).rows;
  expect(rows[0]).toEqual([
    { text: REQUESTS_CORNER, span: 3, vMerge: 'restart', label: true },
    { text: '申请人情况', span: 7, label: true },
  ]);
  expect(rows[1].map((c) => [c.text, c.span ?? 1, c.vMerge])).toEqual([
    ['', 3, 'continue'],
    ['自然人', 1, 'restart'],
    ['法人或其他组织', 5, undefined],
    ['总计', 1, 'restart'],
  ]);
  expect(rows[2].map((c) => [c.text, c.vMerge])).toEqual([
    ['', 'continue'],
    ['', 'continue'],
    ['商业企业', undefined],
    ['科研机构', undefined],
    ['社会公益组织', undefined],
    ['法律服务机构', undefined],
    ['其他', undefined],
    ['', 'continue'],
  ]);
  const defs = requestsRows(version);
  expect(rows).toHaveLength(3 + defs.length);
  const body = rows.slice(3);
  // Data cells: the last 7 of every row, all "0".
  for (const r of body)
    expect(r.slice(-7)).toEqual(Array.from({ length: 7 }, () => ({ text: '0' })));
  const labels = body.map((r) => r.slice(0, -7).map((c) => [c.text, c.span ?? 1, c.vMerge ?? '']));
  expect(labels[0]).toEqual([['一、本年新收政府信息公开申请数量', 3, '']]);
  expect(labels[1]).toEqual([['二、上年结转政府信息公开申请数量', 3, '']]);
  expect(labels[2]).toEqual([
    ['三、本年度办理结果', 1, 'restart'],
    ['（一）予以公开', 2, ''],
  ]);
  expect(labels[3][1]).toEqual(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2, '']);
  expect(labels[4]).toEqual([
    ['', 1, 'continue'],
    ['（三）不予公开', 1, 'restart'],
    ['1.属于国家秘密', 1, ''],
  ]);
  expect(labels[5]).toEqual([
    ['', 1, 'continue'],
    ['', 1, 'continue'],
    ['2.其他法律行政法规禁止公开', 1, ''],
  ]);
  const at = (key: string): (string | number)[][] => labels[defs.findIndex((d) => d.key === key)];
  expect(at('unavailable.1')[1]).toEqual(['（四）无法提供', 1, 'restart']);
  expect(at('rejected.1')[1]).toEqual(['（五）不予处理', 1, 'restart']);
  expect(at('rejected.5')[1]).toEqual(['', 1, 'continue']);
  expect(at('total')).toEqual([
    ['', 1, 'continue'],
    ['（七）总计', 2, ''],
  ]);
  expect(at('forward')).toEqual([['四、结转下年度继续办理', 3, '']]);
  if (version === 2019) expect(at('other')[1]).toEqual(['（六）其他处理', 2, '']);
  else {
    expect(at('other.1')[1]).toEqual(['（六）其他处理', 1, 'restart']);
    expect(at('other.3')).toEqual([
      ['', 1, 'continue'],
      ['', 1, 'continue'],
      ['3.其他', 1, ''],
    ]);
  }
});

test('appeals: three header rows and one data row over 15 columns', () => {
  const rows = tableLayout('appeals', 2021).rows;
  expect(rows.map((r) => r.map((c) => [c.text, c.span ?? 1, c.vMerge ?? '']))).toEqual([
    [
      ['行政复议', 5, 'restart'],
      ['行政诉讼', 10, ''],
    ],
    [
      ['', 5, 'continue'],
      ['未经复议直接起诉', 5, ''],
      ['复议后起诉', 5, ''],
    ],
    Array.from({ length: 3 }, () =>
      ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((t) => [t, 1, '']),
    ).flat(),
    Array.from({ length: 15 }, () => ['0', 1, '']),
  ]);
});

describe.each(VERSIONS)('rendering %s', (version) => {
  test.each(TABLES)('%s is well-formed, each w:tc holds a w:p', (table) => {
    const xml = renderTable(table, version);
    wellFormed(wrapFlatPackage(xml));
    expect(xml.startsWith('<w:tbl>')).toBe(true);
    const tcs = xml.split('<w:tc>').slice(1);
    expect(tcs.length).toBe(tableLayout(table, version).rows.flat().length);
    for (const tc of tcs) expect(tc).toMatch(/^<w:tcPr>.*?<\/w:tcPr><w:p>/);
  });

  test('prose sections: heading and placeholder paragraph', () => {
    const xml = renderSection('s6', version);
    wellFormed(wrapFlatPackage(xml));
    expect(xml).toContain('<w:t xml:space="preserve">六、其他需要报告的事项</w:t>');
    expect(xml).toContain(`<w:t xml:space="preserve">${PLACEHOLDER}</w:t>`);
    expect(xml.match(/<w:p>/g)).toHaveLength(2);
    expect(xml).not.toContain('<w:tbl>');
  });

  test('table sections: heading then the table', () => {
    const xml = renderSection('s3', version);
    expect(xml.startsWith('<w:p>')).toBe(true);
    expect(xml).toContain('三、收到和处理政府信息公开申请情况');
    expect(xml.indexOf('<w:tbl>')).toBeGreaterThan(xml.indexOf('</w:p>'));
    expect(xml.endsWith('</w:tbl>')).toBe(true);
  });
});
