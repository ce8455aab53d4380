import { defineRule } from './rule';
import { sumFindings } from './sum-findings';

/** Read from the solving stage (core/solve), which solves every sum relation together. */
export const columnTotal = defineRule({
  id: 'column-total',
  severity: 'error',
  title: { zh: '列合计不符', en: 'Column total' },
  description: '（七）总计与各办理结果之和不符',
  fix: 'safe',
  check({ sums, report }) {
    for (const f of sumFindings(sums, 'column-total')) report(f);
  },
});
