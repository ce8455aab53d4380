// planFixes / planMarks on a real report (seed-004.docx: 定海区经济和信息化局 2020): blank cells
// and blank totals, the heading "5、 存在的主要问题及改进情况", and no 六 — whose insertion goes after
// 五's last paragraph of content, above the agency's name and the date that close the report.

import { readFileSync } from 'fs';
import path from 'path';
import { check } from '../../src/core/check';
import type { Finding } from '../../src/core/finding';
import { planFixes, planMarks } from '../../src/core/fix';
import type { Edit } from '../../src/core/plan';
import { cellKey, type Report } from '../../src/core/report';
import { readDocx } from '../../src/hosts/docx/read';
import { FIXTURES_DIR } from '../fixtures/fixtures';

let report: Report;
let findings: Finding[];

beforeAll(async () => {
  const { model } = await readDocx(readFileSync(path.join(FIXTURES_DIR, 'seed-004.docx')));
  ({ report, findings } = check(model));
});

const paragraphIndex = (text: string): number => {
  const p = report.model.paragraphs.find((x) => x.text.trim() === text);
  if (!p) throw new Error(`no paragraph “${text}”`);
  return p.index;
};

describe('planFixes on seed-004', () => {
  it('one set-cell edit per flagged cell, at the cell’s resolved address, with the fix’s value', () => {
    const plan = planFixes(report, findings);
    const cellEdits = plan.edits.filter(
      (e): e is Extract<Edit, { kind: 'set-cell' }> => e.kind === 'set-cell',
    );
    const cellFixes = findings.flatMap((f) => (f.fix?.kind === 'set-cell' ? [f.fix] : []));
    // 23 blank row totals, the blank 自然人 （七）总计, and 145 blank cells.
    expect(cellFixes).toHaveLength(169);
    expect(cellEdits).toHaveLength(cellFixes.length);
    const addrs = new Set(cellEdits.map((e) => `${e.addr.table}:${e.addr.row}:${e.addr.cell}`));
    expect(addrs.size).toBe(cellEdits.length);
    for (const fix of cellFixes) {
      const cell = report.tables[fix.table]?.cells[cellKey(fix.row, fix.column)];
      expect(cell).toBeDefined();
      const edit = cellEdits.find(
        (e) => e.ref.table === fix.table && e.ref.row === fix.row && e.ref.column === fix.column,
      );
      expect(edit).toEqual({
        kind: 'set-cell',
        addr: cell?.addr,
        value: fix.value,
        ref: { table: fix.table, row: fix.row, column: fix.column },
      });
    }
  });

  it('the computed totals and the zeros', () => {
    const edits = planFixes(report, findings).edits;
    const valueAt = (
      table: 'requests' | 'appeals',
      row: string,
      column: string,
    ): string | undefined => {
      const e = edits.find(
        (x) =>
          x.kind === 'set-cell' &&
          x.ref.table === table &&
          x.ref.row === row &&
          x.ref.column === column,
      );
      return e?.kind === 'set-cell' ? e.value : undefined;
    };
    expect(valueAt('requests', 'new', 'total')).toBe('1');
    expect(valueAt('requests', 'total', 'natural')).toBe('1');
    expect(valueAt('requests', 'forward', 'total')).toBe('0');
    expect(valueAt('requests', 'new', 'commercial')).toBe('0');
    expect(valueAt('appeals', 'review', 'upheld')).toBe('0');
    // The table's own 1 is kept.
    expect(valueAt('requests', 'new', 'natural')).toBeUndefined();
  });

  it('renames "5、" to the official heading, at its paragraph', () => {
    const renames = planFixes(report, findings).edits.filter((e) => e.kind === 'rename-heading');
    expect(renames).toEqual([
      {
        kind: 'rename-heading',
        section: 's5',
        paragraph: paragraphIndex('5、 存在的主要问题及改进情况'),
        text: '五、存在的主要问题及改进情况',
      },
    ]);
  });

  it('inserts 六 (2019 template) after 五’s last content paragraph, above signature and date', () => {
    const edits = planFixes(report, findings).edits;
    const inserts = edits.filter((e) => e.kind === 'insert-section' || e.kind === 'insert-table');
    expect(inserts).toHaveLength(1);
    const insert = inserts[0];
    expect(insert).toMatchObject({
      kind: 'insert-section',
      section: 's6',
      version: 2019,
    });
    if (insert?.kind !== 'insert-section') throw new Error('not an insert-section');
    expect(insert.anchor).toEqual({ position: 'after', paragraph: 28 });
    if (!('paragraph' in insert.anchor)) throw new Error('not a paragraph anchor');
    const after = report.model.paragraphs[insert.anchor.paragraph]?.text.trim() ?? '';
    expect(after.startsWith('下一步，我局将进一步加强对政务公开工作的组织领导')).toBe(true);
    expect(insert.anchor.paragraph).toBeGreaterThan(paragraphIndex('5、 存在的主要问题及改进情况'));
    expect(insert.anchor.paragraph).toBeLessThan(paragraphIndex('舟山市定海区经济和信息化局'));
    expect(insert.anchor.paragraph).toBeLessThan(paragraphIndex('2021年1月8日'));
    // Inserts come last, after every cell and heading edit.
    expect(edits[edits.length - 1]).toBe(insert);
  });

  it('a cell flagged twice (a culprit’s row-total and column-total) is edited once', () => {
    const culprit = { table: 'requests' as const, row: 'granted', column: 'natural' };
    const fix = { kind: 'set-cell' as const, safe: true, ...culprit, value: '7' };
    const base = { severity: 'error' as const, message: '', section: 's3' as const, culprit, fix };
    const plan = planFixes(report, [
      { ...base, rule: 'row-total' },
      { ...base, rule: 'column-total' },
    ]);
    expect(plan.edits).toEqual([
      {
        kind: 'set-cell',
        addr: report.tables.requests?.cells[cellKey('granted', 'natural')]?.addr,
        value: '7',
        ref: culprit,
      },
    ]);
  });
});

