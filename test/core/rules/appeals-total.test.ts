// appeals-total: in 表四, a group's 总计 ≠ 维持 + 纠正 + 其他 + 尚未审结; the fix is the computed total.
// Clean reports: 行政复议 2+1+0+0 = 3, 未经复议直接起诉 1+0+0+1 = 2, 复议后起诉 0.

import { runRuleTests } from './ruleTester';

const RULE = 'appeals-total' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020)', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
    {
      name: 'a blank part counts as 0 (cell-blank reports it)',
      version: 2021,
      edit: (r) => {
        r.appeals.review.pending = '';
      },
    },
    {
      name: 'a placeholder total is cell-not-number’s (with the determined 0)',
      version: 2021,
      edit: (r) => {
        r.appeals.suit_after_review.total = '/';
      },
    },
  ],
  invalid: [
    {
      name: 'a wrong 未经复议直接起诉 total',
      version: 2021,
      edit: (r) => {
        r.appeals.suit.total = '3';
      },
      findings: [
        {
          rule: RULE,
          severity: 'error',
          message:
            '“行政诉讼（未经复议直接起诉）”的总计应为 2（维持+纠正+其他+尚未审结），表中为 3',
          section: 's4',
          table: 'appeals',
          row: 'suit',
          column: 'total',
          expected: '2',
          actual: '3',
          culprit: { table: 'appeals', row: 'suit', column: 'total' },
          fix: {
            kind: 'set-cell',
            safe: true,
            table: 'appeals',
            row: 'suit',
            column: 'total',
            value: '2',
          },
        },
      ],
    },
    {
      name: 'a blank 行政复议 total: the computed value',
      version: 2019,
      edit: (r) => {
        r.appeals.review.total = '';
      },
      findings: [
        {
          message: '“行政复议”的总计应为 3（维持+纠正+其他+尚未审结），表中为空白',
          row: 'review',
          expected: '3',
          actual: '',
          fix: {
            kind: 'set-cell',
            safe: true,
            table: 'appeals',
            row: 'review',
            column: 'total',
            value: '3',
          },
        },
      ],
    },
    {
      name: 'a wrong part: the total is flagged with the sum of the parts as written',
      version: 2021,
      edit: (r) => {
        r.appeals.review.upheld = '4';
      },
      findings: [{ row: 'review', expected: '5', actual: '3' }],
    },
  ],
});
