// section-missing: one of 一…六 is absent; the fix inserts that section's template in the version
// the report's year requires (not necessarily the one its tables use).

import { runRuleTests } from './ruleTester';

const RULE = 'section-missing' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020)', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
  ],
  invalid: [
    {
      name: 'a report titled as such with no section at all: all six templates are offered',
      version: 2021,
      edit: (r) => {
        r.omit = ['s1', 's2', 's3', 's4', 's5', 's6'];
      },
      findings: (['s1', 's2', 's3', 's4', 's5', 's6'] as const).map((section) => ({
        rule: RULE,
        section,
        fix: { kind: 'insert-section', safe: false, section, version: 2021 as const },
      })),
    },
    {
      name: '六 missing in a 2021 report (as seed 004): insert the 2021 template',
      version: 2021,
      edit: (r) => {
        r.omit = ['s6'];
      },
      findings: [
        {
          rule: RULE,
          severity: 'error',
          message: '缺少“六、其他需要报告的事项”部分',
          section: 's6',
          table: undefined,
          expected: '六、其他需要报告的事项',
          fix: { kind: 'insert-section', safe: false, section: 's6', version: 2021 },
        },
      ],
    },
    {
      name: '二 missing in a 2020 report: insert the 2019 template',
      version: 2019,
      edit: (r) => {
        r.omit = ['s2'];
      },
      findings: [
        {
          section: 's2',
          expected: '二、主动公开政府信息情况',
          fix: { kind: 'insert-section', safe: false, section: 's2', version: 2019 },
        },
      ],
    },
    {
      name: '四 and 五 missing: one finding each, in section order',
      version: 2021,
      edit: (r) => {
        r.omit = ['s5', 's4'];
      },
      findings: [
        {
          section: 's4',
          expected: '四、政府信息公开行政复议、行政诉讼情况',
          fix: { kind: 'insert-section', safe: false, section: 's4', version: 2021 },
        },
        {
          section: 's5',
          expected: '五、存在的主要问题及改进情况',
          fix: { kind: 'insert-section', safe: false, section: 's5', version: 2021 },
        },
      ],
    },
    {
      name: 'the year decides the template: a 2021 report in the 2019 tables gets the 2021 one',
      version: 2019,
      year: 2021,
      edit: (r) => {
        r.omit = ['s6'];
      },
      findings: [
        {
          section: 's6',
          fix: { kind: 'insert-section', safe: false, section: 's6', version: 2021 },
        },
      ],
    },
  ],
});
