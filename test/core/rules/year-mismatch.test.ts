// The clean reports name their own year in the preface and the overview, the next year in 五
// ("2021年，我们将…") and in the signature's date: none of these is a mismatch.
// Paragraphs (2019 layout, 2020): 0 title, 1 preface, 2 heading 一, 3–5 overview, 6–9 headings
// 二–五, 10–11 五.

import * as path from 'path';
import { all, append, findingsOfFile, replaceIn, runRuleTests } from './ruleTester';

const RULE = 'year-mismatch' as const;

/** The seeds as rebuilt into .docx by the fixtures (test/fixtures/seed-NNN.docx). */
function seed(id: string): string {
  return path.resolve(__dirname, `../../fixtures/seed-${id}.docx`);
}

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2019-layout report (2020)', version: 2019 },
    { name: 'clean 2021-layout report (2021)', version: 2021 },
    { name: 'clean 2021-layout report (2022)', version: 2021, year: 2022 },
    {
      name: '001: the next year in 五 (plans) is fine',
      version: 2019,
      edit: append(
        's5',
        '政府信息公开是一项系统性、长期性、经常性工作，2021年，区政府办公室将继续深入推进政府信息公开工作。',
      ),
    },
    {
      name: 'years in 《titles》 and document numbers are not years',
      version: 2019,
      edit: append(
        's1',
        '认真贯彻落实《中华人民共和国政府信息公开条例》（中华人民共和国国务院令第711号）和《关于印发 2023 年政务公开工作要点的通知》，按照国办公开办函〔2019〕60号要求编制本报告。',
      ),
    },
    {
      name: 'horizons and ranges of plans',
      version: 2019,
      edit: append(
        's5',
        '到2025年，基本建成全面的政务公开标准体系，完成“十四五”（2021-2025年）规划目标，2023年底前全面完成目录编制。',
      ),
    },
    {
      name: 'comparisons with last year, running totals, carried-over applications',
      version: 2019,
      edit: append(
        's1',
        '2019年受理政府信息公开申请30件，本年度同比增长50%。',
        '自2018年以来累计公开规范性文件56件。',
        '2019年结转的申请3件已全部办结。',
      ),
    },
    {
      name: 'a date in the next year at the end',
      version: 2019,
      edit: (r) => {
        r.signature = ['临江市明湖区司法局', '2021年1月20日'];
      },
    },
    {
      name: 'a wrong year in the title is title-year’s finding',
      version: 2019,
      edit: (r) => {
        r.title = '2022年政府信息公开工作年度报告';
      },
    },
    {
      name: 'an earlier year without a count',
      version: 2021,
      edit: append('s1', '2019年以来，我局持续推进政务公开标准化规范化建设。'),
    },
  ],
  invalid: [
    {
      // No ASCII digit in the paragraph: its full-width digits still make a year.
      name: 'a later year written in full-width digits in 五',
      version: 2019,
      edit: append('s5', '２０２２年，区政府办公室将继续深入推进政府信息公开工作。'),
      findings: [
        {
          section: 's5',
          quote: '２０２２年，区政府办公室将继续深入推进政府信息公开工作',
          expected: '2020',
          actual: '2022',
          message: '正文中的“2022年”晚于报告年度（2020年）的次年，不可能属于本报告',
        },
      ],
    },
    {
      name: '001: “2022年…被申请行政复议” in a 2020 report',
      version: 2019,
      edit: append('s1', '2022年我区因政府信息公开工作被申请行政复议3件、提起行政诉讼2件。'),
      findings: [
        {
          rule: RULE,
          severity: 'warning',
          section: 's1',
          paragraph: 6,
          quote: '2022年我区因政府信息公开工作被申请行政复议3件',
          expected: '2020',
          actual: '2022',
          message: '正文中的“2022年”晚于报告年度（2020年）的次年，不可能属于本报告',
          fix: undefined,
        },
      ],
    },
    {
      name: 'a statistic of the overview attributed to last year',
      version: 2021,
      edit: replaceIn('s1', '本年度被申请行政复议3件', '2020年被申请行政复议3件'),
      findings: [
        {
          section: 's1',
          paragraph: 5,
          quote: '2020年被申请行政复议3件',
          expected: '2021',
          actual: '2020',
          message: '正文将统计数字归于2020年，而本报告为2021年度报告',
        },
      ],
    },
    {
      name: 'a plan two years ahead in 五',
      version: 2019,
      edit: append('s5', '2022年，我们将进一步完善政府信息公开工作机制。'),
      findings: [
        {
          section: 's5',
          paragraph: 12,
          quote: '2022年，我们将进一步完善政府信息公开工作机制',
          actual: '2022',
        },
      ],
    },
    {
      name: 'a year opening its sentence dates the clause that follows',
      version: 2019,
      edit: append('s1', '2019年，本机关共受理政府信息公开申请30件，均已办结。'),
      findings: [
        {
          section: 's1',
          paragraph: 6,
          quote: '2019年，本机关共受理政府信息公开申请30件',
          actual: '2019',
          message: '正文将统计数字归于2019年，而本报告为2020年度报告',
        },
      ],
    },
    {
      name: 'one finding per clause, in order',
      version: 2019,
      edit: all(append('s1', '2018年我局共受理政府信息公开申请12件，2023年共办结12件。'), (r) => {
        r.sections.s6 = ['2025年本机关未收取信息处理费。'];
      }),
      findings: [
        { section: 's1', quote: '2018年我局共受理政府信息公开申请12件', actual: '2018' },
        { section: 's1', quote: '2023年共办结12件', actual: '2023' },
        { section: 's6', quote: '2025年本机关未收取信息处理费', actual: '2025' },
      ],
    },
  ],
});

describe('year-mismatch on the seeds (real 2020 reports)', () => {
  it('001: “2022年…被申请行政复议2件”, not the plans for 2021 in 五', async () => {
    expect(await findingsOfFile(RULE, seed('001'))).toMatchObject([
      {
        section: 's1',
        quote: '2022年我区因政府信息公开工作被申请行政复议2件',
        expected: '2020',
        actual: '2022',
      },
    ]);
  });

  it.each(['000', '002', '004'])('%s: every year fits', async (id) => {
    expect(await findingsOfFile(RULE, seed(id))).toEqual([]);
  });
});
