// How alike two short texts are, by their longest common subsequence: a typo ("行政止公开" for
// "行政法规禁止公开") or an abbreviation ("逾期不补正") keeps most of the official label's
// characters in order. Quadratic in the lengths, so callers pass only texts within the limits of
// ./limits (labels and headings); longer text is never compared.

import { MAX_LABEL_CHARS } from '../limits';

/** Length of the longest common subsequence of a and b (0 when either is longer than a label may be). */
export function lcsLength(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a.length > MAX_LABEL_CHARS || b.length > MAX_LABEL_CHARS) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] =
        ca === b.charCodeAt(j - 1)
          ? (prev[j - 1] ?? 0) + 1
          : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}

export interface Likeness {
  /** Share of the shorter text found, in order, in the longer one (1 for an abbreviation). */
  containment: number;
  /** Common characters over the mean length (1 only for equal texts). */
  dice: number;
}

export function likeness(a: string, b: string): Likeness {
  const common = lcsLength(a, b);
  const shorter = Math.min(a.length, b.length);
  return {
    containment: shorter === 0 ? 0 : common / shorter,
    dice: a.length + b.length === 0 ? 0 : (2 * common) / (a.length + b.length),
  };
}
