// The rendered templates read back through the project's own parser have the official grids.
import { parseDocumentXml } from '../../../src/core/ooxml';
import { parseFlatPackage } from '../../../src/core/ooxml';
import {
  ACTIVE_ITEM_HEADER,
  APPEALS_COLUMNS,
  APPEALS_ROWS,
  REQUESTS_CORNER,
  REQUESTS_COLUMNS,
  activeBlocks,
  officialHeading,
  requestsRows,
  SECTIONS,
  type FormatVersion,
} from '../../../src/core/format';
import type { DocModel, DocTable } from '../../../src/core/model';
import {
  PLACEHOLDER,
  renderSection,
  renderTable,
  wrapFlatPackage,
} from '../../../src/core/template';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function parseBody(body: string): DocModel {
  return parseDocumentXml(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
}

/** The text of the cell covering each grid slot ("" for a slot under a merge's restart). */
function gridTexts(t: DocTable): string[][] {
  return t.grid.map((row, r) => row.map((c) => (c && c.row === r ? c.text : c ? '^' : '∅')));
}

const VERSIONS: FormatVersion[] = [2019, 2021];

describe.each(VERSIONS)('%s', (version) => {
  test('active: 4 columns, each block title over all of them', () => {
    const [t] = parseBody(renderTable('active', version)).tables;
    expect(t.cols).toBe(4);
    const g = gridTexts(t);
    let r = 0;
    for (const block of activeBlocks(version)) {
      expect(g[r++]).toEqual([block.title, block.title, block.title, block.title]);
      const head = [ACTIVE_ITEM_HEADER, ...block.columns.map((c) => c.label)];
      while (head.length < 4) head.push(head[head.length - 1]);
      expect(g[r++]).toEqual(head);
      for (const row of block.rows) {
        expect(g[r++]).toEqual([row.label, '0', '0', '0']);
        expect(t.grid[r - 1][3]?.colSpan).toBe(4 - block.columns.length);
      }
    }
    expect(r).toBe(t.rows.length);
  });

  test('requests: 10 columns, corner over 3×3, merged labels', () => {
    const [t] = parseBody(renderTable('requests', version)).tables;
    expect(t.cols).toBe(10);
    const corner = t.grid[0][0];
    expect(corner?.text).toBe(REQUESTS_CORNER);
    expect(corner?.colSpan).toBe(3);
    expect(corner?.rowSpan).toBe(3);
    for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) expect(t.grid[r][c]).toBe(corner);
    expect(t.grid[0].slice(3).map((c) => c?.text)).toEqual(Array(7).fill('申请人情况'));
    expect(t.grid[1][3]?.text).toBe('自然人');
    expect(t.grid[1][3]?.rowSpan).toBe(2);
    expect(t.grid[2][3]).toBe(t.grid[1][3]);
    expect(t.grid[1].slice(4, 9).map((c) => c?.text)).toEqual(Array(5).fill('法人或其他组织'));
    expect(t.grid[2].slice(4, 9).map((c) => c?.text)).toEqual(
      REQUESTS_COLUMNS.slice(1, 6).map((c) => c.label.split(' › ')[1]),
    );
    expect(t.grid[2][9]).toBe(t.grid[1][9]);
    expect(t.grid[1][9]?.text).toBe('总计');
    const defs = requestsRows(version);
    expect(t.rows).toHaveLength(3 + defs.length);
    defs.forEach((def, i) => {
      const row = t.grid[3 + i];
      // The innermost label is the cell just left of the data; outer labels cover column 0/1.
      expect(row[2]?.text).toBe(def.label);
      expect(row[0]?.text).toBe(def.super ?? def.label);
      expect(row[1]?.text).toBe(def.group ?? def.label);
      expect(row.slice(3).map((c) => c?.text)).toEqual(Array(7).fill('0'));
    });
    const results = t.grid[5][0];
    expect(results?.text).toBe('三、本年度办理结果');
    expect(results?.rowSpan).toBe(defs.filter((d) => d.super).length);
  });

  test('appeals: 15 columns, 3 header rows, one data row', () => {
    const [t] = parseBody(renderTable('appeals', version)).tables;
    expect(t.cols).toBe(15);
    expect(t.rows).toHaveLength(4);
    const g = gridTexts(t);
    expect(g[0]).toEqual([...Array(5).fill(APPEALS_ROWS[0].label), ...Array(10).fill('行政诉讼')]);
    expect(g[1]).toEqual([
      ...Array(5).fill('^'),
      ...Array(5).fill(APPEALS_ROWS[1].label),
      ...Array(5).fill(APPEALS_ROWS[2].label),
    ]);
    expect(g[2]).toEqual(
      Array(3)
        .fill(APPEALS_COLUMNS.map((c) => c.label))
        .flat(),
    );
    expect(g[3]).toEqual(Array(15).fill('0'));
  });

  test.each(SECTIONS.map((s) => s.key))('section %s: heading then content', (key) => {
    const model = parseFlatPackage(wrapFlatPackage(renderSection(key, version)));
    const def = SECTIONS.find((s) => s.key === key);
    expect(model.blocks[0]).toMatchObject({ kind: 'paragraph', text: officialHeading(key) });
    if (def?.table) {
      expect(model.blocks).toHaveLength(2);
      expect(model.blocks[1].kind).toBe('table');
    } else {
      expect(model.paragraphs.map((p) => p.text)).toEqual([officialHeading(key), PLACEHOLDER]);
    }
  });
});
