// table-label: a requests row whose label differs from the official one (a typo, an abbreviation)
// is read by its numbering, place and words, checked like any row, and its label reported once.
// Every case asserts all the findings of the engine, so a row silently dropped (table-layout) or
// a sum broken by a lost row shows.

import type { Finding } from '../../../src/core/finding';
import { singleOtherRequestsTable } from '../../fixtures/shapes';
import { checkCase, docTable, expectFindings, insertRowAfter, type DocCase } from './cases';

async function all(c: DocCase): Promise<Finding[]> {
  return (await checkCase(c)).findings;
}

describe('table-label and row recognition (whole engine)', () => {
  it('a typo in 2.其他法律行政法规禁止公开: read as denied.2, one warning, its blank cell still found', async () => {
    const findings = await all({
      name: 'typo',
      version: 2019,
      edit: (r) => {
        r.labels = { '2.其他法律行政法规禁止公开': '2.其他法律行政止公开' };
        const row = r.requests['denied.2'];
        if (row) row.natural = '';
      },
    });
    expectFindings(findings, [
      {
        rule: 'cell-blank',
        section: 's3',
        table: 'requests',
        row: 'denied.2',
        column: 'natural',
      },
      {
        rule: 'table-label',
        severity: 'warning',
        message:
          '表三的行标题“2.其他法律行政止公开”与规定的“2.其他法律行政法规禁止公开”不一致，已按“（三）不予公开 › 2.其他法律行政法规禁止公开”一行读取',
        section: 's3',
        table: 'requests',
        row: 'denied.2',
        column: undefined,
        expected: '2.其他法律行政法规禁止公开',
        actual: '2.其他法律行政止公开',
        fix: undefined,
      },
    ]);
  });

  it('"1、" numbering everywhere reads as "1." and is no finding', async () => {
    const findings = await all({
      name: '1、',
      version: 2021,
      edit: (r) => {
        r.labels = {
          '1.属于国家秘密': '1、属于国家秘密',
          '2.其他法律行政法规禁止公开': '2、其他法律行政法规禁止公开',
          '1.本机关不掌握相关政府信息': '1、本机关不掌握相关政府信息',
          '1.信访举报投诉类申请': '1、信访举报投诉类申请',
          '3.其他': '3、其他',
        };
      },
    });
    expect(findings).toEqual([]);
  });

  it('abbreviated 2021 （六） labels: read by their number in the group, one warning each', async () => {
    const findings = await all({
      name: 'abbreviations',
      version: 2021,
      edit: (r) => {
        r.labels = {
          '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请': '1.逾期不补正',
          '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请':
            '2.逾期不缴费',
        };
      },
    });
    expectFindings(findings, [
      { rule: 'table-label', row: 'other.1', actual: '1.逾期不补正' },
      { rule: 'table-label', row: 'other.2', actual: '2.逾期不缴费' },
    ]);
  });

  it('an abbreviated row keeps its data in the sums: a wrong total in it is found', async () => {
    const findings = await all({
      name: 'abbreviation with an error',
      version: 2021,
      edit: (r) => {
        r.labels = {
          '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请': '1.逾期不补正',
        };
        const row = r.requests['other.1'];
        if (row) row.total = '2';
      },
    });
    expect(findings.map((f) => [f.rule, f.row, f.column])).toEqual([
      ['row-total', 'other.1', 'total'],
      ['table-label', 'other.1', undefined],
    ]);
  });

  it('a label without its numbering ("属于国家秘密") is read by its words and place', async () => {
    const findings = await all({
      name: 'no numbering',
      version: 2019,
      edit: (r) => {
        r.labels = { '1.属于国家秘密': '属于国家秘密' };
      },
    });
    expectFindings(findings, [{ rule: 'table-label', row: 'denied.1', actual: '属于国家秘密' }]);
  });

  it('a 2021 table whose （六） is a single row: read as other, one table-layout, nothing else', async () => {
    const { findings, report } = await checkCase({
      name: 'single （六）',
      version: 2021,
      doc: (d) => {
        const t = docTable(d, 'requests');
        t.rows = singleOtherRequestsTable().rows;
      },
    });
    expect(report.tables.requests?.version).toBe(2021);
    expect(report.tables.requests?.cells['other/total']?.value).toBe(2);
    expect(report.tables.requests?.missing).toEqual([]);
    expectFindings(findings, [
      {
        rule: 'table-layout',
        severity: 'error',
        message:
          '表三与规定格式不一致：（六）其他处理只有一行，未按 2021 版分列“1.逾期不补正”“2.逾期未缴费”“3.其他”，已按一行读取',
        section: 's3',
        table: 'requests',
        row: undefined,
      },
    ]);
  });

  it('active 2021: "规范性文件" for 行政规范性文件 is read in its block and said once', async () => {
    const { findings, report } = await checkCase({
      name: 'active label',
      version: 2021,
      edit: (r) => {
        r.labels = { 行政规范性文件: '规范性文件' };
      },
    });
    expect(report.tables.active?.cells['normative/in_force']?.value).toBe(41);
    expectFindings(findings, [
      {
        rule: 'table-label',
        severity: 'warning',
        message:
          '表二的行标题“规范性文件”与规定的“行政规范性文件”不一致，已按“行政规范性文件”一行读取',
        section: 's2',
        table: 'active',
        row: 'normative',
      },
    ]);
  });

  it('an extra numbered row in a group ("9.其他" under （三）) is not taken for （六）3.其他', async () => {
    const findings = await all({
      name: 'extra item',
      version: 2021,
      doc: insertRowAfter('requests', '8.属于行政查询事项', [
        { text: '', vMerge: 'continue' },
        { text: '', vMerge: 'continue' },
        '9.其他',
        '0',
        '0',
        '0',
        '0',
        '0',
        '0',
        '0',
      ]),
    });
    expectFindings(findings, [
      { rule: 'table-layout', message: '表三与规定格式不一致：多出“9.其他”' },
    ]);
  });

  it('the single （六） row takes part in the column sums: a wrong cell in it is found', async () => {
    const { findings } = await checkCase({
      name: 'single （六） with an error',
      version: 2021,
      doc: (d) => {
        const rows = singleOtherRequestsTable().rows;
        const other = rows.find((r) =>
          r.some(
            (c) => c === '（六）其他处理' || (typeof c !== 'string' && c.text === '（六）其他处理'),
          ),
        );
        if (!other) throw new Error('no （六） row');
        other[other.length - 7] = '2';
        docTable(d, 'requests').rows = rows;
      },
    });
    expect(
      findings.map((f) => [f.rule, f.row, f.column, f.culprit?.row, f.culprit?.column]),
    ).toEqual([
      ['table-layout', undefined, undefined, undefined, undefined],
      // The row and the 自然人 column both break: one finding, at the cell where they cross.
      ['row-total', 'other', 'natural', 'other', 'natural'],
    ]);
  });

  it('a row that resembles no official row is still reported as extra, not forced onto one', async () => {
    const findings = await all({
      name: 'foreign row',
      version: 2019,
      edit: (r) => {
        r.labels = { '8.属于行政查询事项': '8.涉及商业秘密的信息' };
      },
    });
    expectFindings(findings, [
      {
        rule: 'table-layout',
        message:
          '表三与规定格式不一致：找不到“（三）不予公开 › 8.属于行政查询事项”的数据；多出“8.涉及商业秘密的信息”',
      },
    ]);
  });
});
