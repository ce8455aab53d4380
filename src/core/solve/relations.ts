// The sum relations (勾稽关系) of 表三 and 表四 as a system over the cells a report actually has.
// A relation is built only when every one of its cells is in the table: a missing row or column is
// table-layout's finding, not a sum's.

import {
  APPEALS_PARTS,
  APPEALS_ROWS,
  APPLICANT_COLUMNS,
  REQUESTS_COLUMNS,
  requestsRows,
  type FormatVersion,
} from '../format';
import type { CellKeyRef } from '../finding';
import { cellKey, cellList, type CellValue, type MappedTable, type Report } from '../report';
import type { Relation, System } from './system';

type Term = Relation['terms'][number];

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

export interface SumSystem {
  system: System;
  /** Each variable's cell as written. */
  cells: readonly CellValue[];
  /** Each variable's place. */
  refs: readonly CellKeyRef[];
  /** Whether each variable is a total (the 总计 column, the （七）总计 row): derived, so cheaper to
   * distrust than a part. */
  totals: readonly boolean[];
  relations: readonly SumRelation[];
  /** Every variable weighing 1: whether a correction is the only one of as few cells. */
  unitWeight: readonly number[];
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

/**
 * Each cell's variable by row and column: relations look up every cell of theirs and rules look up
 * cells by place, so rows are numbered as met and the table's official columns once (a number per
 * row and per column, then an array), instead of a map per row.
 */
class Grid {
  private readonly rows = new Map<string, number>();
  private readonly vars: number[] = [];
  /** Cells in a column that is not one of the table's official ones. */
  private readonly other = new Map<string, Map<string, number>>();
  constructor(private readonly columns: ReadonlyMap<string, number>) {}

  /** A row's number, or −1 when the table has no cell in it. */
  row(row: string): number {
    return this.rows.get(row) ?? -1;
  }

  /** The variable of a numbered row's official column, if the table has the cell. */
  at(row: number, column: number): number | undefined {
    return row < 0 ? undefined : this.vars[row * this.columns.size + column];
  }

  get(row: string, column: string): number | undefined {
    const c = this.columns.get(column);
    return c === undefined ? this.other.get(column)?.get(row) : this.at(this.row(row), c);
  }

