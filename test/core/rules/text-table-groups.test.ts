// text-table-mismatch on the combined result groups of 表三 (spec/rules.md, "How prose is read"):
// "予以公开及部分公开N件" is （一）+（二）, "无法提供N件" the sum of its three sub-rows — also in a
// sentence after the one that says 申请 ("…申请46件。其中，…"). Clean 2021 report: （一）16 +
// （二）5 = 21; （四）12 + 2 + 1 = 15; （五）3 + 1 = 4.

import type { CellKeyRef } from '../../../src/core/finding';
import { append, runRuleTests } from './ruleTester';

const RULE = 'text-table-mismatch' as const;
const req = (row: string): CellKeyRef => ({ table: 'requests', row, column: 'total' });
const SAID = '本年共办结政府信息公开申请46件。';

runRuleTests(RULE, {
  valid: [
    {
      name: 'the groups agree with the table, in the sentence after 申请',
      version: 2021,
      edit: append('s1', `${SAID}其中，予以公开及部分公开21件，无法提供15件，不予处理4件。`),
    },
    {
      name: 'no 申请 anywhere before: the groups are not read',
      version: 2021,
      edit: append('s1', '其中，予以公开及部分公开99件，无法提供99件。'),
    },
  ],
  invalid: [
    {
      name: '予以公开及部分公开 and 无法提供 after a sentence about applications',
      version: 2021,
      edit: append('s1', `${SAID}其中，予以公开及部分公开258件，无法提供265件，不予处理4件。`),
      findings: [
        {
          rule: RULE,
          severity: 'error',
          section: 's1',
          paragraph: 6,
          quote: '予以公开及部分公开258件',
          message:
            '正文称“予以公开及部分公开258件”，但表三“（一）予以公开”与“（二）部分公开”之和为 21 件',
          table: 'requests',
          row: undefined,
          expected: '21',
          actual: '258',
          related: [req('granted'), req('partial')],
        },
        {
          quote: '无法提供265件',
          message: '正文称“无法提供265件”，但表三“（四）无法提供”各项合计为 15 件',
          expected: '15',
          actual: '265',
          related: [req('unavailable.1'), req('unavailable.2'), req('unavailable.3')],
        },
      ],
    },
  ],
});
