// amount-unit: a sum of money with no unit, under a header that names none (2019 采购总金额); the
// 2021 header "本年收费金额（单位：万元）" names it.

import { runRuleTests } from './ruleTester';

const RULE = 'amount-unit' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020): "12.5万元"', version: 2019 },
    {
      name: 'clean 2021-layout report (2021): fees "3.6" under a header naming 万元',
      version: 2021,
    },
    {
      name: '"156059.82元"',
      version: 2019,
      edit: (r) => {
        r.active.procurement.amount = '156059.82元';
      },
    },
    {
      name: '"230.37万" (seed 001)',
      version: 2019,
      edit: (r) => {
        r.active.procurement.amount = '230.37万';
      },
    },
    {
      name: '"0" needs no unit',
      version: 2019,
      edit: (r) => {
        r.active.procurement.amount = '0';
      },
    },
    {
      name: '2022 fees "12" under the 万元 header',
      version: 2021,
      year: 2022,
      edit: (r) => {
        r.active.fees.amount = '12';
      },
    },
  ],
  invalid: [
    {
      name: '2019 procurement amount without unit',
      version: 2019,
      edit: (r) => {
        r.active.procurement.amount = '1647000';
      },
      findings: [
        {
          rule: RULE,
          severity: 'warning',
          message: '“表二 政府集中采购 › 采购总金额”为 1647000，未注明单位（元或万元）',
          section: 's2',
          table: 'active',
          row: 'procurement',
          column: 'amount',
          actual: '1647000',
          expected: undefined,
          fix: undefined,
        },
      ],
    },
    {
      name: 'a decimal without unit',
      version: 2019,
      edit: (r) => {
        r.active.procurement.amount = '12.5';
      },
      findings: [{ row: 'procurement', column: 'amount', actual: '12.5' }],
    },
  ],
});
