// repeated-text: a paragraph of 五 that is (nearly) the same as one in last year's 五 — the
// notice asks that the problems and improvements not be copied year after year ("不得…年年雷同").

import type { Finding } from '../finding';
import { proseParagraphs } from './prose';
import type { Rule } from './rule';

/** Paragraphs shorter than this (after normalising) are too generic to call copied. */
const MIN_LENGTH = 30;
const THRESHOLD = 0.9;
const QUOTE_LENGTH = 40;

/**
 * The paragraph's letters only: spaces, punctuation and digits go, so that a copy with its years
 * bumped ("2020年" → "2021年") or its punctuation touched up still compares equal.
 */
export function normalizeForComparison(text: string): string {
  return text.replace(/[^\p{L}]/gu, '');
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const b = s.slice(i, i + 2);
    out.set(b, (out.get(b) ?? 0) + 1);
  }
  return out;
}

/** Sørensen–Dice coefficient over character bigrams (as multisets), 0…1. */
export function diceSimilarity(a: string, b: string): number {
  const ba = bigrams(a);
  const bb = bigrams(b);
  const total = Math.max(0, a.length - 1) + Math.max(0, b.length - 1);
  if (total === 0) return a === b ? 1 : 0;
  let common = 0;
  for (const [k, n] of ba) common += Math.min(n, bb.get(k) ?? 0);
  return (2 * common) / total;
}

export const repeatedText: Rule = {
  meta: {
    id: 'repeated-text',
    severity: 'warning',
    description: '“存在的主要问题及改进情况”与上年报告雷同',
    crossYear: true,
  },
  check({ report, previous }) {
    if (!previous) return [];
    const last = proseParagraphs(previous, ['s5'])
      .map((p) => normalizeForComparison(p.text))
      .filter((t) => t.length >= MIN_LENGTH);
    if (last.length === 0) return [];
    const findings: Finding[] = [];
    for (const p of proseParagraphs(report, ['s5'])) {
      const text = normalizeForComparison(p.text);
      if (text.length < MIN_LENGTH) continue;
      const best = Math.max(...last.map((t) => diceSimilarity(text, t)));
      if (best < THRESHOLD) continue;
      const trimmed = p.text.trim();
      const quote = trimmed.length > QUOTE_LENGTH ? `${trimmed.slice(0, QUOTE_LENGTH)}…` : trimmed;
      findings.push({
        rule: 'repeated-text',
        severity: 'warning',
        message: `“五、存在的主要问题及改进情况”中的这一段与上年报告几乎相同（相似度 ${Math.round(best * 100)}%），应结合本年实际撰写`,
        section: 's5',
        paragraph: p.index,
        quote,
      });
    }
    return findings;
  },
};
