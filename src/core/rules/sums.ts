// The sum relations of `requests` and `appeals` (勾稽关系), solved together so that one error gives
// one finding: a wrong data cell that breaks a row sum and a column sum is named as the culprit;
// blank or wrong totals are replaced by their computed values before the next relation is checked;
// and the prose rules compare against the corrected values.

import {
  APPEALS_PARTS,
  APPEALS_ROWS,
  APPLICANT_COLUMNS,
  requestsRows,
  type RowDef,
} from '../format';
import type { CellKeyRef, Finding } from '../finding';
import { formatNumber } from '../recognize/numbers';
import { cellKey, type CellValue, type MappedTable, type Report } from '../report';
import { cellName, columnName, rowName } from './names';

export interface Sums {
  /** A requests/appeals cell's value after corrections (blank and non-numeric count as 0). */
  value(table: 'requests' | 'appeals', row: string, column: string): number;
  /** Findings of row-total, column-total, balance and appeals-total, in that order. */
  findings: Finding[];
  /** `table/row/column` of the cells these findings speak for: the cell rules stay silent on them. */
  owned: Set<string>;
}

type Grid = Map<string, number>;

const own = (table: string, row: string, column: string): string => `${table}/${row}/${column}`;

function raw(t: MappedTable | undefined, row: string, column: string): CellValue | undefined {
  return t?.cells[cellKey(row, column)];
}

function num(c: CellValue | undefined): number {
  return c && c.kind === 'number' && c.value !== null ? c.value : 0;
}

/** A total that is written as a number (not blank, not a placeholder) can be compared. */
function written(c: CellValue | undefined): c is CellValue & { value: number } {
  return !!c && c.kind === 'number' && c.value !== null;
}

function shown(c: CellValue | undefined): string {
  return c ? c.text.trim() : '';
}

export function computeSums(report: Report): Sums {
  const findings: Finding[] = [];
  const owned = new Set<string>();
  const values: Grid = new Map();
  const requests = report.tables.requests;
  const appeals = report.tables.appeals;

  if (requests) solveRequests(requests, values, findings, owned);
  if (appeals) solveAppeals(appeals, values, findings, owned);

  return {
    value(table, row, column) {
      const v = values.get(own(table, row, column));
      if (v !== undefined) return v;
      return num(raw(table === 'requests' ? requests : appeals, row, column));
    },
    findings,
    owned,
  };
}

// ------------------------------------------------------------------ requests

