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

/** The data cells each cell rule looks at, in table then row order. */
export interface DataCells {
  /** kind blank (cell-blank). */
  blank: readonly CellValue[];
  /** kind placeholder or text (cell-not-number). */
  notNumber: readonly CellValue[];
  /** A value below zero in a column that may not be negative (cell-negative). */
  negative: readonly CellValue[];
  /** A value that is not whole in a column of counts (cell-fraction). */
  fraction: readonly CellValue[];
  /** A non-zero number written without a unit in a money column (amount-unit reads the header). */
  moneyNoUnit: readonly DataCell[];
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
  cells: DataCells;
}

const read = new WeakMap<Report, DataCellsRead>();

function sources(report: Report): unknown[] {
  const { active, requests, appeals } = report.tables;
  return [active?.cells, active?.version, requests?.cells, appeals?.cells];
}

/**
 * The mapped cells of the three tables that some cell rule reports, sorted by rule, read once per
 * report: five rules would otherwise each walk every cell to find the few (most often none) they
 * report, and an object per cell would be made for them.
 */
export function dataCells(report: Report): DataCells {
  const from = sources(report);
  const known = read.get(report);
  if (known && known.from.every((x, i) => x === from[i])) return known.cells;
  const blank: CellValue[] = [];
  const notNumber: CellValue[] = [];
  const negative: CellValue[] = [];
  const fraction: CellValue[] = [];
  const moneyNoUnit: DataCell[] = [];
  for (const key of ['active', 'requests', 'appeals'] as const) {
    const table = report.tables[key];
    if (!table) continue;
    // Only 表二 has signed and money columns: 表三 and 表四 hold counts, and need no definition.
    const columns = key === 'active' ? new Map<string, ColumnDef>() : null;
    for (const cell of cellList(table)) {
      const kind = cell.kind;
      if (kind === 'blank') blank.push(cell);
      else if (kind === 'placeholder' || kind === 'text') notNumber.push(cell);
      const value = cell.value;
      if (value === null) continue;
      let column: ColumnDef | undefined;
      if (columns) {
        // Each column's definition looked up once per table.
        column = columns.get(cell.column);
        if (!column) columns.set(cell.column, (column = activeColumn(report, cell.column)));
      }
      if (value < 0 && !column?.signed) negative.push(cell);
      if (!Number.isInteger(value) && !column?.money) fraction.push(cell);
      if (column?.money && kind === 'number' && !cell.unit && value !== 0)
        moneyNoUnit.push({ cell, column });
    }
  }
  const cells: DataCells = { blank, notNumber, negative, fraction, moneyNoUnit };
  read.set(report, { from, cells });
  return cells;
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
