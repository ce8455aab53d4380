// The sum relations (勾稽关系) of 表三 and 表四 as a system over the cells a report actually has.
// A relation is built only when every one of its cells is in the table: a missing row or column is
// table-layout's finding, not a sum's.

import {
  APPEALS_PARTS,
  APPEALS_ROWS,
  APPLICANT_COLUMNS,
  REQUESTS_COLUMNS,
  requestsRows,
} from '../format';
import type { CellKeyRef } from '../finding';
import { cellKey, type CellValue, type MappedTable, type Report } from '../report';
import type { Relation, System } from './system';

export type RelationKind = 'row' | 'column' | 'balance' | 'appeals';

export interface SumRelation {
  kind: RelationKind;
  table: 'requests' | 'appeals';
  /** The row (row, appeals) or column (column, balance) the relation runs along. */
  line: string;
  /** The cell that states the sum; balance has none (一 + 二 = （七） + 四). */
  total?: CellKeyRef;
  /** The cells added up to the total (balance: 一 and 二 on one side, （七） and 四 on the other). */
  parts: CellKeyRef[];
}

export interface SumCell {
  ref: CellKeyRef;
  cell: CellValue;
  /** A total (the 总计 column, the （七）总计 row): derived, so cheaper to distrust than a part. */
  total: boolean;
}

export interface SumSystem {
  system: System;
  cells: SumCell[];
  relations: SumRelation[];
  /** The variable of a cell, if the system has it. */
  at: (ref: CellAt) => number | undefined;
}

/** A cell's place, as a CellKeyRef or any table's name. */
export interface CellAt {
  table: string;
  row: string;
  column: string;
}

/** Weights of error localisation: one wrong part costs more than one wrong total, less than two totals. */
const WEIGHT_TOTAL = 2;
const WEIGHT_PART = 3;

export const refKey = (r: CellKeyRef): string => `${r.table}/${r.row}/${r.column}`;

/** A valid count: a whole number, not negative. Anything else is unknown to the sums. */
export function writtenCount(c: CellValue): number | null {
  return c.kind === 'number' && c.value !== null && Number.isInteger(c.value) && c.value >= 0
    ? c.value
    : null;
}

/** The result rows whose sum is （七）总计: a 2021 table written with one （六） row uses that row. */
export function resultRows(t: MappedTable): string[] {
  const defs = requestsRows(t.version ?? 2019).filter((r) => r.result);
  const has = (row: string): boolean =>
    REQUESTS_COLUMNS.some((c) => !!t.cells[cellKey(row, c.key)]);
  const keys = defs.map((d) => d.key);
  const others = keys.filter((k) => k.startsWith('other.'));
  if (others.length > 0 && !others.some(has) && has('other')) {
    return [...keys.filter((k) => !k.startsWith('other.')), 'other'];
  }
  return keys;
}

export function buildSystem(report: Report): SumSystem {
  const cells: SumCell[] = [];
  const relations: SumRelation[] = [];

  // Each cell's variable by table, row and column: every cell of every relation is looked up, and
  // building a key string for each lookup was most of this function's time.
  const byRef = new Map<string, Map<string, Map<string, number>>>();
  const lookup = (r: CellAt): number | undefined => byRef.get(r.table)?.get(r.row)?.get(r.column);
  const addTable = (table: 'requests' | 'appeals', t: MappedTable | undefined): void => {
    if (!t) return;
    const rows = new Map<string, Map<string, number>>();
    byRef.set(table, rows);
    for (const cell of Object.values(t.cells)) {
      const ref: CellKeyRef = { table, row: cell.row, column: cell.column };
      let columns = rows.get(cell.row);
      if (!columns) rows.set(cell.row, (columns = new Map()));
      // A cell mapped twice: the last one is the variable.
      columns.set(cell.column, cells.length);
      cells.push({
        ref,
        cell,
        total: cell.column === 'total' || (table === 'requests' && cell.row === 'total'),
      });
    }
  };
  const requests = report.tables.requests;
  const appeals = report.tables.appeals;
  addTable('requests', requests);
  addTable('appeals', appeals);

  const ref = (table: 'requests' | 'appeals', row: string, column: string): CellKeyRef => ({
    table,
    row,
    column,
  });
  const present = (r: CellKeyRef): boolean => lookup(r) !== undefined;
  const add = (rel: SumRelation): void => {
    if ((rel.total ? [rel.total, ...rel.parts] : rel.parts).every(present)) relations.push(rel);
  };

  if (requests) {
    const rows = requestsRows(requests.version ?? 2019).map((r) => r.key);
    const results = resultRows(requests);
    const allRows = [...new Set([...rows, ...results])];
    for (const row of allRows) {
      add({
        kind: 'row',
        table: 'requests',
        line: row,
        total: ref('requests', row, 'total'),
        parts: APPLICANT_COLUMNS.map((c) => ref('requests', row, c)),
      });
    }
    for (const col of REQUESTS_COLUMNS.map((c) => c.key)) {
      add({
        kind: 'column',
        table: 'requests',
        line: col,
        total: ref('requests', 'total', col),
        parts: results.map((r) => ref('requests', r, col)),
      });
    }
    for (const col of REQUESTS_COLUMNS.map((c) => c.key)) {
      add({
        kind: 'balance',
        table: 'requests',
        line: col,
        parts: ['new', 'carried', 'total', 'forward'].map((r) => ref('requests', r, col)),
      });
    }
  }
  if (appeals) {
    for (const g of APPEALS_ROWS) {
      add({
        kind: 'appeals',
        table: 'appeals',
        line: g.key,
        total: ref('appeals', g.key, 'total'),
        parts: APPEALS_PARTS.map((p) => ref('appeals', g.key, p)),
      });
    }
  }

  const v = (r: CellKeyRef): number => lookup(r) as number;
  const system: System = {
    size: cells.length,
    written: cells.map((c) => writtenCount(c.cell)),
    weight: cells.map((c) => (c.total ? WEIGHT_TOTAL : WEIGHT_PART)),
    relations: relations.map((rel): Relation =>
      rel.kind === 'balance'
        ? {
            // 一 + 二 − （七） − 四 = 0
            terms: rel.parts.map((p, i) => ({ v: v(p), coef: i < 2 ? 1 : -1 })),
          }
        : {
            terms: [
              { v: v(rel.total as CellKeyRef), coef: 1 },
              ...rel.parts.map((p) => ({ v: v(p), coef: -1 as const })),
            ],
          },
    ),
  };
  return { system, cells, relations, at: lookup };
}
