// table-layout: a table lacks official rows, or has rows that belong to no official key. A section
// heading typed inside a table (seed 002: a row holding only "三、收到和处理政府信息公开申请情况")
// is not an extra row.

import {
  allDoc,
  appendRow,
  docTable,
  insertRowAfter,
  removeParagraph,
  runDocRuleTests,
} from './cases';
import { runRuleTests } from './ruleTester';
import type { DocSpec } from '../../fixtures/spec';

const RULE = 'table-layout' as const;

/** Removes the row of table `key` whose cells include `label`. */
function removeRow(key: 'active' | 'requests' | 'appeals', label: string): (d: DocSpec) => void {
  return (d) => {
    const t = docTable(d, key);
    const i = t.rows.findIndex((r) =>
      r.some((c) => (typeof c === 'string' ? c : c.text) === label),
    );
    if (i < 0) throw new Error(`no row “${label}”`);
    t.rows.splice(i, 1);
  };
}

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020)', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
    {
      name: 'labels written with half-width brackets and line breaks',
      version: 2019,
      edit: (r) => {
        r.labels = {
          '（一）予以公开': '(一)予以公开',
          '一、本年新收政府信息公开申请数量': '一、本年新收政府信息\n公开申请数量',
        };
      },
    },
  ],
  invalid: [],
});

runDocRuleTests(RULE, {
  valid: [
    {
      name: 'a heading row inside the active table (seed 002) is not an extra row',
      version: 2019,
      doc: allDoc(
        appendRow('active', [{ text: '三、收到和处理政府信息公开申请情况', span: 4 }]),
        removeParagraph('三、收到和处理政府信息公开申请情况'),
      ),
    },
  ],
  invalid: [
    {
      name: 'an official requests row missing',
      version: 2021,
      doc: removeRow('requests', '5.要求行政机关确认或重新出具已获取信息'),
      findings: [
        {
          rule: RULE,
          severity: 'error',
          message:
            '表三与规定格式不一致：找不到“（五）不予处理 › 5.要求行政机关确认或重新出具已获取信息”的数据',
          section: 's3',
          table: 'requests',
          row: undefined,
          column: undefined,
          fix: undefined,
        },
      ],
    },
    {
      name: 'an official active row missing',
      version: 2019,
      doc: removeRow('active', '行政强制'),
      findings: [
        {
          message: '表二与规定格式不一致：找不到“行政强制”的数据',
          section: 's2',
          table: 'active',
        },
      ],
    },
    {
      name: 'an extra, non-official row in the active table',
      version: 2019,
      doc: insertRowAfter('active', '行政强制', ['行政检查', '1', '0', '3']),
      findings: [
        {
          rule: RULE,
          severity: 'error',
          message: '表二与规定格式不一致：多出“行政检查”',
          section: 's2',
          table: 'active',
          row: undefined,
        },
      ],
    },
    {
      name: 'an official row renamed: missing and extra in one finding',
      version: 2021,
      edit: (r) => {
        r.labels = { 行政强制: '行政检查' };
      },
      findings: [
        {
          message: '表二与规定格式不一致：找不到“行政强制”的数据；多出“行政检查”',
          section: 's2',
          table: 'active',
        },
      ],
    },
  ],
});
