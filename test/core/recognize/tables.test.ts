// tableText keeps the cells a label could be found in: on every committed fixture, each word that
// recognition searches a table's text for is found as in the whole table's text normalised at once.

import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import { activeBlocks, formatVersions, layoutOf, requestsRows } from '../../../src/core/format';
import type { DocTable } from '../../../src/core/model';
import { recognize } from '../../../src/core/recognize';
import { cellList } from '../../../src/core/report';
import {
  TABLE_WORDS,
  locateTables,
  mapTables,
  tableScores,
  tableText,
} from '../../../src/core/recognize/tables';
import { markWords, wordList } from '../../../src/core/recognize/words';
import { normLabel } from '../../../src/core/recognize/text';
import { readDocx } from '../../../src/hosts/docx/read';
import { FIXTURES_DIR } from '../../fixtures/fixtures';

/** Every word searched for in a table's text. */
const needles: string[] = [
  ...Object.values(TABLE_WORDS).flat(),
  ...formatVersions().flatMap((v) => [
    ...layoutOf(v).activeMarkers,
    ...requestsRows(v).map((d) => normLabel(d.label)),
    ...activeBlocks(v).flatMap((b) => b.rows.map((r) => normLabel(r.label))),
  ]),
];

/** The text as it was read before: every cell, the whole normalised at once. */
const wholeText = (table: DocTable): string =>
  normLabel(table.rows.map((r) => r.cells.map((c) => c.text).join('|')).join('|'));

describe('tableText', () => {
  it('every word searched for holds an ideograph', () => {
    expect(needles.filter((w) => !/[\u4e00-\u9fff]/.test(w))).toEqual([]);
  });

  it('finds each word where the whole table text does, on every committed fixture', async () => {
    const files = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.docx'));
    expect(files.length).toBeGreaterThan(20);
    let tables = 0;
    for (const file of files) {
      const { model } = await readDocx(readFileSync(path.join(FIXTURES_DIR, file)));
      for (const { table } of locateTables(model)) {
        tables++;
        const whole = wholeText(table);
        const kept = tableText(table);
        const differ = needles.filter((w) => whole.includes(w) !== kept.includes(w));
        expect({ file, differ }).toEqual({ file, differ: [] });
        // Searched cell by cell, each word is found where tableText holds it.
        const starting = needles.filter((w) => /^[\u4e00-\u9fff]/.test(w));
        const list = wordList(starting);
        const found = new Uint8Array(starting.length);
        for (const row of table.rows)
          for (const cell of row.cells) markWords(normLabel(cell.text), list, found);
        const marked = starting.filter((_, i) => found[i] === 1);
        expect({ file, marked }).toEqual({
          file,
          marked: starting.filter((w) => kept.includes(w)),
        });
        const score = tableScores(table);
        const counted = Object.fromEntries(
          Object.entries(TABLE_WORDS).map(([k, ws]) => [
            k,
            ws.filter((w) => kept.includes(w)).length,
          ]),
        );
        expect(score).toEqual(counted);
        const title = /第二十条第[（(]?([一二三四五六七八九十]+)[）)]?项/;
        expect(title.exec(kept)?.[1]).toBe(title.exec(whole)?.[1]);
      }
    }
    expect(tables).toBeGreaterThan(60);
  });

  it('keeps labels with full-width forms and spaces, drops digit cells', () => {
    const cell = (text: string, c: number) => ({
      text,
      paragraphs: [{ text }],
      row: 0,
      cell: c,
      col: c,
      colSpan: 1,
      rowSpan: 1,
    });
    const cells = ['（三）不予 公开', '12', '“三安全一稳定”', ' 0 '].map(cell);
    const table: DocTable = {
      kind: 'table',
      index: 0,
      rows: [{ cells, gridBefore: 0, gridAfter: 0 }],
      cols: 4,
      grid: [cells],
    };
    expect(tableText(table)).toBe('(三)不予公开|三安全一稳定');
    expect(tableScores(table)).toEqual({ requests: 1, appeals: 0, active: 0 });
  });

  it('markWords finds words at every place they may start, overlapping ones too', () => {
    const list = wordList(['结转', '结转下年度', '下年', '年度', '度']);
    const found = new Uint8Array(5);
    expect(markWords('(七)结转下年度继续办理', list, found)).toBe(5);
    expect([...found]).toEqual([1, 1, 1, 1, 1]);
    const none = new Uint8Array(5);
    expect(markWords('结 转下年', list, none)).toBe(1);
    expect([...none]).toEqual([0, 0, 1, 0, 0]);
    expect(() => wordList(['(一)'])).toThrow('does not start with an ideograph');
  });
});

/** A table built by hand, one cell per text (no merges). */
function handTable(texts: string[][]): DocTable {
  const rows = texts.map((line, r) => ({
    cells: line.map((text, c) => ({
      text,
      paragraphs: [{ text }],
      row: r,
      cell: c,
      col: c,
      colSpan: 1,
      rowSpan: 1,
    })),
    gridBefore: 0,
    gridAfter: 0,
  }));
  const cols = Math.max(...texts.map((l) => l.length));
  const grid = rows.map((row) => Array.from({ length: cols }, (_, c) => row.cells[c] ?? null));
  return { kind: 'table', index: 0, rows, cols, grid };
}

describe('the cell lists mapping keeps', () => {
  it('list every mapped table’s cells as its record does, on every committed fixture', async () => {
    const files = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.docx'));
    let tables = 0;
    for (const file of files) {
      const { model } = await readDocx(readFileSync(path.join(FIXTURES_DIR, file)));
      for (const table of Object.values(recognize(model).tables)) {
        tables++;
        const listed = cellList(table);
        const values = Object.values(table.cells);
        expect({ file, key: table.key, n: listed.length }).toEqual({
          file,
          key: table.key,
          n: values.length,
        });
        listed.forEach((cell, i) => expect(cell).toBe(values[i]));
      }
    }
    expect(tables).toBeGreaterThan(60);
  });

  it('a row read twice keeps its first place in the list, with the second reading', () => {
    // 表二's 规章 row written twice: the record keeps the key's first place, the list too.
    const row = (label: string, n: string) => [label, n, n, n];
    const rows = [
      ['第二十条第（一）项'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      row('规章', '1'),
      row('行政规范性文件', '2'),
      row('规章', '3'),
    ];
    const table = handTable(rows);
    const mapped = mapTables({ blocks: [table], paragraphs: [], tables: [table] }).active;
    expect(mapped).toBeDefined();
    if (!mapped) return;
    const listed = cellList(mapped);
    expect(listed).toEqual(Object.values(mapped.cells));
    expect(listed.map((c) => `${c.row}/${c.column}=${c.text}`).slice(0, 4)).toEqual([
      'regulations/issued=3',
      'regulations/repealed=3',
      'regulations/in_force=3',
      'normative/issued=2',
    ]);
  });
});
