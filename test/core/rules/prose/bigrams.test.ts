// The prefix-filtered near-duplicate search against the algorithm it replaced (every pair whose
// lengths can reach the threshold, compared in full), on seeded random paragraph sets built to sit
// near the threshold: copies, copies with a few letters changed, inserted or dropped, paragraphs
// drawn from a tiny alphabet (many repeated bigrams), and unrelated filler.

import { nearDuplicates, normalizeForComparison } from '../../../../src/core/rules/prose/bigrams';
import { oldAlgorithm } from './old-repeated-text';
import { fillerParagraph, rng } from '../../../fixtures/report';

const THRESHOLD = 0.9;
const ALPHABETS = ['加强公开工作平台建设', '啊吧', '政务公开', '一二三四五六七八九十百千万'];

function mutate(text: string, next: () => number, edits: number): string {
  const chars = [...text];
  const alphabet = ALPHABETS[Math.floor(next() * ALPHABETS.length)];
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * (chars.length + 1));
    const c = alphabet[Math.floor(next() * alphabet.length)];
    const op = next();
    if (op < 0.4) chars.splice(at, 1, c);
    else if (op < 0.7) chars.splice(at, 0, c);
    else chars.splice(at, 1);
  }
  return chars.join('');
}

function fromAlphabet(next: () => number): string {
  const alphabet = ALPHABETS[Math.floor(next() * ALPHABETS.length)];
  const n = 30 + Math.floor(next() * 80);
  return Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
}

function paragraphSets(seed: number): { mine: string[]; last: string[] } {
  const next = rng(seed);
  const fresh = (): string =>
    normalizeForComparison(next() < 0.6 ? fillerParagraph(next) : fromAlphabet(next));
  const last = Array.from({ length: 1 + Math.floor(next() * 25) }, fresh);
  const mine = Array.from({ length: 1 + Math.floor(next() * 25) }, () => {
    const roll = next();
    const source = last[Math.floor(next() * last.length)];
    if (roll < 0.2) return source;
    if (roll < 0.7) return mutate(source, next, Math.floor(next() * 12));
    return fresh();
  });
  return { mine, last };
}

describe('nearDuplicates', () => {
  it('finds what the old algorithm finds, with the same similarity, on 400 random sets', () => {
    let similar = 0;
    let compared = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const { mine, last } = paragraphSets(seed);
      const expected = oldAlgorithm(mine, last, THRESHOLD);
      const found = nearDuplicates(mine, last, { threshold: THRESHOLD, stepLimit: Infinity });
      expect({ seed, found }).toEqual({
        seed,
        found: expected.map((e) => ({ kind: 'similar', ...e })),
      });
      similar += expected.length;
      compared += mine.length;
    }
    // The sets do sit near the threshold: many paragraphs found, many not.
    expect(similar).toBeGreaterThan(compared / 4);
    expect(similar).toBeLessThan((compared * 3) / 4);
  });

  it('ends with the paragraph where the work limit is reached', () => {
    const next = rng(7);
    const last = Array.from({ length: 4 }, () => normalizeForComparison(fillerParagraph(next)));
    const mine = [last[0], last[1], last[2]];
    const cost = (t: string): number => 2 * (t.length - 1);
    const found = nearDuplicates(mine, last, {
      threshold: THRESHOLD,
      stepLimit: cost(last[0]) + cost(last[1]),
    });
    // Only the copy itself is a candidate (filler shares few rare bigrams with other filler).
    expect(found).toEqual([
      { kind: 'similar', index: 0, similarity: 1 },
      { kind: 'similar', index: 1, similarity: 1 },
      { kind: 'spent', index: 2 },
    ]);
  });

  it('verifies few pairs among 600 paragraphs a year', () => {
    const next = rng(600);
    const last = Array.from({ length: 600 }, () => normalizeForComparison(fillerParagraph(next)));
    const mine = Array.from({ length: 600 }, () => normalizeForComparison(fillerParagraph(next)));
    const allPairs = mine.length * last.length;
    let steps = 0;
    let limit = 1;
    // The smallest limit that is not reached is the work done.
    while (
      nearDuplicates(mine, last, { threshold: THRESHOLD, stepLimit: limit }).some(
        (f) => f.kind === 'spent',
      )
    ) {
      steps = limit;
      limit *= 2;
    }
    const meanPair = 2 * (mine.join('').length / mine.length);
    // Under a tenth of comparing every pair.
    expect(steps).toBeLessThan((allPairs * meanPair) / 10);
  });
});
