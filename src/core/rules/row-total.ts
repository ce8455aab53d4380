import type { Rule } from './rule';
import { sumFindings } from './sum-findings';

/** Read from the solving stage (core/solve), which solves every sum relation together. */
export const rowTotal: Rule = {
  meta: {
    id: 'row-total',
    severity: 'error',
    description: '各行总计与各类申请人之和不符',
    fixable: true,
  },
  check({ sums }) {
    return sumFindings(sums, 'row-total');
  },
};
