// Text routines of recognition on hostile text (10^5–10^6 characters): each must be one pass, or
// refuse text longer than a label or heading may be before doing anything costlier. The assertions
// are on the output; a quadratic routine would not finish within the test's time at all.

import { recognize } from '../../../src/core/recognize';
import { parseLabel } from '../../../src/core/recognize/labels';
import { LIMIT_MESSAGES, MAX_HEADING_CHARS, MAX_LABEL_CHARS } from '../../../src/core/limits';
import { parseCell } from '../../../src/core/recognize/numbers';
import { matchRow, officialRows } from '../../../src/core/recognize/rows';
import { matchHeading } from '../../../src/core/recognize/sections';
import { lcsLength, likeness } from '../../../src/core/recognize/similarity';
import { classifyTable } from '../../../src/core/recognize/tables';
import {
  compactLength,
  findYears,
  labelMatches,
  normLabel,
  stripSpaces,
  trimSpaces,
} from '../../../src/core/recognize/text';
import { requestsRows } from '../../../src/core/format';
import type { DocCell, DocModel, DocParagraph, DocTable } from '../../../src/core/model';

const SPACES_1E5 = ' '.repeat(100_000);
/** The cell: "1", 100,000 spaces, "x". */
const HOSTILE = `1${SPACES_1E5}x`;
const MIXED_1E6 = '\u3000 \u00a0\t'.repeat(250_000);

function cell(text: string, row: number, index: number): DocCell {
  return {
    text,
    paragraphs: [{ text }],
    row,
    cell: index,
    col: index,
    colSpan: 1,
    rowSpan: 1,
  };
}

function table(rows: string[][], index: number): DocTable {
  const docRows = rows.map((r, ri) => ({
    cells: r.map((t, ci) => cell(t, ri, ci)),
    gridBefore: 0,
    gridAfter: 0,
  }));
  return {
    kind: 'table',
    index,
    rows: docRows,
    cols: Math.max(...rows.map((r) => r.length)),
    grid: docRows.map((r) => r.cells),
  };
}

function model(paragraphs: string[], tables: DocTable[]): DocModel {
  const ps: DocParagraph[] = paragraphs.map((text, index) => ({ kind: 'paragraph', index, text }));
  return { blocks: [...ps, ...tables], paragraphs: ps, tables };
}

describe('text routines are linear on 10^5–10^6 characters', () => {
  it('trimSpaces, stripSpaces, compactLength', () => {
    expect(trimSpaces(HOSTILE)).toBe(HOSTILE);
    expect(trimSpaces(`${MIXED_1E6}标题${MIXED_1E6}`)).toBe('标题');
    expect(trimSpaces(MIXED_1E6)).toBe('');
    expect(stripSpaces(HOSTILE)).toBe('1x');
    expect(compactLength(`${MIXED_1E6}一、总体情况${MIXED_1E6}`, 40)).toBe(6);
    // Stops counting once past the limit.
    expect(compactLength('字'.repeat(1_000_000), 40)).toBe(41);
  });

  it('normLabel and labelMatches', () => {
    expect(normLabel(HOSTILE)).toBe('1x');
    expect(normLabel(`（七）${MIXED_1E6}总计`)).toBe('(七)总计');
    expect(labelMatches(`（七）${MIXED_1E6}总计`, '（七）总计')).toBe(true);
    expect(labelMatches(HOSTILE, '（七）总计')).toBe(false);
  });

  it('findYears', () => {
    const text = `2020${SPACES_1E5}年`.repeat(5) + '2019'.repeat(100_000);
    expect(findYears(text).map((y) => y.year)).toEqual([2020, 2020, 2020, 2020, 2020]);
    expect(findYears('1'.repeat(1_000_000))).toEqual([]);
  });

  it('matchHeading: the issue cell, spaced headings, long lines', () => {
    expect(matchHeading(HOSTILE)).toBeNull();
    // Spaces around a heading are trimmed in one pass each way; inside, they make it too long.
    expect(matchHeading(`${SPACES_1E5}一、总体情况${SPACES_1E5}`)?.key).toBe('s1');
    expect(matchHeading(`一、总体${SPACES_1E5}情况`)).toBeNull();
    expect(matchHeading(`\u3000一、总体情况${'\u3000'.repeat(10)}`)).toEqual({
      key: 's1',
      numbering: '一、',
      title: '总体情况',
    });
    expect(matchHeading('一、总体情况'.repeat(200_000))).toBeNull();
    expect(matchHeading('一'.repeat(MAX_HEADING_CHARS + 1))).toBeNull();
  });

  it('parseLabel, matchRow and similarity refuse text longer than a label', () => {
    expect(parseLabel(`2.${'其他法律'.repeat(250_000)}`)).toBeNull();
    expect(parseLabel(`2.${SPACES_1E5}其他法律行政止公开`)).toBeNull();
    expect(parseLabel(`2.${' '.repeat(200)}其他法律行政止公开`)).toEqual({
      level: 'item',
      num: 2,
      words: '其他法律行政止公开',
    });
    expect(lcsLength('字'.repeat(MAX_LABEL_CHARS + 1), '字')).toBe(0);
    expect(likeness('a'.repeat(1_000_000), 'a')).toEqual({ containment: 0, dice: 0 });
    const rows = officialRows(requestsRows(2021));
    expect(
      matchRow('属于国家秘密'.repeat(200_000), rows, { group: 3, used: new Set() }),
    ).toBeNull();
    expect(matchRow(HOSTILE, rows, { group: 3, used: new Set() })).toBeNull();
  });

  it('parseCell', () => {
    expect(parseCell(HOSTILE)).toEqual({ kind: 'text', value: null });
    expect(parseCell(`${SPACES_1E5}3${SPACES_1E5}`)).toEqual({ kind: 'number', value: 3 });
    expect(parseCell(`${'9'.repeat(1_000_000)}x`, { money: true })).toEqual({
      kind: 'text',
      value: null,
    });
  });

  it('classifyTable and recognize() on a document of hostile cells and paragraphs', () => {
    const t = table(
      [
        [HOSTILE, HOSTILE, `二、主动公开政府信息情况${SPACES_1E5}x`],
        ['第二十条第（一）项', '信息内容', '规章'],
        [`2.${'其他法律行政止公开'.repeat(100_000)}`, MIXED_1E6, '规范性文件'],
      ],
      0,
    );
    expect(classifyTable(t)).toBe('active');
    const report = recognize(
      model(
        [
          `2020年政府信息公开工作年度报告`,
          `一、总体情况${SPACES_1E5}x`,
          `统计期限自2020${SPACES_1E5}年`.repeat(3),
          HOSTILE,
          `三、收到和处理政府信息公开申请情况${MIXED_1E6}。`,
        ],
        [t],
      ),
    );
    expect(report.year).toBe(2020);
    expect(report.sections.filter((s) => s.found).map((s) => s.key)).toEqual([]);
    expect(report.tables.active?.cells['regulations/made']).toBeUndefined();
    // The over-long label is quoted cut short, with the limit said.
    expect(report.tables.active?.extra).toEqual([
      `1x…（${LIMIT_MESSAGES.label}）`,
      `2.其他法律行政止公开其他法律行政止公开…（${LIMIT_MESSAGES.label}）`,
    ]);
  });
});
