// column-total: in 表三, （七）总计 ≠ the sum of the result rows in some column; the fix is the
// computed total.

import { runRuleTests } from './ruleTester';

const RULE = 'column-total' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020)', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
    {
      name: 'a wrong data cell of a result row is one finding, row-total’s (with its culprit)',
      version: 2021,
      edit: (r) => {
        r.requests['unavailable.1'].natural = '19';
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
            safe: true,
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
            safe: true,
            table: 'requests',
            row: 'total',
            column: 'natural',
            value: '37',
          },
        },
      ],
    },
    {
      name: 'a blank （七）总计 applicant cell: its sum rule gives the determined 0',
      version: 2021,
      edit: (r) => {
        r.requests.total.research = '';
      },
      findings: [
        {
          message: '“科研机构”列的（七）总计应为 0（各办理结果之和），表中为空白',
          row: 'total',
          column: 'research',
          expected: '0',
          actual: '',
          fix: {
            kind: 'set-cell',
            safe: true,
            table: 'requests',
            row: 'total',
            column: 'research',
            value: '0',
          },
        },
      ],
    },
    {
      name: 'results add up to more than （七）总计 while 一+二=（七）+四 holds: the difference is in the result rows, no fix',
      version: 2019,
      edit: (r) => {
        // A real 2020 report's shape: （一）…（六） are 6 more than （七）总计 in the 自然人 column, the
        // rows add up, and the balance vouches for （七）总计.
        r.requests.granted.natural = String(Number(r.requests.granted.natural) + 6);
        r.requests.granted.total = String(Number(r.requests.granted.total) + 6);
      },
      findings: [
        {
          rule: RULE,
          message:
            '“自然人”列的（七）总计与各办理结果之和不符（各办理结果之和为 43，（七）总计为 37），“总计”列的（七）总计与各办理结果之和也因此不符；“（七）总计”行的总计与各类申请人之和、“自然人”列的“一+二”与“（七）总计+四”相符，印证了“表三 （七）总计 › 自然人”，差额应在分项中。差额可能在以下任一格，表中数字无法确定是哪一格，请核对：“表三 （一）予以公开 › 自然人”、“表三 （一）予以公开 › 总计”、“表三 （四）无法提供 › 1.本机关不掌握相关政府信息 › 自然人”、“表三 （四）无法提供 › 1.本机关不掌握相关政府信息 › 总计”',
          row: 'total',
          column: 'natural',
          expected: '43',
          actual: '37',
          related: [
            { table: 'requests', row: 'granted', column: 'natural' },
            { table: 'requests', row: 'granted', column: 'total' },
            { table: 'requests', row: 'unavailable.1', column: 'natural' },
            { table: 'requests', row: 'unavailable.1', column: 'total' },
          ],
          fix: undefined,
          culprit: undefined,
        },
      ],
    },
  ],
});
