// The clean reports' overview restates the tables (test/fixtures/report.ts):
// 2019/2020: 本年新收45件，上年结转3件，办结45件，结转下年度继续办理3件；被申请行政复议3件、
// 提起行政诉讼2件；本年新公开规范性文件8件. 2021: 新收46、结转3、办结46、结转下年3；
// 复议3、诉讼2；本年制发行政规范性文件6件.
// Paragraphs: 0 title, 1 preface, 2 heading 一, 3–5 the overview.

import type { CellKeyRef } from '../../../src/core/finding';
import * as path from 'path';
import { all, append, findingsOfFile, replaceIn, runRuleTests } from './ruleTester';

const RULE = 'text-table-mismatch' as const;

/** The seeds as rebuilt into .docx by the fixtures (test/fixtures/seed-NNN.docx). */
function seed(id: string): string {
  return path.resolve(__dirname, `../../fixtures/seed-${id}.docx`);
}
const SUITS: CellKeyRef[] = [
  { table: 'appeals', row: 'suit', column: 'total' },
  { table: 'appeals', row: 'suit_after_review', column: 'total' },
];

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020)', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
    { name: 'clean 2021-layout report (2022)', version: 2021, year: 2022 },
    {
      name: '受理 may be 一 alone',
      version: 2019,
      edit: append('s1', '全年共受理政府信息公开申请45件。'),
    },
    {
      name: '受理 may be 一 + 二',
      version: 2019,
      edit: append('s1', '全年共受理政府信息公开申请48件。'),
    },
    {
      name: '001: 行政复议 with a wrong year still agrees with the table (year-mismatch reports the year)',
      version: 2019,
      edit: append('s1', '2022年我区因政府信息公开工作被申请行政复议3件、提起行政诉讼2件。'),
    },
    {
      name: 'a wrong （七）总计 is reported by its sum rule, not again by the prose',
      version: 2019,
      edit: (r) => {
        r.requests.total.total = '40';
      },
    },
    {
      name: 'a blank 本年新收 total is computed before the prose is compared',
      version: 2021,
      edit: (r) => {
        r.requests.new.total = '';
      },
    },
    {
      name: 'a wrong 行政诉讼 total is reported by appeals-total, not again by the prose',
      version: 2019,
      edit: (r) => {
        r.appeals.suit.total = '0';
      },
    },
    {
      name: 'counts of other things in the overview (the seeds)',
      version: 2019,
      edit: append(
        's1',
        '通过门户网站依法公开各类政府信息130条，其中，政策解读10条，区府办文件18条。',
        '全年共发布回应关切336次，其中新闻发布会2场、意见征求16次。公开人大建议办理情况138件、政协提案办理情况169件。',
        '对外公布政府信息公开投诉举报电话，全年收到相关投诉举报1件。各类信件答复率100%，答复满意度较高。',
        '全年共受理行政复议申请120件，审结110件。全年办理行政复议案件56件。',
      ),
    },
    {
      name: 'an earlier year’s count, a comparison, an approximate count',
      version: 2019,
      edit: append(
        's1',
        '2019年，共受理政府信息公开申请30件。',
        '受理政府信息公开申请较上年增加15件。本年度办理依申请公开40余件。',
      ),
    },
    {
      name: 'an enumeration sharing one count is not tied to its last item',
      version: 2019,
      edit: append('s1', '因政府信息公开引起的行政复议、行政诉讼共5件。'),
    },
    {
      name: 'prose of 五 and 六 is not compared',
      version: 2021,
      edit: all(
        append('s5', '下一步，力争办结政府信息公开申请100件，本年度被申请行政复议9件。'),
        (r) => {
          r.sections.s6 = ['本年度收取信息处理费2件，共计300元。'];
        },
      ),
    },
    {
      name: 'no table to compare with: table-missing reports it',
      version: 2019,
      edit: (r) => {
        r.omitTables = ['requests', 'appeals'];
      },
    },
    {
      name: '规范性文件 with an ambiguous verb: either column',
      version: 2019,
      edit: append('s1', '累计公开规范性文件56件，发布规范性文件8件。'),
    },
  ],
  invalid: [
    {
      name: '001: 提起行政诉讼0件 while 表四 has 2',
      version: 2019,
      edit: replaceIn('s1', '提起行政诉讼2件', '提起行政诉讼0件'),
      findings: [
        {
          rule: RULE,
          severity: 'error',
          message: '正文称“提起行政诉讼0件”，但表四行政诉讼合计为 2 件',
          section: 's1',
          table: 'appeals',
          row: undefined,
          column: undefined,
          expected: '2',
          actual: '0',
          paragraph: 5,
          quote: '提起行政诉讼0件',
          related: SUITS,
          fix: undefined,
        },
      ],
    },
    {
      name: '被申请行政复议 differs from 表四',
      version: 2021,
      edit: replaceIn('s1', '被申请行政复议3件', '被申请行政复议4件'),
      findings: [
        {
          section: 's1',
          table: 'appeals',
          row: 'review',
          column: 'total',
          expected: '3',
          actual: '4',
          paragraph: 5,
          quote: '本年度被申请行政复议4件',
          related: [{ table: 'appeals', row: 'review', column: 'total' }],
        },
      ],
    },
    {
      name: '本年新收, 上年结转, 办结 and 结转下年度 each differ',
      version: 2019,
      edit: all(
        replaceIn('s1', '本年新收政府信息公开申请45件', '本年新收政府信息公开申请44件'),
        replaceIn('s1', '上年结转3件', '上年结转2件'),
        replaceIn('s1', '办结45件', '办结47件'),
        replaceIn('s1', '结转下年度继续办理3件', '结转下年度继续办理1件'),
      ),
      findings: [
        { row: 'new', column: 'total', expected: '45', actual: '44', paragraph: 4 },
        { row: 'carried', column: 'total', expected: '3', actual: '2', quote: '上年结转2件' },
        { row: 'total', column: 'total', expected: '45', actual: '47', quote: '办结47件' },
        {
          row: 'forward',
          column: 'total',
          expected: '3',
          actual: '1',
          quote: '结转下年度继续办理1件',
          message: '正文称“结转下年度继续办理1件”，但表三“结转下年度继续办理”总计为 3 件',
        },
      ],
    },
    {
      name: 'full-width digits are read (and quoted as written)',
      version: 2021,
      edit: replaceIn('s1', '办结46件', '办结４４件'),
      findings: [
        { table: 'requests', row: 'total', expected: '46', actual: '44', quote: '办结４４件' },
      ],
    },
    {
      name: '受理 neither 一 nor 一 + 二: both readings in the message',
      version: 2019,
      edit: append('s1', '全年共受理政府信息公开申请50件。'),
      findings: [
        {
          table: 'requests',
          row: 'new',
          column: 'total',
          expected: '45',
          actual: '50',
          paragraph: 6,
          quote: '全年共受理政府信息公开申请50件',
          message:
            '正文称“全年共受理政府信息公开申请50件”，但表三“本年新收”总计为 45 件，“本年新收”与“上年结转”之和为 48 件',
          related: [
            { table: 'requests', row: 'new', column: 'total' },
            { table: 'requests', row: 'carried', column: 'total' },
          ],
        },
      ],
    },
    {
      name: 'a count in the preface (before 一) is compared too',
      version: 2019,
      edit: (r) => {
        r.preface = [...(r.preface ?? []), '本年度共受理依申请公开50件。'];
      },
      findings: [
        { section: 's1', paragraph: 2, actual: '50', quote: '本年度共受理依申请公开50件' },
      ],
    },
    {
      name: '2019: 本年新公开规范性文件 differs from 本年新公开数量',
      version: 2019,
      edit: replaceIn('s1', '本年新公开规范性文件8件', '本年新公开规范性文件9件'),
      findings: [
        {
          table: 'active',
          row: 'normative',
          column: 'published',
          expected: '8',
          actual: '9',
          paragraph: 3,
          quote: '本年新公开规范性文件9件',
          message: '正文称“本年新公开规范性文件9件”，但表二规范性文件“本年新公开数量”为 8 件',
        },
      ],
    },
    {
      name: '2021: 本年制发行政规范性文件 differs from 本年制发件数',
      version: 2021,
      edit: replaceIn('s1', '本年制发行政规范性文件6件', '本年制发行政规范性文件7件'),
      findings: [
        {
          table: 'active',
          row: 'normative',
          column: 'issued',
          expected: '6',
          actual: '7',
          quote: '本年制发行政规范性文件7件',
        },
      ],
    },
    {
      name: 'result groups: 予以公开, 不予公开, 无法提供',
      version: 2019,
      edit: append(
        's1',
        '在办结的申请中，予以公开16件，部分公开5件，不予公开3件，无法提供15件，不予处理4件。',
      ),
      findings: [{ quote: '不予公开3件', expected: '4', actual: '3', table: 'requests' }],
    },
    {
      name: '零 before the measure word is 0',
      version: 2019,
      edit: replaceIn('s1', '提起行政诉讼2件', '提起行政诉讼零件'),
      findings: [{ expected: '2', actual: '0', quote: '提起行政诉讼零件' }],
    },
  ],
});

describe('text-table-mismatch on the seeds (real 2020 reports)', () => {
  it('001: “提起行政诉讼0件” against 表四’s 1; “被申请行政复议2件” agrees', async () => {
    expect(await findingsOfFile(RULE, seed('001'))).toMatchObject([
      {
        section: 's1',
        table: 'appeals',
        expected: '1',
        actual: '0',
        quote: '提起行政诉讼0件',
        message: '正文称“提起行政诉讼0件”，但表四行政诉讼合计为 1 件',
      },
    ]);
  });

  it.each(['000', '002', '004'])('%s: the prose agrees with the tables', async (id) => {
    expect(await findingsOfFile(RULE, seed(id))).toEqual([]);
  });
});
