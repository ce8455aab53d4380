// section-title: a heading whose wording differs from the official title; the fix renames it to the
// official heading (numeral included).

import { runRuleTests } from './ruleTester';

const RULE = 'section-title' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020)', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
    {
      name: 'a wrong numeral with the official wording is section-numbering’s concern',
      version: 2019,
      edit: (r) => {
        r.headings = { s5: '5、 存在的主要问题及改进情况', s2: '2、主动公开政府信息情况' };
      },
    },
    {
      name: 'spaces and a closing colon are not a different wording',
      version: 2021,
      edit: (r) => {
        r.headings = { s1: '一、总体情况：', s3: '三、收到和处理政府信息公开申请 情况' };
      },
    },
  ],
  invalid: [
    {
      name: '"二、主动公开政府信息的情况" (seed 002)',
      version: 2019,
      edit: (r) => {
        r.headings = { s2: '二、主动公开政府信息的情况' };
      },
      findings: [
        {
          rule: RULE,
          severity: 'warning',
          message: '标题“二、主动公开政府信息的情况”与规定的“二、主动公开政府信息情况”不一致',
          section: 's2',
          paragraph: 6,
          expected: '二、主动公开政府信息情况',
          actual: '二、主动公开政府信息的情况',
          fix: {
            kind: 'rename-heading',
            safe: false,
            section: 's2',
            value: '二、主动公开政府信息情况',
          },
        },
      ],
    },
    {
      name: '"其它" for "其他"',
      version: 2021,
      edit: (r) => {
        r.headings = { s6: '六、其它需要报告的事项' };
      },
      findings: [
        {
          section: 's6',
          paragraph: 12,
          expected: '六、其他需要报告的事项',
          actual: '六、其它需要报告的事项',
          fix: {
            kind: 'rename-heading',
            safe: false,
            section: 's6',
            value: '六、其他需要报告的事项',
          },
        },
      ],
    },
    {
      name: 'wrong numeral and wording: the fix is the whole official heading',
      version: 2021,
      edit: (r) => {
        r.headings = { s5: '5、存在的主要问题和改进措施' };
      },
      findings: [
        {
          section: 's5',
          expected: '五、存在的主要问题及改进情况',
          actual: '5、存在的主要问题和改进措施',
          fix: {
            kind: 'rename-heading',
            safe: false,
            section: 's5',
            value: '五、存在的主要问题及改进情况',
          },
        },
      ],
    },
  ],
});
