// Walking the data cells of the mapped tables, with what each column allows.

import { activeBlocks, type ColumnDef } from '../format';
import type { Finding } from '../finding';
import type { CellValue, Report } from '../report';
import { sectionOfTable } from '../format';
import { cellName } from './names';

export interface DataCell {
  cell: CellValue;
  column: ColumnDef;
}

function activeColumn(report: Report, key: string): ColumnDef {
  const blocks = activeBlocks(report.tables.active?.version ?? 2019);
  for (const b of blocks) {
    const c = b.columns.find((col) => col.key === key);
    if (c) return c;
  }
  return { key, label: key };
}

/** Every mapped cell of the three tables, in table then row order. */
export function dataCells(report: Report): DataCell[] {
  const out: DataCell[] = [];
  for (const key of ['active', 'requests', 'appeals'] as const) {
    const table = report.tables[key];
    if (!table) continue;
    for (const cell of Object.values(table.cells)) {
      const column: ColumnDef =
        key === 'active'
          ? activeColumn(report, cell.column)
          : { key: cell.column, label: cell.column };
      out.push({ cell, column });
    }
  }
  return out;
}

/** The finding fields that place a finding on a cell. */
export function at(
  report: Report,
  cell: CellValue,
): Pick<Finding, 'section' | 'table' | 'row' | 'column'> {
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
