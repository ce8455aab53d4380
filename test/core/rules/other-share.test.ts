// other-share: （六）其他处理 is a large share (≥ 20 %, at least 3) of all results.

import { cleanRequestCounts, requestsCells } from '../../fixtures/report';
import { runRuleTests } from './ruleTester';

const RULE = 'other-share' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020)', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
    {
      name: 'just under 20 %: 10 of 54',
      version: 2019,
      edit: (r) => {
        const c = cleanRequestCounts(2019);
        c.results.other = [10, 0, 0, 0, 0, 0];
        r.requests = requestsCells(2019, c);
      },
    },
    {
      name: 'a large share of very few: 2 of 6',
      version: 2019,
      edit: (r) => {
        r.requests = requestsCells(2019, {
          results: { granted: [4, 0, 0, 0, 0, 0], other: [2, 0, 0, 0, 0, 0] },
          carried: [0, 0, 0, 0, 0, 0],
          forward: [0, 0, 0, 0, 0, 0],
        });
      },
    },
  ],
  invalid: [
    {
      name: '2019: 12 of 56',
      version: 2019,
      edit: (r) => {
        const c = cleanRequestCounts(2019);
        c.results.other = [12, 0, 0, 0, 0, 0];
        r.requests = requestsCells(2019, c);
      },
      findings: [
        {
          rule: RULE,
          severity: 'warning',
          message:
            '“（六）其他处理”12 件，占办理结果总数 56 件的 21%，请核实是否应归入其他办理类型',
          section: 's3',
          table: 'requests',
          row: 'other',
          column: 'total',
          actual: '21%',
          expected: undefined,
          fix: undefined,
        },
      ],
    },
    {
      name: '2021: the three （六） rows together, 11 of 55',
      version: 2021,
      edit: (r) => {
        const c = cleanRequestCounts(2021);
        c.results['other.3'] = [5, 5, 0, 0, 0, 0];
        r.requests = requestsCells(2021, c);
      },
      findings: [
        {
          message:
            '“（六）其他处理”11 件，占办理结果总数 55 件的 20%，请核实是否应归入其他办理类型',
          section: 's3',
          table: 'requests',
          row: 'total',
          column: 'total',
          actual: '20%',
        },
      ],
    },
  ],
});
