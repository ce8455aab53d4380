// format-version: a 2021+ report in the 2019 tables (国办公开办函〔2019〕60号), or a 2019/2020
// report in the 2021 tables (〔2021〕30号).

import { runRuleTests } from './ruleTester';

const RULE = 'format-version' as const;

runRuleTests(RULE, {
  valid: [
    { name: '2020 report, 2019 tables', version: 2019 },
    { name: '2019 report, 2019 tables', version: 2019, year: 2019 },
    { name: '2021 report, 2021 tables', version: 2021 },
    { name: '2022 report, 2021 tables', version: 2021, year: 2022 },
  ],
  invalid: [
    {
      name: '2021 report in the 2019 tables',
      version: 2019,
      year: 2021,
      findings: [
        {
          rule: RULE,
          severity: 'error',
          message:
            '2021 年度报告应使用 2021 版表格（国办公开办函〔2021〕30号），本报告使用的是 2019 版',
          section: 's2',
          table: undefined,
          expected: '2021',
          actual: '2019',
          fix: undefined,
        },
      ],
    },
    {
      name: '2020 report in the 2021 tables',
      version: 2021,
      year: 2020,
      findings: [
        {
          message:
            '2020 年度报告应使用 2019 版表格（国办公开办函〔2019〕60号），本报告使用的是 2021 版',
          section: 's2',
          expected: '2019',
          actual: '2021',
        },
      ],
    },
    {
      name: 'without the active table the requests table tells the version',
      version: 2019,
      year: 2022,
      edit: (r) => {
        r.omitTables = ['active'];
      },
      findings: [{ section: 's3', expected: '2021', actual: '2019' }],
    },
  ],
});
