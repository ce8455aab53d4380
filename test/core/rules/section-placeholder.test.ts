// section-placeholder: the template's placeholder paragraph (imported from src/core/template, as
// the insert-section fix writes it) left in a section is an error naming the section — both when
// written by hand and when a fixed report is checked again without being filled in.

import { check } from '../../../src/core/check';
import { planFixes } from '../../../src/core/fix';
import { PLACEHOLDER } from '../../../src/core/template';
import { applyPlan, saveDocx } from '../../../src/hosts/docx/write';
import { readDocx } from '../../../src/hosts/docx/read';
import { cleanReport, reportToDocSpec } from '../../fixtures/report';
import { buildDocx } from '../../fixtures/spec';
import { runRuleTests } from './ruleTester';

const RULE = 'section-placeholder' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'clean report', version: 2021 },
    {
      name: 'the placeholder’s words within a sentence that is not the placeholder',
      version: 2021,
      edit: (r) => {
        r.sections.s5 = ['模板中的“请填写本部分内容”已替换为本年的问题和改进措施，共三项。'];
      },
    },
  ],
  invalid: [
    {
      name: '五 holds only the placeholder',
      version: 2021,
      edit: (r) => {
        r.sections.s5 = [PLACEHOLDER];
      },
      findings: [
        {
          rule: RULE,
          severity: 'error',
          section: 's5',
          message:
            '“五、存在的主要问题及改进情况”仍是模板的占位文字“（请填写本部分内容。）”，应填写本部分的实际内容',
          quote: PLACEHOLDER,
          fix: undefined,
        },
      ],
    },
    {
      name: 'the placeholder kept (with spaces) beside some text, in 一 and in 六: one finding per section',
      version: 2019,
      edit: (r) => {
        r.sections.s1 = [...(r.sections.s1 ?? []), `（请填写 本部分内容。）`];
        r.sections.s6 = [PLACEHOLDER, PLACEHOLDER];
      },
      findings: [
        { section: 's1', message: expect.stringMatching(/^“一、总体情况”仍是模板的占位文字/) },
        {
          section: 's6',
          message: expect.stringMatching(/^“六、其他需要报告的事项”仍是模板的占位文字/),
        },
      ],
    },
  ],
});

describe('section-placeholder after gouji fix', () => {
  it('a report whose missing 五 was inserted by the fix does not check clean', async () => {
    const spec = cleanReport(2021, 2021);
    spec.omit = ['s5'];
    const file = await readDocx(await buildDocx(reportToDocSpec(spec)));
    const before = check(file.model);
    expect(before.findings.filter((f) => f.rule === 'section-missing')).toMatchObject([
      { section: 's5' },
    ]);
    const fixed = await readDocx(
      await saveDocx(applyPlan(file, planFixes(before.report, before.findings))),
    );
    const after = check(fixed.model).findings;
    expect(after.filter((f) => f.rule === 'section-missing')).toEqual([]);
    expect(after.filter((f) => f.rule === 'section-placeholder')).toMatchObject([
      { section: 's5', severity: 'error', quote: PLACEHOLDER },
    ]);
  });
});
