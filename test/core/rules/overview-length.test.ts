import { countCharacters } from '../../../src/core/rules/overview-length';
import { append, runRuleTests } from './ruleTester';

const RULE = 'overview-length' as const;

/** A paragraph of exactly n counted characters (with punctuation and spaces that do not count). */
function chars(n: number): string {
  const unit = '政务公开 ，'; // 4 counted characters
  return unit.repeat(Math.floor(n / 4)) + '字'.repeat(n % 4);
}

runRuleTests(RULE, {
  valid: [
    { name: 'clean 2021 report', version: 2021 },
    {
      name: '2020 report (2019 format): no limit yet',
      version: 2019,
      edit: (r) => {
        r.sections.s1 = [chars(3000)];
      },
    },
    {
      name: 'exactly 1,000 characters, punctuation and spaces not counted',
      version: 2021,
      edit: (r) => {
        r.sections.s1 = [chars(600), chars(400)];
      },
    },
    {
      name: 'long prose in other sections does not count',
      version: 2021,
      edit: append('s5', chars(2000)),
    },
  ],
  invalid: [
    {
      name: '1,001 characters over two paragraphs',
      version: 2021,
      edit: (r) => {
        r.sections.s1 = [chars(601), chars(400)];
      },
      findings: [
        {
          rule: RULE,
          severity: 'warning',
          section: 's1',
          message: '“一、总体情况”约 1001 字，超过“原则上不超过一千字”的要求',
          paragraph: undefined,
          quote: undefined,
          fix: undefined,
        },
      ],
    },
    {
      name: 'a 2022 report with a long overview',
      version: 2021,
      year: 2022,
      edit: append('s1', chars(1500)),
      findings: [{ section: 's1', message: expect.stringMatching(/约 \d+ 字/) }],
    },
  ],
});

describe('countCharacters', () => {
  it('counts CJK characters, letters and digits, not spaces or punctuation', () => {
    expect(countCharacters('2021年，我局 ABC（一）。')).toBe(4 + 1 + 2 + 3 + 1);
  });
});

describe('countCharacters without the regex (ASCII, U+4E00–U+9FA5) counts as the regex counts', () => {
  it('every character of those ranges, and the rest of the BMP through the regex', () => {
    const letter = /^[\p{L}\p{N}]$/u;
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (countCharacters(ch) !== (letter.test(ch) ? 1 : 0)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
    expect(countCharacters('𠀀a')).toBe(2);
  });
});
