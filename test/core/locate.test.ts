// locate(): where a finding points, the one answer for 定位 in every host. A `balance` finding names
// no cell of its own, only the cells of the relation: it points at them (Word went to the section's
// heading and the checker to the cells before there was one answer).
import { readFileSync } from 'fs';
import * as path from 'path';
import { check } from '../../src/core/check';
import type { Finding } from '../../src/core/finding';
import { locate, markedCells, namedCell } from '../../src/core/locate';
import type { Report } from '../../src/core/report';
import { readDocx } from '../../src/hosts/docx/read';
import { FIXTURES_DIR } from '../fixtures/fixtures';

async function checked(name: string): Promise<{ report: Report; findings: Finding[] }> {
  const { model } = await readDocx(readFileSync(path.join(FIXTURES_DIR, name)));
  return check(model);
}

describe('locate', () => {
  it('points a balance finding at the cells of its relation, in the order it names them', async () => {
    const { report, findings } = await checked('error-balance.docx');
    const [balance] = findings.filter((f) => f.rule === 'balance');
    expect(balance).toMatchObject({ table: 'requests', column: 'natural' });
    expect(balance?.row).toBeUndefined();
    const at = (row: number, cell: number): object => ({ table: 1, row, cell });
    expect(locate(report, balance as Finding)).toEqual({
      cells: [at(3, 1), at(3, 7), at(4, 1), at(4, 7), at(25, 1), at(25, 7)],
    });
    expect(markedCells(balance as Finding)).toEqual(balance?.related);
    expect(namedCell(balance as Finding)).toBeUndefined();
  });

  it('points a heading finding at its paragraph', async () => {
    const { report, findings } = await checked('error-section-title.docx');
    const [title] = findings.filter((f) => f.rule === 'section-title');
    expect(locate(report, title as Finding)).toEqual({ cells: [], paragraph: 6 });
  });

  it('puts the culprit first, then the own cell, then related ones, each cell once', async () => {
    const { report } = await checked('clean-2021.docx');
    const cell = (row: string, column: string) => ({ table: 'requests' as const, row, column });
    const f: Finding = {
      rule: 'row-total',
      severity: 'error',
      message: '',
      section: 's3',
      ...cell('new', 'total'),
      culprit: cell('new', 'natural'),
      related: [cell('new', 'total'), cell('new', 'legal')],
    };
    const addr = (row: string, column: string) =>
      report.tables.requests?.cells[`${row}/${column}`]?.addr;
    expect(locate(report, f)).toEqual({
      cells: [addr('new', 'natural'), addr('new', 'total'), addr('new', 'legal')],
    });
    expect(markedCells(f)).toEqual([cell('new', 'natural')]);
    expect(namedCell(f)).toEqual(cell('new', 'natural'));
  });

  it('points a finding about a whole table without a heading at the table’s first cell', async () => {
    const { report } = await checked('clean-2021.docx');
    const f: Finding = {
      rule: 'table-layout',
      severity: 'error',
      message: '',
      section: 's3',
      table: 'requests',
    };
    const table = report.tables.requests?.tables[0];
    expect(table).toBe(1);
    expect(locate({ ...report, sections: [] }, f)).toEqual({ cells: [{ table, row: 0, cell: 0 }] });
    expect(locate({ ...report, sections: [], tables: {} }, f)).toEqual({ cells: [] });
  });
});
