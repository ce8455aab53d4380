// cell-blank: an empty data cell. Its fix is the value the table determines (safe), else "0" where
// that breaks no relation (a suggestion), else none. A blank total the table determines is its sum
// rule's.

import { runRuleTests } from './ruleTester';

const RULE = 'cell-blank' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020)', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
    {
      name: 'a blank 总计 column cell is row-total’s, not cell-blank’s',
      version: 2021,
      edit: (r) => {
        r.requests.granted.total = '';
      },
    },
    {
      name: 'a blank （七）总计 cell whose computed value is not 0 is column-total’s',
      version: 2019,
      edit: (r) => {
        r.requests.total.natural = '';
      },
    },
    {
      name: 'a blank （七）总计 applicant cell whose value is 0 is column-total’s too',
      version: 2021,
      edit: (r) => {
        r.requests.total.research = '';
      },
    },
    {
      name: 'a blank appeals total is appeals-total’s',
      version: 2021,
      edit: (r) => {
        r.appeals.review.total = '';
      },
    },
  ],
  invalid: [
    {
      name: 'a blank requests data cell',
      version: 2021,
      edit: (r) => {
        r.requests['denied.1'].research = '';
      },
      findings: [
        {
          rule: RULE,
          severity: 'error',
          message:
            '“表三 （三）不予公开 › 1.属于国家秘密 › 科研机构”为空，应为 0（由表中其他数字推算）',
          section: 's3',
          table: 'requests',
          row: 'denied.1',
          column: 'research',
          expected: '0',
          actual: '',
          culprit: undefined,
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
      name: 'a blank appeals part (the total still holds)',
      version: 2021,
      edit: (r) => {
        r.appeals.review.pending = '';
      },
      findings: [
        {
          message: '“表四 行政复议 › 尚未审结”为空，应为 0（由表中其他数字推算）',
          section: 's4',
          table: 'appeals',
          row: 'review',
          column: 'pending',
          fix: {
            kind: 'set-cell',
            safe: true,
            table: 'appeals',
            row: 'review',
            column: 'pending',
            value: '0',
          },
        },
      ],
    },
    {
      name: 'a blank active cell, and spaces only (U+3000) are blank too',
      version: 2019,
      edit: (r) => {
        r.active.licensing.decisions = '';
        r.active.procurement.count = '\u3000 ';
      },
      findings: [
        {
          section: 's2',
          table: 'active',
          row: 'licensing',
          column: 'decisions',
          message: '“表二 行政许可 › 处理决定数量”为空，没有数据应填“0”',
          fix: {
            kind: 'set-cell',
            safe: false,
            table: 'active',
            row: 'licensing',
            column: 'decisions',
            value: '0',
          },
        },
        {
          section: 's2',
          row: 'procurement',
          column: 'count',
          actual: '',
          fix: {
            kind: 'set-cell',
            safe: false,
            table: 'active',
            row: 'procurement',
            column: 'count',
            value: '0',
          },
        },
      ],
    },
  ],
});
