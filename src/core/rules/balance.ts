import { defineRule } from './rule';
import { sumFindings } from './sum-findings';

/** Read from the solving stage (core/solve), which solves every sum relation together. */
export const balance = defineRule({
  id: 'balance',
  severity: 'error',
  title: { zh: '收结不平衡', en: 'Balance' },
  description: '一+二 与（七）+四 不等',
  fix: 'safe',
  check({ sums, report }) {
    for (const f of sumFindings(sums, 'balance')) report(f);
  },
});