function solveRequests(
  t: MappedTable,
  values: Grid,
  findings: Finding[],
  owned: Set<string>,
): void {
  const rows: readonly RowDef[] = requestsRows(t.version ?? 2019);
  const results = rows.filter((r) => r.result).map((r) => r.key);
  const cols = APPLICANT_COLUMNS;
  const get = (row: string, col: string): number =>
    values.get(own('requests', row, col)) ?? num(raw(t, row, col));
  const set = (row: string, col: string, v: number): void => {
    values.set(own('requests', row, col), v);
  };
  const ref = (row: string, column: string): CellKeyRef => ({ table: 'requests', row, column });
  // Only rows and columns the table has are checked: a missing row is table-layout's finding.
  const has = (row: string, col: string): boolean => !!raw(t, row, col);

  // 1. Culprits: a data cell whose error explains a failing row sum and a failing column relation.
  const rowResidual = new Map<string, number>();
  for (const r of rows) {
    const total = raw(t, r.key, 'total');
    if (!written(total) || !cols.every((c) => has(r.key, c))) continue;
    const d = cols.reduce((s, c) => s + get(r.key, c), 0) - total.value;
    if (d !== 0) rowResidual.set(r.key, d);
  }
  const colResidual = new Map<string, number>();
  const balResidual = new Map<string, number>();
  for (const c of cols) {
    const total = raw(t, 'total', c);
    if (written(total) && results.every((r) => has(r, c))) {
      const d = results.reduce((s, r) => s + get(r, c), 0) - total.value;
      if (d !== 0) colResidual.set(c, d);
    }
    if (written(total) && ['new', 'carried', 'forward'].every((r) => has(r, c))) {
      const b = get('new', c) + get('carried', c) - total.value - get('forward', c);
      if (b !== 0) balResidual.set(c, b);
    }
  }
  // Each candidate: the cell, and the value that would satisfy both relations.
  const candidates: { row: string; col: string; via: 'column' | 'balance'; fixed: number }[] = [];
  for (const [row, d] of rowResidual) {
    for (const c of cols) {
      const cell = raw(t, row, c);
      const current = num(cell);
      if (results.includes(row) && colResidual.get(c) === d) {
        candidates.push({ row, col: c, via: 'column', fixed: current - d });
      } else if ((row === 'new' || row === 'carried') && balResidual.get(c) === d) {
        candidates.push({ row, col: c, via: 'balance', fixed: current - d });
      } else if (row === 'forward' && balResidual.get(c) === -d) {
        candidates.push({ row, col: c, via: 'balance', fixed: current - d });
      }
    }
  }
  const unique = candidates.filter(
    (x) =>
      x.fixed >= 0 &&
      candidates.filter((y) => y.row === x.row).length === 1 &&
      candidates.filter((y) => y.col === x.col && y.via === x.via).length === 1,
  );
  for (const x of unique) {
    const cell = raw(t, x.row, x.col);
    const culprit = ref(x.row, x.col);
    const fix = { kind: 'set-cell' as const, ...culprit, value: formatNumber(x.fixed) };
    const where = `“${cellName('requests', x.row, x.col)}”`;
    const rowTotal = raw(t, x.row, 'total');
    // Both findings stand on the culprit cell and carry its fix.
    const at = {
      section: 's3' as const,
      table: 'requests' as const,
      row: x.row,
      column: x.col,
      expected: formatNumber(x.fixed),
      actual: shown(cell),
      culprit,
    };
    findings.push({
      rule: 'row-total',
      severity: 'error',
      message: `“${rowName('requests', x.row)}”行各类申请人之和与总计 ${shown(rowTotal)} 不符，且与“${columnName('requests', x.col)}”列的${x.via === 'column' ? '（七）总计' : '一+二=（七）+四 关系'}同时不符：问题出在交叉单元格${where}，应为 ${formatNumber(x.fixed)}，表中为 ${shown(cell) || '空白'}`,
      ...at,
      fix,
    });
    findings.push({
      rule: x.via === 'column' ? 'column-total' : 'balance',
      severity: 'error',
      message:
        x.via === 'column'
          ? `“${columnName('requests', x.col)}”列的（七）总计与各办理结果之和不符：问题出在交叉单元格${where}，应为 ${formatNumber(x.fixed)}`
          : `“${columnName('requests', x.col)}”列不满足“一+二=（七）+四”：问题出在交叉单元格${where}，应为 ${formatNumber(x.fixed)}`,
      ...at,
      ...(x.via === 'balance'
        ? { related: ['new', 'carried', 'total', 'forward'].map((r) => ref(r, x.col)) }
        : {}),
      fix,
    });
    set(x.row, x.col, x.fixed);
    owned.add(own('requests', x.row, x.col));
  }

  // 2. Totals in order: （七）总计 per applicant column, then each row's 总计, each using corrected values.
  const totalFinding = (
    rule: 'row-total' | 'column-total',
    row: string,
    col: string,
    computed: number,
  ): void => {
    const cell = raw(t, row, col);
    if (!cell) return;
    const ok = written(cell) && cell.value === computed;
    set(row, col, computed);
    if (ok) return;
    // The 总计 column is always a total. A blank （七）总计 cell of an applicant column that should be
    // 0 reads as an ordinary blank cell (cell-blank, fix "0"), as reviewers count it.
    if (rule === 'column-total' && col !== 'total' && !written(cell) && computed === 0) return;
    owned.add(own('requests', row, col));
    const what = written(cell)
      ? `表中为 ${shown(cell)}`
      : cell.kind === 'blank'
        ? '表中为空白'
        : `表中为“${shown(cell)}”`;
    findings.push({
      rule,
      severity: 'error',
      message:
        rule === 'row-total'
          ? `“${rowName('requests', row)}”行的总计应为 ${computed}（各类申请人之和），${what}`
          : `“${columnName('requests', col)}”列的（七）总计应为 ${computed}（各办理结果之和），${what}`,
      section: 's3',
      table: 'requests',
      row,
      column: col,
      expected: formatNumber(computed),
      actual: shown(cell),
      culprit: ref(row, col),
      fix: { kind: 'set-cell', ...ref(row, col), value: formatNumber(computed) },
    });
  };
  for (const c of cols) {
    if (!has('total', c) || !results.every((r) => has(r, c))) continue;
    if (owned.has(own('requests', 'total', c))) continue;
    totalFinding(
      'column-total',
      'total',
      c,
      results.reduce((s, r) => s + get(r, c), 0),
    );
  }
  for (const r of rows) {
    if (!has(r.key, 'total') || !cols.every((c) => has(r.key, c))) continue;
    if (findings.some((f) => f.rule === 'row-total' && f.row === r.key)) continue;
    totalFinding(
      'row-total',
      r.key,
      'total',
      cols.reduce((s, c) => s + get(r.key, c), 0),
    );
  }
  // The 总计 column's own （七）总计 follows from the two steps above, unless a row was missing.
  if (has('total', 'total') && results.every((r) => has(r, 'total'))) {
    const computed = results.reduce((s, r) => s + get(r, 'total'), 0);
    if (computed !== get('total', 'total') && !owned.has(own('requests', 'total', 'total'))) {
      totalFinding('column-total', 'total', 'total', computed);
    }
  }

  // 3. 一 + 二 = （七） + 四 per column, on corrected values. The 总计 column only when every applicant column holds.
  const unbalanced: string[] = [];
  for (const c of [...cols, 'total']) {
    if (c === 'total' && unbalanced.length > 0) continue;
    if (!['new', 'carried', 'total', 'forward'].every((r) => has(r, c))) continue;
    if (findings.some((f) => f.rule === 'balance' && f.column === c)) continue;
    const left = get('new', c) + get('carried', c);
    const right = get('total', c) + get('forward', c);
    if (left === right) continue;
    unbalanced.push(c);
    findings.push({
      rule: 'balance',
      severity: 'error',
      message: `“${columnName('requests', c)}”列不满足“第一项加第二项之和，等于第三项加第四项之和”：一+二 = ${left}，（七）总计+四 = ${right}`,
      section: 's3',
      table: 'requests',
      column: c,
      expected: formatNumber(left),
      actual: formatNumber(right),
      related: ['new', 'carried', 'total', 'forward'].map((r) => ref(r, c)),
    });
  }
}

