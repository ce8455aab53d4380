// The readable report of `gouji check`: per file, grouped by section, errors first.
import { officialHeading, SECTIONS } from '../core/format';
import type { Finding } from '../core/finding';
import { isSafe } from '../core/fix';
import { namedCell } from '../core/locate';
import { cellName, columnName, rowName, RULE_TITLES, tableName } from '../core/rules/names';
import type { FileResult } from './check-file';
import { NOT_A_REPORT } from './not-report';

/** Where a finding is, as a user reads it: "表三 一、本年新收 › 总计", or "" for prose. */
export function findingPlace(f: Finding): string {
  // Prose is located by its section (the heading it is listed under) and the sentence quoted:
  // Word shows no paragraph numbers.
  if (f.paragraph !== undefined || f.quote !== undefined) return '';
  const cell = namedCell(f);
  if (cell) return cellName(cell.table, cell.row, cell.column);
  if (f.table) return tableName(f.table);
  return '';
}

/**
 * The location said once, before the message: nothing when the message already names it
 * ("“表三 … › 自然人”为空"), the table alone when the message names the row and the column
 * ("表三：“（一）予以公开”行的总计应为 16"), the quoted sentence of a prose finding when the
 * message does not quote it.
 */
export function located(f: Finding): string {
  const m = f.message;
  if (f.paragraph !== undefined || f.quote !== undefined) {
    return f.quote && !m.includes(f.quote) ? `原文“${f.quote}”：${m}` : m;
  }
  const cell = namedCell(f);
  if (cell) {
    const place = cellName(cell.table, cell.row, cell.column);
    if (m.includes(place)) return m;
    const row = rowName(cell.table, cell.row).split(' › ').pop() ?? '';
    const table = tableName(cell.table);
    if (m.includes(row) && m.includes(columnName(cell.table, cell.column))) {
      return m.startsWith(table) ? m : `${table}：${m}`;
    }
    return `${place}：${m}`;
  }
  if (f.table && !m.includes(tableName(f.table))) return `${tableName(f.table)}：${m}`;
  return m;
}

/**
 * What `gouji fix` will do about these findings: apply a safe fix unasked ([可自动修复]), or
 * leave a suggestion for a person to choose in Word or the checker page ([有修改建议]).
 */
function fixLabel(findings: readonly Finding[]): string {
  if (findings.every(isSafe)) return '  [可自动修复]';
  if (findings.some(isSafe)) return '  [部分可自动修复]';
  if (findings.some((f) => f.fix)) return '  [有修改建议]';
  return '';
}

function line(f: Finding): string {
  const mark = f.severity === 'error' ? '✗ 错误' : '! 警告';
  return `  ${mark}  ${located(f)}${fixLabel([f])}`;
}

const FOLD_AT = 5;

/** "✗ 错误  空白单元格 133 处（加 --all 逐条列出）：表三 …（应为 0）、…等  [可自动修复]" */
function foldedLine(same: Finding[]): string {
  const first = same[0] as Finding;
  const mark = first.severity === 'error' ? '✗ 错误' : '! 警告';
  const places = same
    .slice(0, 3)
    .map((f) => {
      const place = findingPlace(f) || (f.quote ? `“${f.quote}”` : '');
      return `${place}${f.expected !== undefined ? `（应为 ${f.expected}）` : ''}`;
    })
    .join('、');
  return `  ${mark}  ${RULE_TITLES[first.rule]} ${same.length} 处（加 --all 逐条列出）：${places}等${fixLabel(same)}`;
}

export interface TextOptions {
  /** List every finding: no folding of many findings of one rule into one line. */
  all?: boolean;
}

export function formatText(r: FileResult, options: TextOptions = {}): string {
  const out: string[] = [];
  if (r.error) {
    out.push(`■ ${r.file}`, `  ✗ 无法读取：${r.error}`, '');
    return out.join('\n');
  }
  if (r.report === false) {
    out.push(`■ ${r.file}`, `  ? ${NOT_A_REPORT}`, '');
    return out.join('\n');
  }
  const year = r.year ? `${r.year} 年度` : '年度不明';
  const version = r.formatVersion ? `${r.formatVersion} 版格式` : '格式版本不明';
  out.push(`■ ${r.file}（${year} · ${version}）`);
  if (r.previousIgnored) out.push(`  ! ${r.previousIgnored}`);
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.length - errors;
  if (r.findings.length === 0) {
    out.push('  ✓ 未发现问题', '');
    return out.join('\n');
  }
  for (const s of SECTIONS) {
    const here = r.findings.filter((f) => f.section === s.key);
    if (here.length === 0) continue;
    out.push(`  ${officialHeading(s.key)}`);
    const ordered = [
      ...here.filter((x) => x.severity === 'error'),
      ...here.filter((x) => x.severity === 'warning'),
    ];
    // Dozens of findings of one rule (blank cells, blank totals) read better as one line each.
    const byRule = new Map<string, Finding[]>();
    for (const f of ordered) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    for (const f of ordered) {
      const same = byRule.get(f.rule) ?? [f];
      if (options.all || same.length <= FOLD_AT) {
        out.push(`  ${line(f)}`);
      } else if (f === same[0]) {
        out.push(`  ${foldedLine(same)}`);
      }
    }
  }
  out.push(`  共 ${errors} 个错误，${warnings} 个警告`, '');
  return out.join('\n');
}

/** Said once after the reports when no `--previous` was given: what was not checked. */
export const NO_PREVIOUS =
  '未提供上一年度报告（--previous），跨年度规则（上年结转、现行有效件数、与上年雷同）未运行。';

/** A readable report that was checked (not unreadable, not something else). */
export function wasChecked(r: FileResult): boolean {
  return r.error === undefined && r.report !== false;
}

/** "合计 7 份：2 份有错误，1 份仅有警告，2 份未发现问题，1 份无法读取，1 份不是年报" */
export function formatSummary(results: readonly FileResult[]): string {
  const checked = results.filter(wasChecked);
  const errors = checked.filter((r) => r.findings.some((f) => f.severity === 'error')).length;
  const warnings = checked.filter((r) => r.findings.length > 0).length - errors;
  const unreadable = results.filter((r) => r.error !== undefined).length;
  const notReports = results.filter((r) => r.report === false).length;
  return (
    `合计 ${results.length} 份：${errors} 份有错误，${warnings} 份仅有警告，` +
    `${checked.length - errors - warnings} 份未发现问题，${unreadable} 份无法读取，` +
    `${notReports} 份不是年报`
  );
}
