import { defineRule } from './rule';
import { sumFindings } from './sum-findings';

/** Read from the solving stage (core/solve), which solves every sum relation together. */
export const rowTotal = defineRule({
  id: 'row-total',
  severity: 'error',
  title: { zh: '行合计不符', en: 'Row total' },
  description: '各行总计与各类申请人之和不符',
  fix: 'safe',
  check({ sums, report }) {
    for (const f of sumFindings(sums, 'row-total')) report(f);
  },
});
