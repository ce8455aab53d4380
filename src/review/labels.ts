// Chinese labels for the outputs: rule names and where a finding points ("表三 一、本年新收 › 总计").

import type { Finding, RuleId } from '../core/finding';
import { sectionDef, type FormatVersion, type TableKey } from '../core/format';
import { cellName, columnName, rowName, tableName } from '../core/rules/names';
import type { ReviewStatus } from './types';

/** Short names for the chart and the tables; the `Record` makes the compiler demand every rule. */
export const RULE_NAMES: Readonly<Record<RuleId, string>> = {
  'section-missing': '缺少章节',
  'section-numbering': '章节序号错误',
  'section-order': '章节顺序错误',
  'section-title': '章节标题不规范',
  'title-year': '标题年度不符',
  'table-missing': '缺少表格',
  'table-layout': '表格结构不符',
  'format-version': '格式版本不符',
  'cell-blank': '单元格为空',
  'cell-not-number': '单元格非数字',
  'cell-negative': '数值为负',
  'cell-fraction': '数值非整数',
  'amount-unit': '金额缺少单位',
  'row-total': '行总计不符',
  'column-total': '列总计不符',
  balance: '收结平衡不符',
  'appeals-total': '复议诉讼总计不符',
  'active-consistency': '主动公开数据矛盾',
  'text-table-mismatch': '正文与表格不符',
  'year-mismatch': '正文年份不符',
  'carryover-mismatch': '上年结转与上年报告不符',
  'in-force-continuity': '现行有效件数不连续',
  'other-share': '其他处理占比过高',
  'overview-length': '总体情况过长',
  'section-empty': '章节内容空泛',
  'repeated-text': '与上年报告雷同',
};

export function ruleName(rule: string): string {
  return (RULE_NAMES as Record<string, string | undefined>)[rule] ?? rule;
}

export const STATUS_NAMES: Readonly<Record<ReviewStatus, string>> = {
  pass: '通过',
  error: '有错误',
  warning: '仅警告',
  unreadable: '无法读取',
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
