import type { Rule } from './rule';

/** Found by the sum engine (sums.ts), which solves all the relations together. */
export const balance: Rule = {
  meta: { id: 'balance', severity: 'error', description: '一+二 与（七）+四 不等', fixable: false },
  check({ sums }) {
    return sums.findings.filter((f) => f.rule === 'balance');
  },
};
