// Walking the data cells of the mapped tables, with what each column allows.

import { activeBlocks, oldestVersion, type ColumnDef } from '../format';
import type { FindingBody } from '../finding';
import { cellList, type CellValue, type Report } from '../report';
import { formatNumber } from '../recognize/numbers';
import type { Solution } from '../solve';
import { sectionOfTable } from '../format';
import { cellName } from '../format/labels';

export interface DataCell {
  cell: CellValue;
  column: ColumnDef;
}

function activeColumn(report: Report, key: string): ColumnDef {
  const blocks = activeBlocks(report.tables.active?.version ?? oldestVersion());
  for (const b of blocks) {
    const c = b.columns.find((col) => col.key === key);
    if (c) return c;
  }
  return { key, label: key };
}

interface DataCellsRead {
  /** What they were read from: a report changed since (a test's edit) is read again. */
  from: readonly unknown[];
  cells: readonly DataCell[];
}

const read = new WeakMap<Report, DataCellsRead>();

function sources(report: Report): unknown[] {
  const { active, requests, appeals } = report.tables;
  return [active?.cells, active?.version, requests?.cells, appeals?.cells];
}

/** Every mapped cell of the three tables, in table then row order (read once per report: five
 * cell rules walk them). */
export function dataCells(report: Report): readonly DataCell[] {
  const from = sources(report);
  const known = read.get(report);
  if (known && known.from.every((x, i) => x === from[i])) return known.cells;
  const out: DataCell[] = [];
  // Each column's definition looked up once per table, not once per cell.
  const columns = new Map<string, ColumnDef>();
  for (const key of ['active', 'requests', 'appeals'] as const) {
    const table = report.tables[key];
    if (!table) continue;
    columns.clear();
    for (const cell of cellList(table)) {
      let column = columns.get(cell.column);
      if (!column) {
        column =
          key === 'active'
            ? activeColumn(report, cell.column)
            : { key: cell.column, label: cell.column };
        columns.set(cell.column, column);
      }
      out.push({ cell, column });
    }
  }
  read.set(report, { from, cells: out });
  return out;
}

/** The finding fields that place a finding on a cell. */
export function at(
  report: Report,
  cell: CellValue,
): Pick<FindingBody, 'section' | 'table' | 'row' | 'column'> {
  return {
    section: sectionOfTable(cell.table),
    table: cell.table,
    row: cell.row,
    column: cell.column,
  };
}

export function where(report: Report, cell: CellValue): string {
  return cellName(cell.table, cell.row, cell.column, report.tables.active?.version);
}

/**
 * What a blank or invalid cell should hold, from the solving stage: the value the table
 * determines (a safe fix), 0 where nothing determines it and 0 breaks no relation (a suggestion,
 * or safe when the cell's own text means zero: "无", "—"), or nothing at all.
 */
export function unknownCellFix(
  solution: Solution,
  cell: CellValue,
): Pick<FindingBody, 'expected' | 'fix'> & { determined: boolean } {
  const ref = { table: cell.table, row: cell.row, column: cell.column };
  const solved = cell.table === 'active' ? undefined : solution.cell(ref);
  const state = solved?.state ?? 'presumed';
  if (state === 'determined' && solved?.value !== null && solved?.value !== undefined) {
    const value = formatNumber(solved.value);
    return {
      determined: true,
      expected: value,
      fix: { kind: 'set-cell', safe: true, ...ref, value },
    };
  }
  if (state === 'presumed' && cell.kind !== 'text' && cell.kind !== 'number') {
    const value = formatNumber(solved?.value ?? 0);
    // "无" and "—" say zero themselves: writing the digit changes the form, not the figure.
    const safe = cell.kind === 'placeholder' && value === '0';
    return { determined: false, expected: value, fix: { kind: 'set-cell', safe, ...ref, value } };
  }
  return { determined: false };
}
