// tableText keeps the cells a label could be found in: on every committed fixture, each word that
// recognition searches a table's text for is found as in the whole table's text normalised at once.

import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import { activeBlocks, formatVersions, layoutOf, requestsRows } from '../../../src/core/format';
import type { DocTable } from '../../../src/core/model';
import {
  TABLE_WORDS,
  locateTables,
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
