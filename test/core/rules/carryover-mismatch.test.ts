// carryover-mismatch (with last year's report): this year's 二、上年结转 ≠ last year's
// 四、结转下年度继续办理, column by column. Clean 2020: forward [3,0,0,0,0,0]; clean 2021: carried
// [3,0,…], forward [2,1,0,…]; clean 2022 (cleanReport, not nextYearReport): carried [3,0,…].

import { cleanReport, nextYearReport } from '../../fixtures/report';
import { runRuleTests } from './ruleTester';

const RULE = 'carryover-mismatch' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'no previous report: the rule does not run', version: 2021, year: 2022 },
    {
      name: '2021 after 2020 (2019 layout): carried = last year’s forward',
      version: 2021,
      previous: () => undefined,
    },
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
      name: 'last year’s blank forward total is computed before comparing',
      version: 2021,
      previous: (p) => {
        p.requests.forward.total = '';
      },
    },
  ],
  invalid: [
    {
      name: '2022 carried [3,0] while 2021 forwarded [2,1]',
      version: 2021,
      year: 2022,
      previous: () => undefined,
      findings: [
        {
          rule: RULE,
          severity: 'warning',
          message: '“自然人”列上年结转 3 件，与2021年度报告的结转下年度继续办理 2 件不一致',
          section: 's3',
          table: 'requests',
          row: 'carried',
          column: 'natural',
          expected: '2',
          actual: '3',
          fix: undefined,
        },
        { row: 'carried', column: 'commercial', expected: '1', actual: '0', fix: undefined },
      ],
    },
    {
      name: 'last year forwarded more (a 2019-layout previous report)',
      version: 2021,
      previous: (p) => {
        p.requests.forward.natural = '4';
        p.requests.forward.total = '4';
      },
      findings: [
        {
          message: '“自然人”列上年结转 3 件，与2020年度报告的结转下年度继续办理 4 件不一致',
          column: 'natural',
          expected: '4',
          actual: '3',
        },
        { column: 'total', expected: '4', actual: '3' },
      ],
    },
  ],
});
