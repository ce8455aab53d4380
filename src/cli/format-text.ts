// The readable report of `gouji check`: per file, grouped by section, errors first.
import { officialHeading, SECTIONS } from '../core/format';
import type { Finding } from '../core/finding';
import { isSafe } from '../core/fix';
import { cellName, RULE_TITLES, tableName } from '../core/rules/names';
import type { FileResult } from './check-file';
import { NOT_A_REPORT } from './not-report';

/** Where a finding is, as a user reads it: "表三 一、本年新收 › 总计" or "第 3 段". */
export function findingPlace(f: Finding): string {
  const cell =
    f.culprit ??
    (f.table && f.row && f.column ? { table: f.table, row: f.row, column: f.column } : undefined);
  if (cell) return cellName(cell.table, cell.row, cell.column);
  if (f.paragraph !== undefined) return `第 ${f.paragraph + 1} 段`;
  if (f.table) return tableName(f.table);
  return '';
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
  const place = findingPlace(f);
  const quote = f.quote && !f.message.includes(f.quote) ? `（原文：“${f.quote}”）` : '';
  return `  ${mark}  ${place ? `${place}：` : ''}${f.message}${quote}${fixLabel([f])}`;
}

const FOLD_AT = 5;

/** "✗ 错误  空白单元格 133 处：表三 …（应为 0）、…等  [可自动修复]" */
function foldedLine(same: Finding[]): string {
  const first = same[0] as Finding;
  const mark = first.severity === 'error' ? '✗ 错误' : '! 警告';
  const places = same
    .slice(0, 3)
    .map((f) => `${findingPlace(f)}${f.expected !== undefined ? `（应为 ${f.expected}）` : ''}`)
    .join('、');
  return `  ${mark}  ${RULE_TITLES[first.rule]} ${same.length} 处：${places}等${fixLabel(same)}`;
}

export function formatText(r: FileResult): string {
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
      if (same.length <= FOLD_AT) {
        out.push(`  ${line(f)}`);
      } else if (f === same[0]) {
        out.push(`  ${foldedLine(same)}`);
      }
    }
  }
  out.push(`  共 ${errors} 个错误，${warnings} 个警告`, '');
  return out.join('\n');
}