// ------------------------------------------------------------------ appeals

function solveAppeals(t: MappedTable, values: Grid, findings: Finding[], owned: Set<string>): void {
  for (const g of APPEALS_ROWS) {
    const total = raw(t, g.key, 'total');
    if (!total || !APPEALS_PARTS.every((p) => raw(t, g.key, p))) continue;
    const computed = APPEALS_PARTS.reduce((s, p) => s + num(raw(t, g.key, p)), 0);
    values.set(own('appeals', g.key, 'total'), computed);
    if (written(total) && total.value === computed) continue;
    owned.add(own('appeals', g.key, 'total'));
    const what = written(total)
      ? `表中为 ${shown(total)}`
      : total.kind === 'blank'
        ? '表中为空白'
        : `表中为“${shown(total)}”`;
    const ref: CellKeyRef = { table: 'appeals', row: g.key, column: 'total' };
    findings.push({
      rule: 'appeals-total',
      severity: 'error',
      message: `“${rowName('appeals', g.key)}”的总计应为 ${computed}（维持+纠正+其他+尚未审结），${what}`,
      section: 's4',
      ...ref,
      expected: formatNumber(computed),
      actual: shown(total),
      culprit: ref,
      fix: { kind: 'set-cell', ...ref, value: formatNumber(computed) },
    });
  }
}
