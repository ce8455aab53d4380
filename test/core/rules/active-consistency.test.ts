// active-consistency (2019 表二): 对外公开总数量 ≥ 本年新公开数量, and 上一年项目数量 + 本年增/减 ≥ 0.

import { runRuleTests } from './ruleTester';

const RULE = 'active-consistency' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020): 120 − 5, 4 − 1', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
    {
      name: '总数量 equal to 新公开数量; 上一年 + 增/减 exactly 0',
      version: 2019,
      edit: (r) => {
        r.active.normative.total_published = '8';
        r.active.fees.change = '-4';
      },
    },
    {
      name: 'the 2021 table has no such relation',
      version: 2021,
      edit: (r) => {
        r.active.normative.in_force = '1';
      },
    },
  ],
  invalid: [
    {
      name: '对外公开总数量 below 本年新公开数量',
      version: 2019,
      edit: (r) => {
        r.active.normative.total_published = '5';
      },
      findings: [
        {
          rule: RULE,
          severity: 'warning',
          message: '“规范性文件”对外公开总数量 5 小于本年新公开数量 8',
          section: 's2',
          table: 'active',
          row: 'normative',
          column: 'total_published',
          expected: '≥ 8',
          actual: '5',
          fix: undefined,
        },
      ],
    },
    {
      name: '上一年项目数量 + 本年增/减 below 0',
      version: 2019,
      edit: (r) => {
        r.active.fees.change = '-5';
      },
      findings: [
        {
          message: '“行政事业性收费”上一年项目数量 4 加本年增/减 -5 小于 0',
          section: 's2',
          table: 'active',
          row: 'fees',
          column: 'change',
          expected: undefined,
          actual: '-5',
          fix: undefined,
        },
      ],
    },
    {
      name: 'both, in table order',
      version: 2019,
      edit: (r) => {
        r.active.regulations.total_published = '0';
        r.active.regulations.published = '1';
        r.active.licensing.change = '-121';
      },
      findings: [
        { row: 'regulations', column: 'total_published', expected: '≥ 1', actual: '0' },
        { row: 'licensing', column: 'change', actual: '-121' },
      ],
    },
  ],
});
