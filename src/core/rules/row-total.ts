import type { Rule } from './rule';

/** Found by the sum engine (sums.ts), which solves all the relations together. */
export const rowTotal: Rule = {
  meta: {
    id: 'row-total',
    severity: 'error',
    description: '各行总计与各类申请人之和不符',
    fixable: true,
  },
  check({ sums }) {
    return sums.findings.filter((f) => f.rule === 'row-total');
  },
};
