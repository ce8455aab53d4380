// cell-negative: a negative count. Only 本年增/减 (2019 active, `change`) may be negative.

import { runRuleTests } from './ruleTester';

const RULE = 'cell-negative' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020): 本年增/减 "-5" and "-1"', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
    {
      name: '本年增/减 −3 (2019 active)',
      version: 2019,
      edit: (r) => {
        r.active.licensing.change = '-3';
        r.active.other_services.change = '−3';
      },
    },
  ],
  invalid: [
    {
      name: 'a negative 处理决定数量',
      version: 2019,
      edit: (r) => {
        r.active.penalty.decisions = '-2';
      },
      findings: [
        {
          rule: RULE,
          severity: 'error',
          message: '“表二 行政处罚 › 处理决定数量”为负数 -2，数量不能为负',
          section: 's2',
          table: 'active',
          row: 'penalty',
          column: 'decisions',
          actual: '-2',
          expected: undefined,
          fix: undefined,
        },
      ],
    },
    {
      name: 'a negative requests cell (U+2212 minus): unknown to the sums, its value determined',
      version: 2021,
      edit: (r) => {
        r.requests['denied.1'].research = '−1';
      },
      findings: [
        {
          section: 's3',
          table: 'requests',
          row: 'denied.1',
          column: 'research',
          expected: '0',
          actual: '−1',
          fix: {
            kind: 'set-cell',
            safe: true,
            table: 'requests',
            row: 'denied.1',
            column: 'research',
            value: '0',
          },
        },
      ],
    },
    {
      name: 'a negative appeals part',
      version: 2021,
      edit: (r) => {
        r.appeals.review.other = '-1';
      },
      findings: [
        {
          message:
            '“表四 行政复议 › 其他结果”为负数 -1，数量不能为负，应为 0（由表中其他数字推算）',
          section: 's4',
          table: 'appeals',
          row: 'review',
          column: 'other',
          actual: '-1',
        },
      ],
    },
  ],
});
