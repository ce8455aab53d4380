// Chinese labels for the outputs: rule names and where a finding points ("表三 一、本年新收 › 总计").

import type { Finding, RuleId } from '../core/finding';
import { sectionDef, type FormatVersion, type TableKey } from '../core/format';
import { cellName, columnName, rowName, RULE_TITLES, tableName } from '../core/rules/names';
import type { ReviewStatus } from './types';

/** The rules' Chinese names, the same as the pane's (core/rules/names). */
export const RULE_NAMES: Readonly<Record<RuleId, string>> = RULE_TITLES;

export function ruleName(rule: string): string {
  return (RULE_NAMES as Record<string, string | undefined>)[rule] ?? rule;
}

export const STATUS_NAMES: Readonly<Record<ReviewStatus, string>> = {
  pass: '通过',
  error: '有错误',
  warning: '仅警告',
  unreadable: '无法读取',
  'not-report': '不是年报',
};

/** "表三 一、本年新收 › 总计": the same names as the command line and the pane use. */
export function cellLabel(
  ref: { table?: TableKey; row?: string; column?: string },
  version: FormatVersion | null,
): string | null {
  if (!ref.table) return null;
  if (ref.row && ref.column) return cellName(ref.table, ref.row, ref.column, version);
  if (ref.row) return `${tableName(ref.table)} ${rowName(ref.table, ref.row, version)}`;
  if (ref.column) return `${tableName(ref.table)} ${columnName(ref.table, ref.column, version)}`;
  return tableName(ref.table);
}

/** Where a finding points, for a reader: the quoted sentence, the cell, or the section. */
export function findingPlace(f: Finding, version: FormatVersion | null): string {
  if (f.quote) return `“${f.quote}”`;
  const cell = cellLabel(f, version);
  if (cell) return cell;
  const def = sectionDef(f.section);
  return `${def.numeral}、${def.title}`;
}
