import type { Rule } from './rule';
import { sumFindings } from './sum-findings';

/** Read from the solving stage (core/solve), which solves every sum relation together. */
export const balance: Rule = {
  meta: { id: 'balance', severity: 'error', description: '一+二 与（七）+四 不等', fixable: true },
  check({ sums }) {
    return sumFindings(sums, 'balance');
  },
};
