// row-total: in 表三, a row's 总计 ≠ the sum of its six applicant columns; the fix is the computed
// total, safe when it is the one smallest correction. A blank total gets the value the table
// determines. A wrong data cell that breaks its row and its column is one row-total finding with
// that cell as culprit (see sums-culprit.test.ts).

import { runRuleTests } from './ruleTester';

const RULE = 'row-total' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020)', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
    {
      name: 'a placeholder total is cell-not-number’s (with the determined value)',
      version: 2019,
      edit: (r) => {
        r.requests.forward.total = '—';
      },
    },
    {
      name: 'a wrong （七）总计 applicant cell is column-total’s, not row-total’s',
      version: 2019,
      edit: (r) => {
        r.requests.total.natural = '40';
      },
    },
  ],
  invalid: [
    {
      name: 'a wrong total: expected the computed one, fix set-cell',
      version: 2021,
      edit: (r) => {
        r.requests.granted.total = '20';
      },
      findings: [
        {
          rule: RULE,
          severity: 'error',
          message: '“（一）予以公开”行的总计应为 16（各类申请人之和），表中为 20',
          section: 's3',
          table: 'requests',
          row: 'granted',
          column: 'total',
          expected: '16',
          actual: '20',
          culprit: { table: 'requests', row: 'granted', column: 'total' },
          fix: {
            kind: 'set-cell',
            safe: true,
            table: 'requests',
            row: 'granted',
            column: 'total',
            value: '16',
          },
        },
      ],
    },
    {
      name: 'a blank total: one finding with the computed value',
      version: 2021,
      edit: (r) => {
        r.requests.new.total = '';
      },
      findings: [
        {
          message: '“一、本年新收”行的总计应为 46（各类申请人之和），表中为空白',
          row: 'new',
          column: 'total',
          expected: '46',
          actual: '',
          fix: {
            kind: 'set-cell',
            safe: true,
            table: 'requests',
            row: 'new',
            column: 'total',
            value: '46',
          },
        },
      ],
    },
    {
      name: 'a wrong （七）总计 row total is a row-total, once',
      version: 2021,
      edit: (r) => {
        r.requests.total.total = '50';
      },
      findings: [
        {
          row: 'total',
          column: 'total',
          expected: '46',
          actual: '50',
          fix: {
            kind: 'set-cell',
            safe: true,
            table: 'requests',
            row: 'total',
            column: 'total',
            value: '46',
          },
        },
      ],
    },
    {
      name: 'a wrong data cell of a result row: the culprit is that cell',
      version: 2021,
      edit: (r) => {
        r.requests['unavailable.1'].natural = '19';
      },
      findings: [
        {
          message:
            '“表三 （四）无法提供 › 1.本机关不掌握相关政府信息 › 自然人”应为 9，表中为 19：“（四）无法提供 › 1.本机关不掌握相关政府信息”行的总计与各类申请人之和、“自然人”列的（七）总计与各办理结果之和不符，改这一格即全部相符',
          row: 'unavailable.1',
          column: 'natural',
          expected: '9',
          actual: '19',
          culprit: { table: 'requests', row: 'unavailable.1', column: 'natural' },
          fix: {
            kind: 'set-cell',
            safe: true,
            table: 'requests',
            row: 'unavailable.1',
            column: 'natural',
            value: '9',
          },
        },
      ],
    },
  ],
});
