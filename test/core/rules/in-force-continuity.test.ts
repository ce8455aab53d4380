// in-force-continuity (2021 表二, with last year's 2021-layout report): 现行有效件数 = last year's +
// 本年制发 − 本年废止. Clean 2021: normative in_force 41; clean 2022: issued 6, repealed 2, in_force 41.

import { cleanReport, nextYearReport } from '../../fixtures/report';
import { runRuleTests } from './ruleTester';

const RULE = 'in-force-continuity' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'no previous report: the rule does not run', version: 2021, year: 2022 },
    {
      name: '2022 as the continuation of 2021',
      version: 2021,
      year: 2022,
      edit: (r) => {
        Object.assign(r, nextYearReport(cleanReport(2021, 2021, r.agency)));
      },
      previous: () => undefined,
    },
    {
      name: 'last year’s report in the 2019 layout has no 现行有效件数',
      version: 2021,
      previous: () => undefined,
    },
  ],
  invalid: [
    {
      name: 'normative: 41 + 6 − 2 should be 45, the table says 41',
      version: 2021,
      year: 2022,
      previous: () => undefined,
      findings: [
        {
          rule: RULE,
          severity: 'warning',
          message:
            '“行政规范性文件”现行有效 41 件，按上年 41 + 本年制发 6 − 废止 2 应为 45 件（如本年集中清理过文件，可忽略此提示）',
          section: 's2',
          table: 'active',
          row: 'normative',
          column: 'in_force',
          expected: '45',
          actual: '41',
          fix: undefined,
        },
      ],
    },
    {
      name: 'regulations and normative both off',
      version: 2021,
      year: 2022,
      edit: (r) => {
        Object.assign(r, nextYearReport(cleanReport(2021, 2021, r.agency)));
        r.active.regulations.in_force = '3';
        r.active.normative.in_force = '40';
      },
      previous: () => undefined,
      findings: [
        { row: 'regulations', column: 'in_force', expected: '2', actual: '3' },
        { row: 'normative', column: 'in_force', expected: '47', actual: '40' },
      ],
    },
  ],
});
