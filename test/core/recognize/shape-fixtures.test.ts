// The committed fixtures of real shapes (test/fixtures/fixtures.ts, shapeFixtures): each gives
// exactly these findings, field by field, read from the .docx file on disk.

import { readFileSync } from 'fs';
import path from 'path';
import { check } from '../../../src/core/check';
import type { Finding } from '../../../src/core/finding';
import { planFixes } from '../../../src/core/fix';
import { readDocx } from '../../../src/hosts/docx/read';
import { FIXTURES_DIR } from '../../fixtures/fixtures';
import { expectFindings } from '../rules/cases';

async function checkFile(name: string) {
  return check((await readDocx(readFileSync(path.join(FIXTURES_DIR, name)))).model);
}

const TABLE_LABEL = (row: string, written: string, official: string, rowName: string) => ({
  rule: 'table-label' as const,
  severity: 'warning' as const,
  message: `表三的行标题“${written}”与规定的“${official}”不一致，已按“${rowName}”一行读取`,
  section: 's3' as const,
  table: 'requests' as const,
  row,
  column: undefined,
  expected: official,
  actual: written,
  fix: undefined,
});

const cases: [string, Array<Partial<Finding>>][] = [
  [
    'label-typo.docx',
    [
      TABLE_LABEL(
        'denied.2',
        '2.其他法律行政止公开',
        '2.其他法律行政法规禁止公开',
        '（三）不予公开 › 2.其他法律行政法规禁止公开',
      ),
    ],
  ],
  [
    'label-abbreviated-2021.docx',
    [
      TABLE_LABEL(
        'other.1',
        '1.逾期不补正',
        '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        '（六）其他处理 › 1.逾期不补正',
      ),
      TABLE_LABEL(
        'other.2',
        '2.逾期不缴费',
        '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        '（六）其他处理 › 2.逾期未缴费',
      ),
    ],
  ],
  ['label-dunhao.docx', []],
  [
    'single-other-2021.docx',
    [
      {
        rule: 'table-layout',
        severity: 'error',
        message:
          '表三与规定格式不一致：（六）其他处理只有一行，未按 2021 版分列“1.逾期不补正”“2.逾期未缴费”“3.其他”，已按一行读取',
        section: 's3',
        table: 'requests',
        row: undefined,
        fix: undefined,
      },
    ],
  ],
  [
    'heading-misspelled.docx',
    [
      {
        rule: 'section-title',
        severity: 'warning',
        message:
          '标题“四、政府信息公开行政法复议、行政诉讼情况”与规定的“四、政府信息公开行政复议、行政诉讼情况”不一致',
        section: 's4',
        expected: '四、政府信息公开行政复议、行政诉讼情况',
        actual: '四、政府信息公开行政法复议、行政诉讼情况',
        fix: {
          kind: 'rename-heading',
          safe: false,
          section: 's4',
          value: '四、政府信息公开行政复议、行政诉讼情况',
        },
      },
    ],
  ],
  ['nested-layout.docx', []],
  [
    'nested-layout-row-total.docx',
    [
      {
        rule: 'row-total',
        severity: 'error',
        section: 's3',
        table: 'requests',
        row: 'granted',
        column: 'total',
        expected: '16',
        actual: '17',
        fix: {
          kind: 'set-cell',
          safe: true,
          table: 'requests',
          row: 'granted',
          column: 'total',
          value: '16',
        },
      },
    ],
  ],
];

describe.each(cases)('%s', (name, expected) => {
  it('gives exactly the findings expected, and no insert', async () => {
    const { findings, report } = await checkFile(name);
    expectFindings(findings, expected);
    expect(findings).toHaveLength(expected.length);
    const inserts = planFixes(report, findings).edits.filter((e) => e.kind.startsWith('insert'));
    expect(inserts).toEqual([]);
  });
});

it('single-other-2021.docx: （六） read as other, its values in the table', async () => {
  const { report } = await checkFile('single-other-2021.docx');
  const t = report.tables.requests;
  expect(t?.version).toBe(2021);
  expect(['natural', 'commercial', 'total'].map((c) => t?.cells[`other/${c}`]?.value)).toEqual([
    1, 1, 2,
  ]);
  expect(Object.keys(t?.cells ?? {}).some((k) => k.startsWith('other.'))).toBe(false);
});
