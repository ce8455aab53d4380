// cell-not-number: text where a number belongs. "无", "—", "/" stand for zero (fix "0"); "若干" has
// no safe fix. A placeholder in a total cell is the sum rules' (they give the computed value).

import { runRuleTests } from './ruleTester';

const RULE = 'cell-not-number' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020)', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
    {
      name: 'full-width digits, padding and a measure word are numbers',
      version: 2019,
      edit: (r) => {
        r.requests['denied.3'].natural = '１';
        r.requests['denied.4'].natural = ' 2\u3000';
        r.appeals.review.upheld = '2件';
      },
    },
  ],
  invalid: [
    {
      name: 'a placeholder in a 总计 cell: the sums treat it as unknown and give its value',
      version: 2019,
      edit: (r) => {
        r.requests.forward.total = '—';
      },
      findings: [
        {
          rule: RULE,
          message:
            '“表三 四、结转下年度继续办理 › 总计”填的是“—”，不是数字，应为 3（由表中其他数字推算）',
          row: 'forward',
          column: 'total',
          expected: '3',
          actual: '—',
          fix: {
            kind: 'set-cell',
            safe: true,
            table: 'requests',
            row: 'forward',
            column: 'total',
            value: '3',
          },
        },
      ],
    },
    {
      name: '"无" in a requests cell: fix "0"',
      version: 2021,
      edit: (r) => {
        r.requests['denied.1'].research = '无';
      },
      findings: [
        {
          rule: RULE,
          severity: 'error',
          message:
            '“表三 （三）不予公开 › 1.属于国家秘密 › 科研机构”填的是“无”，不是数字，应为 0（由表中其他数字推算）',
          section: 's3',
          table: 'requests',
          row: 'denied.1',
          column: 'research',
          expected: '0',
          actual: '无',
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
      name: '"—" and "/": fix "0"',
      version: 2019,
      edit: (r) => {
        r.requests['denied.2'].natural = '—';
        r.appeals.suit_after_review.upheld = '/';
      },
      findings: [
        {
          section: 's3',
          row: 'denied.2',
          column: 'natural',
          actual: '—',
          expected: '0',
          fix: {
            kind: 'set-cell',
            safe: true,
            table: 'requests',
            row: 'denied.2',
            column: 'natural',
            value: '0',
          },
        },
        {
          section: 's4',
          table: 'appeals',
          row: 'suit_after_review',
          column: 'upheld',
          actual: '/',
          expected: '0',
          fix: {
            kind: 'set-cell',
            safe: true,
            table: 'appeals',
            row: 'suit_after_review',
            column: 'upheld',
            value: '0',
          },
        },
      ],
    },
    {
      name: '"若干": not a number, and no fix',
      version: 2021,
      edit: (r) => {
        r.active.penalty.decisions = '若干';
      },
      findings: [
        {
          message: '“表二 行政处罚 › 本年处理决定数量”填的是“若干”，不是数字',
          section: 's2',
          table: 'active',
          row: 'penalty',
          column: 'decisions',
          actual: '若干',
          expected: undefined,
          fix: undefined,
        },
      ],
    },
    {
      name: 'a money cell with words in it',
      version: 2019,
      edit: (r) => {
        r.active.procurement.amount = '约12万元';
      },
      findings: [
        {
          section: 's2',
          row: 'procurement',
          column: 'amount',
          actual: '约12万元',
          fix: undefined,
        },
      ],
    },
  ],
});
