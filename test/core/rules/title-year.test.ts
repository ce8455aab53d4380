// title-year: the title states no year, or a year other than the statistic period's
// ("本报告所列数据统计期限自2020年1月1日起至2020年12月31日止" in the clean reports' preface).

import { runRuleTests } from './ruleTester';

const RULE = 'title-year' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020)', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
    {
      name: 'agency and 年度 in the title',
      version: 2019,
      edit: (r) => {
        r.title = '临江市明湖区司法局2020年度政府信息公开工作年度报告';
      },
    },
    {
      name: 'a year in the title and no statistic period to contradict it',
      version: 2021,
      edit: (r) => {
        r.preface = [];
      },
    },
  ],
  invalid: [
    {
      name: 'no year in the title (seed 000): the statistic period gives it',
      version: 2021,
      edit: (r) => {
        r.title = null;
      },
      findings: [
        {
          rule: RULE,
          severity: 'warning',
          message: '标题“政府信息公开工作年度报告”未写明年度（据统计期限为 2021 年）',
          section: 's1',
          paragraph: 0,
          quote: '政府信息公开工作年度报告',
          expected: '2021',
          actual: '',
          fix: undefined,
        },
      ],
    },
    {
      name: 'title 2019, statistic period 2020',
      version: 2019,
      edit: (r) => {
        r.title = '2019年政府信息公开工作年度报告';
      },
      findings: [
        {
          severity: 'warning',
          message: '标题写的是 2019 年，统计期限是 2020 年',
          section: 's1',
          paragraph: 0,
          quote: '2019年政府信息公开工作年度报告',
          expected: '2020',
          actual: '2019',
          fix: undefined,
        },
      ],
    },
    {
      name: 'title 2022, statistic period 2021',
      version: 2021,
      edit: (r) => {
        r.title = '临江市明湖区司法局2022年政府信息公开工作年度报告';
      },
      findings: [{ expected: '2021', actual: '2022' }],
    },
  ],
});
