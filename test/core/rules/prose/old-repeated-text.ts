// repeated-text's comparison before prose/bigrams, kept as the reference the new one is tested and
// benched against: last year's paragraphs sorted by length, pairs whose lengths cannot reach the
// threshold skipped, every other pair merged in full. Quadratic when the lengths are alike.

import { bigrams, canReach, dice } from '../../../../src/core/rules/prose/bigrams';

/** The rule's loop before this module: length-sorted, length-pruned, every reachable pair merged. */
export function oldAlgorithm(
  mine: readonly string[],
  lastTexts: readonly string[],
  threshold: number,
): Array<{ index: number; similarity: number }> {
  const last = lastTexts.map(bigrams).sort((a, b) => a.length - b.length);
  const lengths = last.map((b) => b.length);
  const out: Array<{ index: number; similarity: number }> = [];
  mine.forEach((text, index) => {
    const a = bigrams(text);
    const floor = Math.floor((threshold * a.length) / (2 - threshold));
    let from = 0;
    while (from < lengths.length && lengths[from] < floor) from++;
    let best = 0;
    for (let i = from; i < last.length; i++) {
      if (!canReach(a.length, last[i].length, threshold)) {
        if (last[i].length > a.length) break;
        continue;
      }
      best = Math.max(best, dice(a, last[i]));
    }
    if (best >= threshold) out.push({ index, similarity: best });
  });
  return out;
}
