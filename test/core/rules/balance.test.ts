// balance: in 表三, 一 + 二 ≠ （七）总计 + 四 in some column. No fix: the finding points at the four
// cells the table cannot choose between. A wrong cell that also breaks its row is row-total's.

import type { CellKeyRef } from '../../../src/core/finding';
import { runRuleTests } from './ruleTester';

const RULE = 'balance' as const;

const cells = (row: string, columns: string[]): CellKeyRef[] =>
  columns.map((column) => ({ table: 'requests', row, column }));

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
    {
      name: 'a wrong 一、本年新收 data cell is one finding, row-total’s (with its culprit)',
      version: 2021,
      edit: (r) => {
        r.requests.new.natural = '50';
      },
    },
  ],
  invalid: [
    {
      name: '上年结转 one too many in the 自然人 column (row total adjusted): 一, 二 or 四 could hold it, no fix',
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
            '“自然人”列的“一+二”与“（七）总计+四”不符（一+二为 40，（七）总计+四为 39），“总计”列的“一+二”与“（七）总计+四”也因此不符。差额可能在以下任一格，表中数字无法确定是哪一格，请核对：“表三 一、本年新收 › 自然人”、“表三 一、本年新收 › 总计”、“表三 二、上年结转 › 自然人”、“表三 二、上年结转 › 总计”、“表三 四、结转下年度继续办理 › 自然人”、“表三 四、结转下年度继续办理 › 总计”',
          section: 's3',
          table: 'requests',
          row: undefined,
          column: 'natural',
          expected: '40',
          actual: '39',
          related: [
            ...cells('new', ['natural', 'total']),
            ...cells('carried', ['natural', 'total']),
            ...cells('forward', ['natural', 'total']),
          ],
          culprit: undefined,
          fix: undefined,
        },
      ],
    },
    {
      name: 'two 四 cells swapped (row total still right): one finding for the one cause, no fix',
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
          related: [
            ...cells('new', ['natural', 'commercial']),
            ...cells('carried', ['natural', 'commercial']),
            ...cells('forward', ['natural', 'commercial']),
          ],
          fix: undefined,
        },
      ],
    },
  ],
});
