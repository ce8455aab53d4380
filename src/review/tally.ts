// Totals over a batch, gathered in one streaming pass before the outputs are written (the chart
// and the totals come first in review.html).

import type { RuleId, Severity } from '../core/finding';
import type { ReviewResult, ReviewStatus } from './types';

export interface RuleCount {
  rule: RuleId;
  severity: Severity;
  /** Findings of this rule across the batch. */
  findings: number;
  /** Reports with at least one. */
  reports: number;
}

export interface Totals {
  reports: number;
  byStatus: Record<ReviewStatus, number>;
  errors: number;
  warnings: number;
  /** Reports compared with the same agency's report of the year before. */
  pairs: number;
}

export class Tally {
  readonly totals: Totals = {
    reports: 0,
    byStatus: { pass: 0, error: 0, warning: 0, unreadable: 0, 'not-report': 0 },
    errors: 0,
    warnings: 0,
    pairs: 0,
  };
  private readonly rules = new Map<RuleId, RuleCount>();
  /** Unreadable files and why; few in practice, and small. */
  readonly unreadable: { rel: string; error: string }[] = [];
  /** Readable reports not compared across years, and why. */
  readonly unpaired: { rel: string; reason: string }[] = [];

  add(r: ReviewResult): void {
    const t = this.totals;
    t.reports++;
    t.byStatus[r.status]++;
    t.errors += r.errors;
    t.warnings += r.warnings;
    if (r.previous) t.pairs++;
    if (r.status === 'unreadable') this.unreadable.push({ rel: r.rel, error: r.error ?? '' });
    if (r.unpaired) this.unpaired.push({ rel: r.rel, reason: r.unpaired });
    const seen = new Set<RuleId>();
    for (const f of r.findings) {
      let c = this.rules.get(f.rule);
      if (!c)
        this.rules.set(
          f.rule,
          (c = { rule: f.rule, severity: f.severity, findings: 0, reports: 0 }),
        );
      c.findings++;
      if (!seen.has(f.rule)) c.reports++;
      seen.add(f.rule);
    }
  }

  /** The most frequent problems, most frequent first. */
  topRules(limit: number): RuleCount[] {
    return [...this.rules.values()]
      .sort(
        (a, b) => b.findings - a.findings || b.reports - a.reports || (a.rule < b.rule ? -1 : 1),
      )
      .slice(0, limit);
  }
}
