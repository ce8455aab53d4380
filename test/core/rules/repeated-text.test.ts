// 五 of the clean reports: two paragraphs whose wording changes from year to year
// (test/fixtures/report.ts improvementParagraphs). Paragraphs (2019 layout): 10 and 11 are 五's.

import { fillerParagraph, improvementParagraphs, rng } from '../../fixtures/report';
import { findingsOfCase } from './cases';
import {
  bigrams,
  diceSimilarity,
  normalizeForComparison,
} from '../../../src/core/rules/repeated-text';
import { runRuleTests } from './ruleTester';

const RULE = 'repeated-text' as const;

runRuleTests(RULE, {
  valid: [
    { name: 'no previous report: the rule does not run', version: 2019 },
    { name: 'last year’s clean report words 五 differently', version: 2019, previous: () => {} },
    { name: '2021 against a 2020 report in the 2019 layout', version: 2021, previous: () => {} },
    {
      name: 'short paragraphs repeated are too generic to count',
      version: 2019,
      edit: (r) => {
        r.sections.s5 = ['加强培训，提升能力。', '完善制度，压实责任。'];
      },
      previous: (r) => {
        r.sections.s5 = ['加强培训，提升能力。', '完善制度，压实责任。'];
      },
    },
    {
      name: 'the same paragraph in another section of last year’s report',
      version: 2019,
      previous: (r) => {
        r.sections.s6 = improvementParagraphs(2020);
      },
    },
  ],
  invalid: [
    {
      name: 'both paragraphs copied, with only the year changed',
      version: 2019,
      previous: (r) => {
        // Last year's 五 with this year's wording: "2021年，我们将…" becomes "2020年，我们将…".
        r.sections.s5 = improvementParagraphs(2020).map((p) => p.replace('2021年', '2020年'));
      },
      findings: [
        {
          rule: RULE,
          severity: 'warning',
          section: 's5',
          paragraph: 10,
          quote:
            '对照新形势新要求，我们的工作还存在一些薄弱环节：一是依申请公开答复的说理性有待增…',
          message:
            '“五、存在的主要问题及改进情况”中的这一段与上年报告几乎相同（相似度 100%），应结合本年实际撰写',
          table: undefined,
          fix: undefined,
        },
        { section: 's5', paragraph: 11, quote: expect.stringMatching(/^2021年，我们将规范/) },
      ],
    },
    {
      name: 'a near copy: a few words and the punctuation touched up',
      version: 2021,
      edit: (r) => {
        r.sections.s5 = [
          '对照新形势新要求，我们的工作还存在一些薄弱环节：一是依申请公开答复的说理性有待增强，个别答复的法律依据引用不够精准；二是政务新媒体更新频率不均衡，互动回应的时效有待提升。',
        ];
      },
      previous: (r) => {
        r.sections.s5 = [
          '对照新形势、新要求，我们的工作仍存在一些薄弱环节。一是依申请公开答复的说理性有待增强，个别答复的法律依据引用不够精准。二是政务新媒体更新频率不均衡，互动回应的时效有待提升。',
          '其他内容各不相同的一段话，用于确认只有雷同的段落才会被指出来，而不会牵连其他段落。',
        ];
      },
      findings: [{ section: 's5', quote: expect.stringMatching(/^对照新形势新要求/) }],
    },
  ],
});

describe('repeated-text similarity', () => {
  it('drops spaces, punctuation and digits before comparing', () => {
    expect(normalizeForComparison('2020年，我局 将继续（一）加强！')).toBe('年我局将继续一加强');
  });

  it('is 1 for the same text and low for unrelated texts', () => {
    expect(diceSimilarity('加强组织领导', '加强组织领导')).toBe(1);
    expect(diceSimilarity('加强组织领导', '完善公开平台')).toBe(0);
    expect(diceSimilarity('', '')).toBe(1);
  });

  it('stays at or above 0.9 for a long paragraph with one word changed', () => {
    const a = normalizeForComparison(improvementParagraphs(2020)[0]);
    const b = a.replace('薄弱环节', '不足之处');
    expect(diceSimilarity(a, b)).toBeGreaterThanOrEqual(0.9);
  });
});

// The perf issue's case: 600 paragraphs in 五 each year. Each paragraph's bigrams are built once and
// pairs whose lengths cannot reach the threshold are skipped; the findings must be exactly those of
// comparing every pair.
describe('repeated-text with 600 paragraphs a year', () => {
  /** Every pair compared, no pruning: the multiset intersection of the sorted bigram arrays. */
  function referenceBest(mine: string, last: readonly Uint32Array[]): number {
    const a = bigrams(mine);
    let best = 0;
    for (const b of last) {
      let common = 0;
      for (let i = 0, j = 0; i < a.length && j < b.length;) {
        if (a[i] === b[j]) {
          common++;
          i++;
          j++;
        } else if (a[i] < b[j]) i++;
        else j++;
      }
      best = Math.max(best, (2 * common) / (a.length + b.length));
    }
    return best;
  }

  it('finds exactly the paragraphs that comparing every pair finds', async () => {
    const next = rng(600);
    const mine = Array.from({ length: 600 }, () => fillerParagraph(next));
    const last = Array.from({ length: 600 }, () => fillerParagraph(next));
    // A few exact copies, and one with a word changed.
    last[17] = mine[3];
    last[400] = mine[599];
    last[401] = mine[250].replace('加强', '强化');
    const found = await findingsOfCase(RULE, {
      name: '600',
      version: 2021,
      edit: (r) => {
        r.sections.s5 = mine;
      },
      previous: (r) => {
        r.sections.s5 = last;
      },
    });
    const lastNorm = last
      .map(normalizeForComparison)
      .filter((t) => t.length >= 30)
      .map(bigrams);
    const expected: Array<{ text: string; percent: number }> = [];
    for (const text of mine) {
      const norm = normalizeForComparison(text);
      if (norm.length < 30) continue;
      const best = referenceBest(norm, lastNorm);
      if (best >= 0.9) expected.push({ text, percent: Math.round(best * 100) });
    }
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(found.map((f) => f.message)).toEqual(
      expected.map(
        (e) =>
          `“五、存在的主要问题及改进情况”中的这一段与上年报告几乎相同（相似度 ${e.percent}%），应结合本年实际撰写`,
      ),
    );
    expect(found.map((f) => f.quote)).toEqual(
      expected.map((e) => (e.text.length > 40 ? `${e.text.slice(0, 40)}…` : e.text)),
    );
  });
});
