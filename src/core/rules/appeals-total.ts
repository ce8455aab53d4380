import type { Rule } from './rule';
import { sumFindings } from './sum-findings';

/** Read from the solving stage (core/solve), which solves every sum relation together. */
export const appealsTotal: Rule = {
  meta: {
    id: 'appeals-total',
    severity: 'error',
    description: '行政复议、行政诉讼总计与分项之和不符',
    fixable: true,
  },
  check({ sums }) {
    return sumFindings(sums, 'appeals-total');
  },
};
