import type { Rule } from './rule';

/** Found by the sum engine (sums.ts), which solves all the relations together. */
export const columnTotal: Rule = {
  meta: {
    id: 'column-total',
    severity: 'error',
    description: '（七）总计与各办理结果之和不符',
    fixable: true,
  },
  check({ sums }) {
    return sums.findings.filter((f) => f.rule === 'column-total');
  },
};
