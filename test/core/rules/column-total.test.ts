// column-total: in 表三, （七）总计 ≠ the sum of the result rows in some column; the fix is the
// computed total.

import { runRuleTests } from './ruleTester';

const RULE = 'column-total' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020)', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
    {
      name: 'a blank （七）总计 applicant cell whose computed value is 0 is cell-blank’s',
      version: 2021,
      edit: (r) => {
        r.requests.total.research = '';
      },
    },
    {
      name: 'a wrong 总计 of a result row is row-total’s',
      version: 2021,
      edit: (r) => {
        r.requests.granted.total = '20';
      },
    },
  ],
  invalid: [
    {
      name: 'a wrong （七）总计 in the 自然人 column',
      version: 2019,
      edit: (r) => {
        r.requests.total.natural = '40';
      },
      findings: [
        {
          rule: RULE,
          severity: 'error',
          message: '“自然人”列的（七）总计应为 37（各办理结果之和），表中为 40',
          section: 's3',
          table: 'requests',
          row: 'total',
          column: 'natural',
          expected: '37',
          actual: '40',
          culprit: { table: 'requests', row: 'total', column: 'natural' },
          fix: {
            kind: 'set-cell',
            table: 'requests',
            row: 'total',
            column: 'natural',
            value: '37',
          },
        },
      ],
    },
    {
      name: 'a blank （七）总计 whose computed value is not 0',
      version: 2019,
      edit: (r) => {
        r.requests.total.natural = '';
      },
      findings: [
        {
          message: '“自然人”列的（七）总计应为 37（各办理结果之和），表中为空白',
          row: 'total',
          column: 'natural',
          expected: '37',
          actual: '',
          fix: {
            kind: 'set-cell',
            table: 'requests',
            row: 'total',
            column: 'natural',
            value: '37',
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
          row: 'unavailable.1',
          column: 'natural',
          expected: '9',
          actual: '19',
          culprit: { table: 'requests', row: 'unavailable.1', column: 'natural' },
          fix: {
            kind: 'set-cell',
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
