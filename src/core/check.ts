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
  const input = { report, previous, sums };
  for (const rule of RULES) {
    if (rule.meta.crossYear && !previous) continue;
    for (const f of rule.check(input)) all.push(f);
  }
  // The filters hand back `all` or a new array of its findings: either is this call's to sort.
  return applyFilters(all, options).sort(byPlace);
}

export function check(model: DocModel, options: CheckOptions = {}): CheckResult {
  const report = recognize(model);
  return { report, findings: checkReport(report, options) };
}

const SECTION_ORDER = ['s1', 's2', 's3', 's4', 's5', 's6'];

/** Section order, then errors before warnings. */
function rank(f: Finding): number {
  return SECTION_ORDER.indexOf(f.section) * 2 + (f.severity === 'error' ? 0 : 1);
}

// Array.prototype.sort is stable: findings of one rank keep the order the rules found them in.
const byPlace = (a: Finding, b: Finding): number => rank(a) - rank(b);

/** Section order, then errors before warnings; within that, the order the rules found them. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.slice().sort(byPlace);
}
