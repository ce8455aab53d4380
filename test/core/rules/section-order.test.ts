// section-order: the six sections out of the official order: one finding, at the first section that
// comes before one it should follow.

import { runRuleTests } from './ruleTester';

const RULE = 'section-order' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020)', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
    {
      name: 'a missing section does not disturb the order of the others',
      version: 2021,
      edit: (r) => {
        r.omit = ['s4'];
      },
    },
  ],
  invalid: [
    {
      name: '五 written before 四',
      version: 2021,
      edit: (r) => {
        r.order = ['s1', 's2', 's3', 's5', 's4', 's6'];
      },
      findings: [
        {
          rule: RULE,
          severity: 'error',
          message: '“五、存在的主要问题及改进情况”应在“四、政府信息公开行政复议、行政诉讼情况”之后',
          section: 's5',
          paragraph: 8,
          table: undefined,
          fix: undefined,
        },
      ],
    },
    {
      name: '二 written before 一',
      version: 2019,
      edit: (r) => {
        r.order = ['s2', 's1', 's3', 's4', 's5', 's6'];
      },
      findings: [
        {
          section: 's2',
          message: '“二、主动公开政府信息情况”应在“一、总体情况”之后',
          paragraph: 2,
        },
      ],
    },
    {
      name: 'two swaps: still one finding, at the first',
      version: 2021,
      edit: (r) => {
        r.order = ['s1', 's3', 's2', 's4', 's6', 's5'];
      },
      findings: [{ section: 's3' }],
    },
  ],
});
