import type { Rule } from './rule';
import { sumFindings } from './sum-findings';

/** Read from the solving stage (core/solve), which solves every sum relation together. */
export const columnTotal: Rule = {
  meta: {
    id: 'column-total',
    severity: 'error',
    description: '（七）总计与各办理结果之和不符',
    fixable: true,
  },
  check({ sums }) {
    return sumFindings(sums, 'column-total');
  },
};
