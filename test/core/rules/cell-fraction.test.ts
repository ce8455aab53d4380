// cell-fraction: a count that is not a whole number. Sums of money are not counts.

import { runRuleTests } from './ruleTester';

const RULE = 'cell-fraction' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020): 采购总金额 "12.5万元"', version: 2019 },
    { name: 'clean 2021-layout report (2021): 本年收费金额 "3.6"', version: 2021 },
    {
      name: 'money "1.68万元" (seed 002)',
      version: 2019,
      edit: (r) => {
        r.active.procurement.amount = '1.68万元';
      },
    },
    {
      name: 'money "156059.82元"',
      version: 2019,
      edit: (r) => {
        r.active.procurement.amount = '156059.82元';
      },
    },
  ],
  invalid: [
    {
      name: 'a fractional 处理决定数量',
      version: 2021,
      edit: (r) => {
        r.active.licensing.decisions = '2.5';
      },
      findings: [
        {
          rule: RULE,
          severity: 'error',
          message: '“表二 行政许可 › 本年处理决定数量”为 2.5，件数应为整数',
          section: 's2',
          table: 'active',
          row: 'licensing',
          column: 'decisions',
          actual: '2.5',
          expected: undefined,
          fix: undefined,
        },
      ],
    },
    {
      name: 'a fractional requests cell',
      version: 2019,
      edit: (r) => {
        r.requests['denied.1'].research = '0.5';
      },
      findings: [
        {
          message:
            '“表三 （三）不予公开 › 1.属于国家秘密 › 科研机构”为 0.5，件数应为整数，应为 0（由表中其他数字推算）',
          section: 's3',
          table: 'requests',
          row: 'denied.1',
          column: 'research',
          actual: '0.5',
        },
      ],
    },
    {
      name: 'a fractional 采购项目数量 (a count, next to the money column)',
      version: 2019,
      edit: (r) => {
        r.active.procurement.count = '1.5';
      },
      findings: [{ section: 's2', row: 'procurement', column: 'count', actual: '1.5' }],
    },
  ],
});
