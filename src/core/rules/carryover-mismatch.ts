import { REQUESTS_COLUMNS } from '../format';
import type { Finding } from '../finding';
import { solveSums } from '../solve';
import type { Rule } from './rule';
import { columnName } from './names';

/** This year's 二、上年结转 should equal last year's 四、结转下年度继续办理, column by column. */
export const carryoverMismatch: Rule = {
  meta: {
    id: 'carryover-mismatch',
    severity: 'warning',
    description: '上年结转与上一年度报告的结转下年度不一致',
    crossYear: true,
  },
  check({ report, previous, sums }) {
    if (!previous?.tables.requests || !report.tables.requests) return [];
    const last = solveSums(previous);
    const out: Finding[] = [];
    for (const c of REQUESTS_COLUMNS) {
      const carried = sums.value('requests', 'carried', c.key);
      const forward = last.value('requests', 'forward', c.key);
      // A value the table does not determine cannot be compared.
      if (carried === null || forward === null || carried === forward) continue;
      out.push({
        rule: 'carryover-mismatch',
        severity: 'warning',
        message: `“${columnName('requests', c.key)}”列上年结转 ${carried} 件，与${previous.year ?? '上一'}年度报告的结转下年度继续办理 ${forward} 件不一致`,
        section: 's3',
        table: 'requests',
        row: 'carried',
        column: c.key,
        expected: String(forward),
        actual: String(carried),
      });
    }
    return out;
  },
};
