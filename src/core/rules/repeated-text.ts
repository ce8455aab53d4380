// repeated-text: a paragraph of 五 that is (nearly) the same as one in last year's 五 — the
// notice asks that the problems and improvements not be copied year after year ("不得…年年雷同").
//
// Each paragraph's bigrams are built once (a sorted array of code-unit pairs), and a pair of
// paragraphs whose lengths alone keep their similarity below the threshold is never compared:
// with 600 paragraphs a year, the comparisons left are a small share of all pairs. The work is
// bounded (LIMITS.repeatedTextSteps) and the user told when the bound is reached.

import type { Finding } from '../finding';
import { LIMITS } from '../limits';
import { proseParagraphs, proseText } from './prose';
import { defineRule, type RuleInput } from './rule';

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

/** The character bigrams (as UTF-16 code-unit pairs) of s, sorted: a multiset. */
export function bigrams(s: string): Uint32Array {
  const out = new Uint32Array(Math.max(0, s.length - 1));
  for (let i = 0; i + 1 < s.length; i++) {
    out[i] = ((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1)) >>> 0;
  }
  return out.sort();
}

/** The size of the multisets' intersection, by one merge of the sorted arrays. */
function commonCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return common;
}

function dice(a: Uint32Array, b: Uint32Array): number {
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * commonCount(a, b)) / total;
}

/** Sørensen–Dice coefficient over character bigrams (as multisets), 0…1. */
export function diceSimilarity(a: string, b: string): number {
  if (a.length < 2 && b.length < 2) return a === b ? 1 : 0;
  return dice(bigrams(a), bigrams(b));
}

/**
 * Whether two bigram counts can reach the threshold at all: the common part is at most the
 * smaller, so 2·min / (m + n) bounds the similarity.
 */
function canReach(m: number, n: number): boolean {
  return 2 * Math.min(m, n) >= THRESHOLD * (m + n);
}

/** The comparison, whole: its findings carry this rule's id and severity, as ctx.report() accepts. */
const repeated = {
  check({ report, previous }: Pick<RuleInput, 'report' | 'previous'>): Finding[] {
    if (!previous) return [];
    const last = proseParagraphs(previous, ['s5'])
      .map((p) => normalizeForComparison(proseText(p)))
      .filter((t) => t.length >= MIN_LENGTH)
      .map(bigrams)
      .sort((a, b) => a.length - b.length);
    if (last.length === 0) return [];
    const lengths = last.map((b) => b.length);
    const findings: Finding[] = [];
    let steps = 0;
    for (const p of proseParagraphs(report, ['s5'])) {
      const text = normalizeForComparison(proseText(p));
      if (text.length < MIN_LENGTH) continue;
      const mine = bigrams(text);
      // Last year's paragraphs whose lengths can reach the threshold: a contiguous range.
      const from = lowerBoundLength(
        lengths,
        Math.floor((THRESHOLD * mine.length) / (2 - THRESHOLD)),
      );
      let best = 0;
      let spent = false;
      for (let i = from; i < last.length; i++) {
        if (!canReach(mine.length, last[i].length)) {
          if (last[i].length > mine.length) break;
          continue;
        }
        steps += mine.length + last[i].length;
        if (steps > LIMITS.repeatedTextSteps) {
          spent = true;
          break;
        }
        best = Math.max(best, dice(mine, last[i]));
      }
      if (spent) {
        findings.push({
          rule: 'repeated-text',
          severity: 'warning',
          message:
            '“五、存在的主要问题及改进情况”的段落过多过长，超出与上年报告比较的工作量上限，自这一段起未与上年报告比较',
          section: 's5',
          paragraph: p.index,
          quote: quoteOf(p.text),
        });
        break;
      }
      if (best < THRESHOLD) continue;
      findings.push({
        rule: 'repeated-text',
        severity: 'warning',
        message: `“五、存在的主要问题及改进情况”中的这一段与上年报告几乎相同（相似度 ${Math.round(best * 100)}%），应结合本年实际撰写`,
        section: 's5',
        paragraph: p.index,
        quote: quoteOf(p.text),
      });
    }
    return findings;
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

/** The first index whose length is ≥ n (lengths ascending). */
function lowerBoundLength(lengths: readonly number[], n: number): number {
  let lo = 0;
  let hi = lengths.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lengths[mid] < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
