import { REQUESTS_COLUMNS } from '../format';
import { solveSums } from '../solve';
import { defineRule } from './rule';
import { columnName } from '../format/labels';

/** This year's 二、上年结转 should equal last year's 四、结转下年度继续办理, column by column. */
export const carryoverMismatch = defineRule({
  id: 'carryover-mismatch',
  severity: 'warning',
  title: { zh: '上年结转不符', en: 'Carried over' },
  description: '上年结转与上一年度报告的结转下年度不一致',
  fix: 'none',
  crossYear: true,
  check({ doc, previous, sums, report }) {
    if (!previous?.tables.requests || !doc.tables.requests) return;
    const last = solveSums(previous);
    for (const c of REQUESTS_COLUMNS) {
      const carried = sums.value('requests', 'carried', c.key);
      const forward = last.value('requests', 'forward', c.key);
      // A value the table does not determine cannot be compared.
      if (carried === null || forward === null || carried === forward) continue;
      report({
        message: `“${columnName('requests', c.key)}”列上年结转 ${carried} 件，与${previous.year ?? '上一'}年度报告的结转下年度继续办理 ${forward} 件不一致`,
        section: 's3',
        table: 'requests',
        row: 'carried',
        column: c.key,
        expected: String(forward),
        actual: String(carried),
      });
    }
  },
});