  set(row: string, column: string, v: number): void {
    const c = this.columns.get(column);
    if (c === undefined) {
      let rows = this.other.get(column);
      if (!rows) this.other.set(column, (rows = new Map()));
      rows.set(row, v);
      return;
    }
    let r = this.rows.get(row);
    if (r === undefined) this.rows.set(row, (r = this.rows.size));
    this.vars[r * this.columns.size + c] = v;
  }
}

const indexOf = (keys: readonly string[]): ReadonlyMap<string, number> =>
  new Map(keys.map((k, i) => [k, i]));
const REQUESTS_COLUMN_KEYS = REQUESTS_COLUMNS.map((c) => c.key);
const REQUESTS_COLUMN = indexOf(REQUESTS_COLUMN_KEYS);
const APPEALS_COLUMN_KEYS = [...APPEALS_PARTS, 'total'];
const APPEALS_COLUMN = indexOf(APPEALS_COLUMN_KEYS);
const BALANCE_ROWS = ['new', 'carried', 'total', 'forward'];

/**
 * What the sums make of a layout (the places of its tables' cells in their order, and the
 * requests table's version and result rows): the same for every report that has it, so built
 * once per layout and only the written values read per report.
 */
interface Layout {
  version: FormatVersion | null;
  results: readonly string[] | null;
  /** How many of the variables are the requests table's (they come first). */
  requests: number;
  /** Each variable's row and column, to tell a report's layout by. */
  rows: readonly string[];
  columns: readonly string[];
  refs: readonly CellKeyRef[];
  totals: readonly boolean[];
  weight: readonly number[];
  unitWeight: readonly number[];
  relations: readonly SumRelation[];
  equations: readonly Relation[];
  at: (ref: CellAt) => number | undefined;
}

// A process meets few layouts (one per version, and the odd table with a row or column missing):
// the most recently built are kept, a bounded few.
const LAYOUTS_KEPT = 8;
const layouts: Layout[] = [];

const NO_CELLS: readonly CellValue[] = [];

function sameStrings(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function fits(
  layout: Layout,
  version: FormatVersion | null,
  results: readonly string[] | null,
  requests: readonly CellValue[],
  appeals: readonly CellValue[],
): boolean {
  if (
    layout.version !== version ||
    layout.requests !== requests.length ||
    layout.rows.length !== requests.length + appeals.length ||
    !sameStrings(layout.results, results)
  ) {
    return false;
  }
  const { rows, columns } = layout;
  for (let i = 0; i < requests.length; i++) {
    const c = requests[i] as CellValue;
    if (c.row !== rows[i] || c.column !== columns[i]) return false;
  }
  for (let i = 0, v = requests.length; i < appeals.length; i++, v++) {
    const c = appeals[i] as CellValue;
    if (c.row !== rows[v] || c.column !== columns[v]) return false;
  }
  return true;
}

export function buildSystem(report: Report): SumSystem {
  const requests = report.tables.requests;
  const appeals = report.tables.appeals;
  const requestCells = requests ? cellList(requests) : NO_CELLS;
  const appealCells = appeals ? cellList(appeals) : NO_CELLS;
  const version = requests ? (requests.version ?? 2019) : null;
  const results = requests ? resultRows(requests) : null;
  let layout: Layout | undefined;
  for (const known of layouts) {
    if (fits(known, version, results, requestCells, appealCells)) {
      layout = known;
      break;
    }
  }
  if (!layout) {
    layout = layoutOf(requests, appeals, version, results);
    if (layouts.length >= LAYOUTS_KEPT) layouts.shift();
    layouts.push(layout);
  }
  const cells: CellValue[] = [];
  const written: (number | null)[] = [];
  for (const c of requestCells) {
    cells.push(c);
    written.push(writtenCount(c));
  }
  for (const c of appealCells) {
    cells.push(c);
    written.push(writtenCount(c));
  }
  const system: System = {
    size: cells.length,
    written,
    weight: layout.weight,
    relations: layout.equations,
  };
  return {
    system,
    cells,
    refs: layout.refs,
    totals: layout.totals,
    relations: layout.relations,
    unitWeight: layout.unitWeight,
    at: layout.at,
  };
}

function layoutOf(
  requests: MappedTable | undefined,
  appeals: MappedTable | undefined,
  version: FormatVersion | null,
  results: readonly string[] | null,
): Layout {
  const rowsOf: string[] = [];
  const columnsOf: string[] = [];
  const refs: CellKeyRef[] = [];
  const totals: boolean[] = [];
  const weight: number[] = [];
  const relations: SumRelation[] = [];
  const equations: Relation[] = [];

  const grids: { requests?: Grid; appeals?: Grid } = {};
  const lookup = (r: CellAt): number | undefined =>
    r.table === 'requests'
      ? grids.requests?.get(r.row, r.column)
      : r.table === 'appeals'
        ? grids.appeals?.get(r.row, r.column)
        : undefined;
  const addTable = (
    table: 'requests' | 'appeals',
    t: MappedTable | undefined,
    columns: ReadonlyMap<string, number>,
  ): Grid | undefined => {
    if (!t) return undefined;
    const grid = new Grid(columns);
    for (const cell of cellList(t)) {
      // A cell mapped twice: the last one is the variable.
      grid.set(cell.row, cell.column, refs.length);
      const total = cell.column === 'total' || (table === 'requests' && cell.row === 'total');
      rowsOf.push(cell.row);
      columnsOf.push(cell.column);
      refs.push({ table, row: cell.row, column: cell.column });
      totals.push(total);
      weight.push(total ? WEIGHT_TOTAL : WEIGHT_PART);
    }
    return grid;
  };
  grids.requests = addTable('requests', requests, REQUESTS_COLUMN);
  const requestCount = refs.length;
  grids.appeals = addTable('appeals', appeals, APPEALS_COLUMN);

  const refOf = (v: number): CellKeyRef => refs[v] as CellKeyRef;
  /** A relation whose cells the table all has: total (if any) first, then the parts. */
  const add = (
    kind: RelationKind,
    table: 'requests' | 'appeals',
    line: string,
    vars: (number | undefined)[],
  ): void => {
    for (const v of vars) if (v === undefined) return;
    const vs = vars as number[];
    const terms: Term[] = new Array<Term>(vs.length);
    if (kind === 'balance') {
      relations.push({ kind, table, line, parts: vs.map(refOf) });
      // 一 + 二 − （七） − 四 = 0
      for (let i = 0; i < vs.length; i++) terms[i] = { v: vs[i] as number, coef: i < 2 ? 1 : -1 };
    } else {
      const parts: CellKeyRef[] = new Array<CellKeyRef>(vs.length - 1);
      for (let i = 1; i < vs.length; i++) parts[i - 1] = refOf(vs[i] as number);
      relations.push({ kind, table, line, total: refOf(vs[0] as number), parts });
      for (let i = 0; i < vs.length; i++) terms[i] = { v: vs[i] as number, coef: i === 0 ? 1 : -1 };
    }
    equations.push({ terms });
  };

  const req = grids.requests;
  if (requests && req && version !== null && results !== null) {
    const rows = requestsRows(version).map((r) => r.key);
    const allRows = [...new Set([...rows, ...results])];
    const total = REQUESTS_COLUMN.get('total') as number;
    const applicants = APPLICANT_COLUMNS.map((c) => REQUESTS_COLUMN.get(c) as number);
    // Each relation's cells listed by pushes: spreads and entries() iterate with a result object a step.
    for (const row of allRows) {
      const r = req.row(row);
      const vs = [req.at(r, total)];
      for (const c of applicants) vs.push(req.at(r, c));
      add('row', 'requests', row, vs);
    }
    const totalRow = req.row('total');
    const resultRowsAt = results.map((row) => req.row(row));
    for (let c = 0; c < REQUESTS_COLUMN_KEYS.length; c++) {
      const vs = [req.at(totalRow, c)];
      for (const r of resultRowsAt) vs.push(req.at(r, c));
      add('column', 'requests', REQUESTS_COLUMN_KEYS[c] as string, vs);
    }
    const balanceRowsAt = BALANCE_ROWS.map((row) => req.row(row));
    for (let c = 0; c < REQUESTS_COLUMN_KEYS.length; c++) {
      const col = REQUESTS_COLUMN_KEYS[c] as string;
      add(
        'balance',
        'requests',
        col,
        balanceRowsAt.map((r) => req.at(r, c)),
      );
    }
  }
  const app = grids.appeals;
  if (appeals && app) {
    const total = APPEALS_COLUMN.get('total') as number;
    const parts = APPEALS_PARTS.map((p) => APPEALS_COLUMN.get(p) as number);
    for (const g of APPEALS_ROWS) {
      const r = app.row(g.key);
      const vs = [app.at(r, total)];
      for (const c of parts) vs.push(app.at(r, c));
      add('appeals', 'appeals', g.key, vs);
    }
  }

  return {
    version,
    results,
    requests: requestCount,
    rows: rowsOf,
    columns: columnsOf,
    refs,
    totals,
    weight,
    unitWeight: weight.map(() => 1),
    relations,
    equations,
    at: lookup,
  };
}
