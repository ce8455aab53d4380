// text-percent-mismatch on the clean 2021 report (test/fixtures/report.ts): 新收 46, 上年结转 3,
// （七）总计 46; （一）16 + （二）5 = 21 (45.65% of 46, 42.86% of 49); （四）无法提供 12 + 2 + 1 = 15
// (32.61% of 46). The overview is paragraphs 3–5; an appended paragraph is 6.

import type { CellKeyRef } from '../../../src/core/finding';
import { append } from './ruleTester';
import { runRuleTests } from './ruleTester';

const RULE = 'text-percent-mismatch' as const;
const req = (row: string): CellKeyRef => ({ table: 'requests', row, column: 'total' });
const SAID = '本年共办结政府信息公开申请46件。';

runRuleTests(RULE, {
  valid: [
    { name: 'clean report', version: 2021 },
    {
      name: 'shares of （七）总计, rounded, in 、 and （）',
      version: 2021,
      edit: append('s1', `${SAID}其中，予以公开及部分公开21件，占45.7%；无法提供15件（占32.6%）。`),
    },
    {
      name: 'truncated, whole percent, and of 新收 + 上年结转',
      version: 2021,
      edit: append(
        's1',
        `${SAID}其中，予以公开及部分公开21件，占45.6%；无法提供15件，约占33%；不予处理4件，占比8.16%。`,
      ),
    },
    {
      name: 'a share naming its base ("占办结总数的45.7%")',
      version: 2021,
      edit: append('s1', `${SAID}其中，予以公开及部分公开21件，占办结总数的45.7%。`),
    },
    {
      name: 'a percentage that is not a share (办结率) is not read',
      version: 2021,
      edit: append('s1', `${SAID}予以公开及部分公开21件，答复率100%。`),
    },
  ],
  invalid: [
    {
      name: 'a share naming its base, wrong',
      version: 2021,
      edit: append('s1', `${SAID}无法提供15件，占全部申请的23%。`),
      findings: [{ quote: '无法提供15件，占全部申请的23%', expected: '33%', actual: '23%' }],
    },
    {
      name: 'a share of the combined 予以公开及部分公开 that no total gives',
      version: 2021,
      edit: append('s1', `${SAID}其中，予以公开及部分公开21件，占55.7%。`),
      findings: [
        {
          rule: RULE,
          severity: 'warning',
          section: 's1',
          paragraph: 6,
          quote: '予以公开及部分公开21件，占55.7%',
          message:
            '正文称“予以公开及部分公开21件，占55.7%”，但 21 件占表三“（七）总计”（46 件）的 45.7%',
          table: 'requests',
          row: 'total',
          column: 'total',
          expected: '45.7%',
          actual: '55.7%',
          related: [req('total'), req('granted'), req('partial')],
          fix: undefined,
        },
      ],
    },
    {
      name: 'a share of 无法提供 (the sum of its sub-rows) with two decimals',
      version: 2021,
      edit: append('s1', `${SAID}无法提供15件（占3.26%），不予处理4件。`),
      findings: [
        {
          quote: '无法提供15件（占3.26%）',
          expected: '32.61%',
          actual: '3.26%',
          related: [req('total'), req('unavailable.1'), req('unavailable.2'), req('unavailable.3')],
        },
      ],
    },
  ],
});
