// table-missing: section 二/三/四 present but its table not found; the fix inserts the official
// table of the version the year requires.

import { runRuleTests } from './ruleTester';

const RULE = 'table-missing' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020)', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
    {
      name: 'a missing section is section-missing’s, not table-missing’s',
      version: 2021,
      edit: (r) => {
        r.omit = ['s4'];
      },
    },
  ],
  invalid: [
    {
      name: 'no appeals table in a 2021 report',
      version: 2021,
      edit: (r) => {
        r.omitTables = ['appeals'];
      },
      findings: [
        {
          rule: RULE,
          severity: 'error',
          message: '“四、政府信息公开行政复议、行政诉讼情况”部分缺少规定的表格',
          section: 's4',
          table: 'appeals',
          row: undefined,
          column: undefined,
          fix: {
            kind: 'insert-table',
            safe: false,
            table: 'appeals',
            section: 's4',
            version: 2021,
          },
        },
      ],
    },
    {
      name: 'no active and no requests table in a 2020 report: 2019 templates',
      version: 2019,
      edit: (r) => {
        r.omitTables = ['active', 'requests'];
      },
      findings: [
        {
          section: 's2',
          table: 'active',
          message: '“二、主动公开政府信息情况”部分缺少规定的表格',
          fix: { kind: 'insert-table', safe: false, table: 'active', section: 's2', version: 2019 },
        },
        {
          section: 's3',
          table: 'requests',
          fix: {
            kind: 'insert-table',
            safe: false,
            table: 'requests',
            section: 's3',
            version: 2019,
          },
        },
      ],
    },
    {
      name: 'all three tables missing from a 2022 report',
      version: 2021,
      year: 2022,
      edit: (r) => {
        r.omitTables = ['active', 'requests', 'appeals'];
      },
      findings: [
        {
          table: 'active',
          fix: { kind: 'insert-table', safe: false, table: 'active', section: 's2', version: 2021 },
        },
        { table: 'requests' },
        { table: 'appeals' },
      ],
    },
  ],
});
