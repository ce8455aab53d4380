// The cross-year pass without reading any file twice: the first pass keeps, per report, what the
// cross-year rules and the sums they use read (a digest: the tables of 二, 三 and 四, the prose of
// 五, the counts the prose states), and the pair check runs those rules on two digests. The rules
// are the engine's own; the findings, merged in the engine's order, are those of checking the
// later report with the earlier one as `previous`.

import { sortFindings } from '../core/check';
import type { Finding } from '../core/finding';
import type { CellAddress } from '../core/model';
import type { CellValue, MappedTable, Report } from '../core/report';
import { RULES } from '../core/rules';
import { proseStatements, type ProseStatement } from '../core/rules/prose/statements';
import { solveSums } from '../core/solve';
import type { ReviewResult } from './types';

/** What the cross-year rules read of a report: plain data, small, stored with the result. */
export interface CrossYearDigest {
  report: Omit<Report, 'model' | 'tables'> & { tables: SlimTables };
  statements: ProseStatement[];
}

const CROSS_YEAR_RULES = RULES.filter((r) => r.meta.crossYear);
const RULE_ORDER = new Map(RULES.map((r, i) => [r.meta.id, i]));

/** A cell as the sums and the cross-year rules read it: [row, column, kind, value]. */
type SlimCell = [string, string, CellValue['kind'], number | null];

/** A table without what only the single-report rules read (texts, addresses, deviations). */
interface SlimTable {
  key: MappedTable['key'];
  version: MappedTable['version'];
  cells: Record<string, SlimCell>;
}

type SlimTables = Partial<Record<'requests' | 'appeals' | 'active', SlimTable>>;

function slim(t: MappedTable | undefined): SlimTable | undefined {
  if (!t) return undefined;
  const cells: Record<string, SlimCell> = {};
  for (const [key, c] of Object.entries(t.cells)) cells[key] = [c.row, c.column, c.kind, c.value];
  return { key: t.key, version: t.version, cells };
}

const NO_ADDRESS: CellAddress = { table: -1, row: -1, cell: -1 };

function full(t: SlimTable | undefined): MappedTable | undefined {
  if (!t) return undefined;
  const cells: Record<string, CellValue> = {};
  for (const [key, [row, column, kind, value]] of Object.entries(t.cells)) {
    cells[key] = { table: t.key, row, column, kind, value, text: '', addr: NO_ADDRESS };
  }
  return { key: t.key, version: t.version, tables: [], cells, missing: [], extra: [] };
}

export function crossYearDigest(report: Report): CrossYearDigest {
  const { requests, appeals, active } = report.tables;
  return {
    report: {
      year: report.year,
      yearFrom: report.yearFrom,
      titleYear: report.titleYear,
      periodYear: report.periodYear,
      title: report.title,
      agency: report.agency,
      formatVersion: report.formatVersion,
      sections: [],
      // The sums read 三 and 四; in-force-continuity 二; repeated-text 五's prose.
      tables: { requests: slim(requests), appeals: slim(appeals), active: slim(active) },
      paragraphs: report.paragraphs.filter((p) => p.section === 's5'),
    },
    statements: proseStatements(report),
  };
}

function asReport(d: CrossYearDigest): Report {
  const { requests, appeals, active } = d.report.tables;
  return {
    ...d.report,
    tables: { requests: full(requests), appeals: full(appeals), active: full(active) },
    model: { blocks: [], paragraphs: [], tables: [] },
  };
}

/** The cross-year rules' findings for `current` with `previous` as last year's report. */
export function crossYearFindings(current: CrossYearDigest, previous: CrossYearDigest): Finding[] {
  const report = asReport(current);
  const last = asReport(previous);
  const sums = solveSums(report, current.statements);
  return CROSS_YEAR_RULES.flatMap((rule): Finding[] =>
    rule.check({ report, previous: last, sums }),
  );
}

/**
 * A first-pass result with the cross-year findings added, in the order checkReport gives: the
 * engine's sort is stable over the rules' order, so rule order breaks its ties here.
 */
export function withCrossYear(
  result: ReviewResult,
  previous: { rel: string; year: number },
  cross: Finding[],
): ReviewResult {
  const all = [...result.findings, ...cross];
  const position = new Map(all.map((f, i) => [f, i]));
  const byRule = (f: Finding): number => RULE_ORDER.get(f.rule) ?? RULES.length;
  const findings = sortFindings(
    [...all].sort(
      (a, b) => byRule(a) - byRule(b) || (position.get(a) ?? 0) - (position.get(b) ?? 0),
    ),
  );
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return {
    ...result,
    findings,
    errors,
    warnings,
    status: errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'pass',
    previous,
  };
}
