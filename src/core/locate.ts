// Where a finding points in the document: the one answer for 定位 in Word and the checker, the
// marks, and the place the command line names. A finding names cells by canonical keys (its
// culprit, its own cell, related cells) and may name a paragraph; here they become addresses.

import type { CellKeyRef, Finding } from './finding';
import type { CellAddress } from './model';
import { cellKey, type Report } from './report';

/** Where a finding points: cells most specific first, and the paragraph of a prose finding. */
export interface Location {
  cells: CellAddress[];
  paragraph?: number;
}

export function cellAddress(report: Report, ref: CellKeyRef): CellAddress | undefined {
  return report.tables[ref.table]?.cells[cellKey(ref.row, ref.column)]?.addr;
}

/**
 * A cell address as one string ("table:row:cell"), for maps and the preview's data-addr; a nested
 * table's cell spells its path ("0>0:0:1>2:3" = table 0, its cell (0, 0), the second table in
 * that cell, then row 2 cell 3 there), so that it never collides with the layout cell holding it.
 */
export function addrKey(a: CellAddress): string {
  if (!a.path || a.path.length === 0) return `${a.table}:${a.row}:${a.cell}`;
  const steps = a.path.map((s) => `${s.row}:${s.cell}:${s.table}`).join('>');
  return `${a.table}>${steps}>${a.row}:${a.cell}`;
}

function ownCell(f: Finding): CellKeyRef | undefined {
  return f.table && f.row && f.column
    ? { table: f.table, row: f.row, column: f.column }
    : undefined;
}

/** Every cell a finding concerns, most specific first: the culprit, its own cell, related cells. */
export function findingRefs(f: Finding): CellKeyRef[] {
  const own = ownCell(f);
  return [...(f.culprit ? [f.culprit] : []), ...(own ? [own] : []), ...(f.related ?? [])];
}

/**
 * The cells a finding marks: its culprit alone when it has one (the cell that explains it), else
 * its own cell, else the cells it relates (the four of a `balance`).
 */
export function markedCells(f: Finding): CellKeyRef[] {
  if (f.culprit) return [f.culprit];
  const own = ownCell(f);
  if (own) return [own];
  return f.related ?? [];
}

/**
 * Where 定位 goes: every cell the finding concerns that the report can address, most specific
 * first, with a prose finding's paragraph; a finding of a whole section points at its heading, one
 * of a whole table (its layout) at the table's first cell.
 */
export function locate(report: Report, f: Finding): Location {
  const cells: CellAddress[] = [];
  const seen = new Set<string>();
  for (const ref of findingRefs(f)) {
    const addr = cellAddress(report, ref);
    if (addr && !seen.has(addrKey(addr))) {
      seen.add(addrKey(addr));
      cells.push(addr);
    }
  }
  if (f.paragraph !== undefined) return { cells, paragraph: f.paragraph };
  if (cells.length > 0) return { cells };
  const section = report.sections.find((s) => s.key === f.section);
  if (section?.cell) return { cells: [section.cell] };
  if (section?.paragraph !== undefined) return { cells: [], paragraph: section.paragraph };
  const table = f.table ? report.tables[f.table]?.tables[0] : undefined;
  if (table !== undefined) return { cells: [{ table, row: 0, cell: 0 }] };
  return { cells: [] };
}

/** The place the command line names: the culprit or the finding's own cell, else nothing. */
export function namedCell(f: Finding): CellKeyRef | undefined {
  return f.culprit ?? ownCell(f);
}
