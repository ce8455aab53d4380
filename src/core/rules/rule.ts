// A rule is a module with meta and check(), in the manner of ESLint: it reads the recognised report
// (and last year's, for cross-year rules) and returns findings with fixes as data.

import type { Finding, RuleId, Severity } from '../finding';
import type { Report } from '../report';
import type { Sums } from './sums';

export interface RuleContext {
  report: Report;
  /** Last year's report of the same agency, for the cross-year rules. */
  previous?: Report;
  /** The requests/appeals values after the sum rules' corrections (blank or wrong totals replaced). */
  sums: Sums;
}

export interface RuleMeta {
  id: RuleId;
  severity: Severity;
  /** Chinese, one line: what the rule finds. */
  description: string;
  /** True when the rule's fixes are safe for "fix all". */
  fixable?: boolean;
  /** True when the rule needs last year's report. */
  crossYear?: boolean;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): Finding[];
}
