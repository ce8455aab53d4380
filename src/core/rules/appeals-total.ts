import type { Rule } from './rule';

/** Found by the sum engine (sums.ts), which solves all the relations together. */
export const appealsTotal: Rule = {
  meta: {
    id: 'appeals-total',
    severity: 'error',
    description: '行政复议、行政诉讼总计与分项之和不符',
    fixable: true,
  },
  check({ sums }) {
    return sums.findings.filter((f) => f.rule === 'appeals-total');
  },
};
