// repeated-text: a paragraph of 五 that is (nearly) the same as one in last year's 五 — the
// notice asks that the problems and improvements not be copied year after year ("不得…年年雷同").
// The comparison (near linear in 五's length, bounded by LIMITS.repeatedTextSteps, and the user
// told when the bound is reached) is prose/bigrams.

import type { Finding } from '../finding';
import { LIMITS } from '../limits';
import { proseParagraphs, proseText } from './prose';
import { nearDuplicates, normalizeForComparison } from './prose/bigrams';
import { defineRule, type RuleInput } from './rule';

export { bigrams, diceSimilarity, normalizeForComparison } from './prose/bigrams';

/** Paragraphs shorter than this (after normalising) are too generic to call copied. */
const MIN_LENGTH = 30;
const THRESHOLD = 0.9;
const QUOTE_LENGTH = 40;

/** The comparison, whole: its findings carry this rule's id and severity, as ctx.report() accepts. */
const repeated = {
  check({ report, previous }: Pick<RuleInput, 'report' | 'previous'>): Finding[] {
    if (!previous) return [];
    const comparable = (r: typeof report) =>
      proseParagraphs(r, ['s5'])
        .map((p) => ({ p, text: normalizeForComparison(proseText(p)) }))
        .filter((x) => x.text.length >= MIN_LENGTH);
    const last = comparable(previous).map((x) => x.text);
    if (last.length === 0) return [];
    const mine = comparable(report);
    const found = nearDuplicates(
      mine.map((x) => x.text),
      last,
      { threshold: THRESHOLD, stepLimit: LIMITS.repeatedTextSteps },
    );
    return found.map((f): Finding => {
      const p = mine[f.index].p;
      return {
        rule: 'repeated-text',
        severity: 'warning',
        message:
          f.kind === 'spent'
            ? '“五、存在的主要问题及改进情况”的段落过多过长，超出与上年报告比较的工作量上限，自这一段起未与上年报告比较'
            : `“五、存在的主要问题及改进情况”中的这一段与上年报告几乎相同（相似度 ${Math.round(f.similarity * 100)}%），应结合本年实际撰写`,
        section: 's5',
        paragraph: p.index,
        quote: quoteOf(p.text),
      };
    });
  },
};

export const repeatedText = defineRule({
  id: 'repeated-text',
  severity: 'warning',
  title: { zh: '与上年雷同', en: 'Repeated text' },
  description: '“存在的主要问题及改进情况”与上年报告雷同',
  fix: 'none',
  crossYear: true,
  check({ doc, previous, report }) {
    for (const f of repeated.check({ report: doc, previous })) report(f);
  },
});

function quoteOf(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > QUOTE_LENGTH ? `${trimmed.slice(0, QUOTE_LENGTH)}…` : trimmed;
}
