import { defineRule } from './rule';
import { sumFindings } from './sum-findings';

/** Read from the solving stage (core/solve), which solves every sum relation together. */
export const appealsTotal = defineRule({
  id: 'appeals-total',
  severity: 'error',
  title: { zh: '复议诉讼合计不符', en: 'Appeals total' },
  description: '行政复议、行政诉讼总计与分项之和不符',
  fix: 'safe',
  check({ sums, report }) {
    for (const f of sumFindings(sums, 'appeals-total')) report(f);
  },
});
