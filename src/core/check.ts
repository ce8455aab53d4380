// The engine's entry point: model → report → solve → rules → filters (ignores) → sorted findings.

import { applyFilters, type FilterOptions } from './filters';
import type { Finding } from './finding';
import type { DocModel } from './model';
import { recognize } from './recognize';
import type { Report } from './report';
import { RULES } from './rules';
import { solveSums } from './solve';
import { proseStatements } from './rules/prose/statements';

export interface CheckOptions extends FilterOptions {
  /** Last year's report of the same agency (its model or its recognised report). */
  previous?: DocModel | Report;
}

export interface CheckResult {
  report: Report;
  findings: Finding[];
}

function asReport(x: DocModel | Report): Report {
  return 'sections' in x ? x : recognize(x);
}

export { findingId } from './filters';

export function checkReport(report: Report, options: CheckOptions = {}): Finding[] {
  const previous = options.previous ? asReport(options.previous) : undefined;
  const sums = solveSums(report, proseStatements(report));
  const all: Finding[] = [];
  for (const rule of RULES) {
    if (rule.meta.crossYear && !previous) continue;
    all.push(...rule.check({ report, previous, sums }));
  }
  return sortFindings(applyFilters(all, options));
}

export function check(model: DocModel, options: CheckOptions = {}): CheckResult {
  const report = recognize(model);
  return { report, findings: checkReport(report, options) };
}

const SECTION_ORDER = ['s1', 's2', 's3', 's4', 's5', 's6'];

/** Section order, then errors before warnings; within that, the order the rules found them. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SECTION_ORDER.indexOf(a.f.section) - SECTION_ORDER.indexOf(b.f.section) ||
        (a.f.severity === b.f.severity ? 0 : a.f.severity === 'error' ? -1 : 1) ||
        a.i - b.i,
    )
    .map((x) => x.f);
}
