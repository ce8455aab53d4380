// Headings recognised by likeness, numbering, place and the table that follows, and the inserts
// that must never be offered while the section or table is there in some form (whole engine).

import { planFixes } from '../../../src/core/fix';
import { officialHeading } from '../../../src/core/format';
import { checkCase, expectFindings, removeParagraph } from '../rules/cases';

const MISSPELLED_4 = '四、政府信息公开行政法复议、行政诉讼情况';

describe('misspelled and hidden headings', () => {
  it('a misspelled 四 (one extra 法) is section-title with the official title, nothing inserted', async () => {
    const { findings, report } = await checkCase({
      name: 'misspelled 四',
      version: 2019,
      edit: (r) => {
        r.headings = { s4: MISSPELLED_4 };
      },
    });
    expect(report.sections.find((s) => s.key === 's4')).toMatchObject({
      found: true,
      heading: MISSPELLED_4,
      numbering: '四、',
    });
    expectFindings(findings, [
      {
        rule: 'section-title',
        severity: 'warning',
        section: 's4',
        expected: '四、政府信息公开行政复议、行政诉讼情况',
        actual: MISSPELLED_4,
        fix: {
          kind: 'rename-heading',
          safe: false,
          section: 's4',
          value: '四、政府信息公开行政复议、行政诉讼情况',
        },
      },
    ]);
  });

  it('a misspelled heading far from the official words is not taken for it', async () => {
    const { findings } = await checkCase({
      name: 'unrelated line',
      version: 2021,
      edit: (r) => {
        r.headings = { s5: '五、下一步工作打算' };
      },
    });
    expect(findings.map((f) => [f.rule, f.section, f.fix?.kind])).toEqual([
      ['section-missing', 's5', 'insert-section'],
    ]);
  });

  it('a heading run into a sentence: section-missing without an insert, and none planned', async () => {
    const sentence =
      '四、政府信息公开行政复议、行政诉讼情况：本年度本机关未发生因政府信息公开引起的行政复议、行政诉讼，具体如下。';
    const { findings, report } = await checkCase({
      name: 'heading in a sentence',
      version: 2021,
      edit: (r) => {
        r.omit = ['s4'];
        r.sections.s5 = [sentence, ...(r.sections.s5 ?? [])];
      },
    });
    const missing = findings.filter((f) => f.rule === 'section-missing');
    expectFindings(missing, [
      {
        section: 's4',
        message: `缺少“四、政府信息公开行政复议、行政诉讼情况”部分（文中已有“${sentence.slice(0, 60)}”，请核对该部分标题）`,
        fix: undefined,
      },
    ]);
    expect(planFixes(report, findings).edits.filter((e) => e.kind.startsWith('insert'))).toEqual(
      [],
    );
  });

  it('tables but not one readable heading (headings in text boxes): nothing inserted', async () => {
    const { findings, report } = await checkCase({
      name: 'no readable heading',
      version: 2021,
      doc: (d) => {
        d.blocks = d.blocks.filter((b) => !('p' in b) || b.role !== 'heading');
      },
    });
    const reason = '文中有规定的表格却找不到任何章节标题，标题可能在文本框或图片中，请核对';
    expectFindings(
      findings.filter((f) => f.rule === 'section-missing'),
      (['s1', 's2', 's3', 's4', 's5', 's6'] as const).map((section) => ({
        section,
        message: `缺少“${officialHeading(section)}”部分（${reason}）`,
        fix: undefined,
      })),
    );
    expect(planFixes(report, findings).edits.filter((e) => e.kind.startsWith('insert'))).toEqual(
      [],
    );
  });

  it('the heading of 四 gone but its table there: no section inserted over the table', async () => {
    const { findings } = await checkCase({
      name: 'table without heading',
      version: 2021,
      doc: removeParagraph('四、政府信息公开行政复议、行政诉讼情况'),
    });
    expectFindings(
      findings.filter((f) => f.rule === 'section-missing'),
      [
        {
          section: 's4',
          message:
            '缺少“四、政府信息公开行政复议、行政诉讼情况”部分（文中已有该部分的表格，请补写或核对其标题）',
          fix: undefined,
        },
      ],
    );
  });
});
