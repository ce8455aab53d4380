// section-numbering: a heading found by its wording but numbered wrongly ("2、", "5、", "五．") or
// not at all; the fix rewrites the heading with the right numeral and the heading's own wording.
// Paragraphs of the clean report: 0 title, 1 preface, 2 一, 3–5 overview, 6 二, 7 三, 8 四, 9 五,
// 10–11 its prose, 12 六.

import { runRuleTests } from './ruleTester';

const RULE = 'section-numbering' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020)', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
    {
      name: 'a space after the numeral is not a wrong numeral',
      version: 2021,
      edit: (r) => {
        r.headings = { s2: '二、 主动公开政府信息情况', s5: '五、　存在的主要问题及改进情况' };
      },
    },
    {
      name: 'a right numeral with other wording is section-title’s concern',
      version: 2019,
      edit: (r) => {
        r.headings = { s2: '二、主动公开政府信息的情况' };
      },
    },
  ],
  invalid: [
    {
      name: '"5、" (seed 004): rename to 五、 with the official title',
      version: 2019,
      edit: (r) => {
        r.headings = { s5: '5、 存在的主要问题及改进情况' };
      },
      findings: [
        {
          rule: RULE,
          severity: 'error',
          message: '标题“5、 存在的主要问题及改进情况”的序号应为“五、”',
          section: 's5',
          paragraph: 9,
          expected: '五、',
          actual: '5、',
          fix: {
            kind: 'rename-heading',
            safe: true,
            section: 's5',
            value: '五、存在的主要问题及改进情况',
          },
        },
      ],
    },
    {
      name: '"2、" (Word numbering)',
      version: 2021,
      edit: (r) => {
        r.headings = { s2: '2、 主动公开政府信息情况' };
      },
      findings: [
        {
          section: 's2',
          paragraph: 6,
          expected: '二、',
          actual: '2、',
          fix: {
            kind: 'rename-heading',
            safe: true,
            section: 's2',
            value: '二、主动公开政府信息情况',
          },
        },
      ],
    },
    {
      name: 'no numeral at all',
      version: 2021,
      edit: (r) => {
        r.headings = { s6: '其他需要报告的事项' };
      },
      findings: [
        {
          section: 's6',
          paragraph: 12,
          message: '标题“其他需要报告的事项”缺少序号“六、”',
          expected: '六、',
          actual: '',
          fix: {
            kind: 'rename-heading',
            safe: true,
            section: 's6',
            value: '六、其他需要报告的事项',
          },
        },
      ],
    },
    {
      name: '"五．" (a full-width full stop for 、); the heading’s own wording is kept',
      version: 2019,
      edit: (r) => {
        r.headings = { s5: '五．存在的主要问题和改进情况' };
      },
      findings: [
        {
          section: 's5',
          expected: '五、',
          actual: '五．',
          fix: {
            kind: 'rename-heading',
            safe: true,
            section: 's5',
            value: '五、存在的主要问题和改进情况',
          },
        },
      ],
    },
    {
      name: 'several headings: one finding each, in section order',
      version: 2021,
      edit: (r) => {
        r.headings = {
          s5: '5、存在的主要问题及改进情况',
          s2: '2、 主动公开政府信息情况',
          s6: '其他需要报告的事项',
        };
      },
      findings: [
        { section: 's2', actual: '2、' },
        { section: 's5', actual: '5、' },
        { section: 's6', actual: '' },
      ],
    },
  ],
});
