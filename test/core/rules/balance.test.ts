// balance: in 表三, 一 + 二 ≠ （七）总计 + 四 in some column. No fix: the finding points at the four
// cells. The 总计 column is checked only when every applicant column balances.

import type { CellKeyRef } from '../../../src/core/finding';
import { runRuleTests } from './ruleTester';

const RULE = 'balance' as const;

const four = (column: string): CellKeyRef[] =>
  ['new', 'carried', 'total', 'forward'].map((row) => ({ table: 'requests', row, column }));

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020)', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
    {
      name: 'a blank 一、本年新收 total is computed first: no imbalance',
      version: 2021,
      edit: (r) => {
        r.requests.new.total = '';
      },
    },
  ],
  invalid: [
    {
      name: '上年结转 one too many in the 自然人 column (row total adjusted)',
      version: 2021,
      edit: (r) => {
        r.requests.carried.natural = '4';
        r.requests.carried.total = '4';
      },
      findings: [
        {
          rule: RULE,
          severity: 'error',
          message:
            '“自然人”列不满足“第一项加第二项之和，等于第三项加第四项之和”：一+二 = 40，（七）总计+四 = 39',
          section: 's3',
          table: 'requests',
          row: undefined,
          column: 'natural',
          expected: '40',
          actual: '39',
          related: four('natural'),
          culprit: undefined,
          fix: undefined,
        },
      ],
    },
    {
      name: 'two columns out of balance: two findings, the 总计 column not repeated',
      version: 2021,
      edit: (r) => {
        r.requests.forward.natural = '1';
        r.requests.forward.commercial = '2';
      },
      findings: [
        {
          column: 'natural',
          expected: '39',
          actual: '38',
          related: four('natural'),
          fix: undefined,
        },
        {
          column: 'commercial',
          expected: '8',
          actual: '9',
          related: four('commercial'),
          fix: undefined,
        },
      ],
    },
    {
      name: 'a wrong 一、本年新收 data cell: the culprit is that cell',
      version: 2021,
      edit: (r) => {
        r.requests.new.natural = '50';
      },
      findings: [
        {
          row: 'new',
          column: 'natural',
          expected: '36',
          actual: '50',
          related: four('natural'),
          culprit: { table: 'requests', row: 'new', column: 'natural' },
          fix: { kind: 'set-cell', table: 'requests', row: 'new', column: 'natural', value: '36' },
        },
      ],
    },
  ],
});