describe('planMarks on seed-004', () => {
  it('one mark per flagged cell, at the resolved address, plus the renumbered heading', () => {
    const marks = planMarks(report, findings);
    const cellMarks = marks.filter((m) => m.cell);
    const flagged = new Set(
      findings
        .filter((f) => f.table && f.row && f.column)
        .map((f) => `${f.table}/${f.row}/${f.column}`),
    );
    expect(flagged.size).toBe(169);
    expect(cellMarks).toHaveLength(flagged.size);
    const addrs = new Set(cellMarks.map((m) => `${m.cell?.table}:${m.cell?.row}:${m.cell?.cell}`));
    expect(addrs.size).toBe(cellMarks.length);
    for (const key of flagged) {
      const [table, row, column] = key.split('/') as [
        'requests' | 'appeals' | 'active',
        string,
        string,
      ];
      const addr = report.tables[table]?.cells[cellKey(row, column)]?.addr;
      expect(cellMarks.some((m) => JSON.stringify(m.cell) === JSON.stringify(addr))).toBe(true);
    }
    expect(marks.filter((m) => m.paragraph !== undefined)).toEqual([
      expect.objectContaining({
        rule: 'section-numbering',
        severity: 'error',
        paragraph: paragraphIndex('5、 存在的主要问题及改进情况'),
      }),
    ]);
    // section-missing has no place in the document to mark.
    expect(marks).toHaveLength(cellMarks.length + 1);
  });

  it('an error outranks a warning on the same cell', () => {
    const cell = { table: 'requests' as const, row: 'new', column: 'natural' };
    const marks = planMarks(report, [
      { rule: 'carryover-mismatch', severity: 'warning', message: 'w', section: 's3', ...cell },
      { rule: 'cell-negative', severity: 'error', message: 'e', section: 's3', ...cell },
    ]);
    expect(marks).toEqual([
      {
        rule: 'cell-negative',
        severity: 'error',
        message: 'e',
        cell: report.tables.requests?.cells[cellKey('new', 'natural')]?.addr,
      },
    ]);
  });
});
