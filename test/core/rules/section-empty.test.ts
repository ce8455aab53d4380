// Paragraphs (2019 layout, 2020): 9 is 五's heading, 10 its first paragraph; 2 is 一's heading.
import { runRuleTests } from './ruleTester';

const RULE = 'section-empty' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report', version: 2019 },
    { name: 'clean 2021-layout report', version: 2021 },
    {
      name: 'a missing 五 is section-missing’s finding',
      version: 2019,
      edit: (r) => {
        r.omit = ['s5'];
      },
    },
    {
      name: '六 may say only “无。”',
      version: 2021,
      edit: (r) => {
        r.sections.s6 = ['无。'];
      },
    },
    {
      name: 'a short but real sentence in 五',
      version: 2021,
      edit: (r) => {
        r.sections.s5 = ['无明显问题，下一步将继续加强培训。'];
      },
    },
  ],
  invalid: [
    {
      name: '五 with no prose at all',
      version: 2019,
      edit: (r) => {
        r.sections.s5 = [];
      },
      findings: [
        {
          rule: RULE,
          severity: 'warning',
          section: 's5',
          message: '“五、存在的主要问题及改进情况”没有内容，应明确具体地填写',
          paragraph: undefined,
          quote: undefined,
          fix: undefined,
        },
      ],
    },
    {
      name: '五 that says only “无。”',
      version: 2019,
      edit: (r) => {
        r.sections.s5 = ['无。'];
      },
      findings: [
        {
          section: 's5',
          paragraph: 10,
          quote: '无。',
          message: '“五、存在的主要问题及改进情况”只写了“无。”，应明确具体地填写',
        },
      ],
    },
    {
      name: '五 that says “暂无” after an empty paragraph',
      version: 2021,
      edit: (r) => {
        r.sections.s5 = ['', '暂无'];
      },
      findings: [{ section: 's5', quote: '暂无' }],
    },
    {
      name: '一 with no prose (and 五 only “无”)',
      version: 2021,
      edit: (r) => {
        r.sections.s1 = [];
        r.sections.s5 = ['无'];
      },
      findings: [
        { section: 's1', message: '“一、总体情况”没有内容，应明确具体地填写' },
        { section: 's5', quote: '无' },
      ],
    },
  ],
});
