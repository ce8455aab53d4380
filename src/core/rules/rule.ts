// A rule is a module with meta and check(), in the manner of ESLint: it reads the recognised report
// (and last year's, for cross-year rules) and returns findings with fixes as data.

import type { Finding, RuleId, Severity } from '../finding';
import type { Report } from '../report';
import type { Solution } from '../solve';

export interface RuleContext {
  report: Report;
  /** Last year's report of the same agency, for the cross-year rules. */
  previous?: Report;
  /** The sum relations of 表三 and 表四 solved: each cell's state and value after solving. */
  sums: Solution;
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
