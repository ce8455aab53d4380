// Near-duplicate paragraphs between two sets (this year's and last year's 五), in time near linear
// in their total length: each paragraph's character bigrams are built once, and a pair is compared
// only if it passes two filters that can never drop a pair at or above the threshold:
//
// - length: a Dice similarity of t needs the smaller bigram count to be at least t/(2-t) of the
//   larger one;
// - prefix (as in set-similarity joins, "PPJoin"): with every bigram occurrence ordered by how rare
//   it is across both sets, two multisets that share at least o elements share one among the first
//   |x| − o + 1 elements of each. Only those prefixes are indexed and probed, and prefixes hold the
//   rarest bigrams, so their postings are short and a paragraph meets few candidates.
//
// The pairs left are verified exactly (one merge of sorted arrays), and the work spent verifying is
// counted against a limit. Probing costs at most one step per prefix element and candidate, less
// than verifying that candidate, so the count bounds all the work.

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

/** The size of the multisets' intersection, by one merge of the sorted arrays; some count below
 * `needed` as soon as what is left of the shorter side cannot make up the difference. */
export function commonCount(a: Uint32Array, b: Uint32Array, needed = 0): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else {
      if (a[i] < b[j]) i++;
      else j++;
      if (common + Math.min(a.length - i, b.length - j) < needed) return common;
    }
  }
  return common;
}

/** Sørensen–Dice coefficient of two bigram multisets, 0…1. */
export function dice(a: Uint32Array, b: Uint32Array): number {
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
export function canReach(m: number, n: number, threshold: number): boolean {
  return 2 * Math.min(m, n) >= threshold * (m + n);
}

/** A paragraph of `mine` and its best similarity (≥ the threshold) to any of `last`. */
export interface Similar {
  kind: 'similar';
  /** Index into `mine`. */
  index: number;
  similarity: number;
}

/** The work limit was reached on this paragraph of `mine`: it and the rest were not compared. */
export interface Spent {
  kind: 'spent';
  index: number;
}

export interface NearDuplicateOptions {
  /** Dice similarity a pair must reach, in (0, 1]. */
  threshold: number;
  /** Bigram comparisons allowed (the sum of both sides' bigram counts per pair verified). */
  stepLimit: number;
}

/**
 * An occurrence of a bigram as a set element: the k-th occurrence of bigram v is its own element,
 * so that multiset intersection is set intersection. k < 2^20 (paragraphs are clamped far below:
 * LIMITS.paragraphMaxText), and v < 2^32, so the key stays an exact double.
 */
const OCCURRENCE = 2 ** 20;

function elementKeys(b: Uint32Array): Float64Array {
  const out = new Float64Array(b.length);
  for (let i = 0, k = 0; i < b.length; i++) {
    k = i > 0 && b[i] === b[i - 1] ? k + 1 : 0;
    out[i] = b[i] * OCCURRENCE + Math.min(k, OCCURRENCE - 1);
  }
  return out;
}

/**
 * Every paragraph's elements as ranks in one order, rarest first (ties by key): a paragraph's
 * ranks sorted ascending are its elements in that order.
 */
function rankElements(sets: readonly Float64Array[]): Int32Array[] {
  const ids = new Map<number, number>();
  const counts: number[] = [];
  const keys: number[] = [];
  const asIds = sets.map((set) => {
    const out = new Int32Array(set.length);
    for (let i = 0; i < set.length; i++) {
      let id = ids.get(set[i]);
      if (id === undefined) {
        id = keys.length;
        ids.set(set[i], id);
        keys.push(set[i]);
        counts.push(0);
      }
      counts[id]++;
      out[i] = id;
    }
    return out;
  });
  const order = Array.from(keys, (_, id) => id).sort(
    (x, y) => counts[x] - counts[y] || keys[x] - keys[y],
  );
  const rank = new Int32Array(keys.length);
  order.forEach((id, r) => (rank[id] = r));
  return asIds.map((set) => set.map((id) => rank[id]).sort());
}

/**
 * How many of x's first ranks any partner reaching the threshold must share one of. A partner of
 * x (m bigrams) shares at least t·m/(2−t) of them (the length bound put into 2c ≥ t(m+n)); floor
 * keeps the prefix a little long rather than short under rounding.
 */
function prefixLength(m: number, threshold: number): number {
  const overlap = Math.floor((threshold * m) / (2 - threshold));
  return Math.min(m, Math.max(1, m - overlap + 1));
}

/** The least common count c with 2c/(m+n) ≥ t, as the final comparison computes it. */
function neededCommon(m: number, n: number, threshold: number): number {
  let c = Math.ceil((threshold * (m + n)) / 2);
  while (c > 0 && (2 * (c - 1)) / (m + n) >= threshold) c--;
  while ((2 * c) / (m + n) < threshold) c++;
  return c;
}

/**
 * Dice of a and b if it reaches `needed` common bigrams, else 0: the merge stops as soon as what
 * is left of the shorter side cannot make up the difference.
 */
function diceAtLeast(a: Uint32Array, b: Uint32Array, needed: number): number {
  const common = commonCount(a, b, needed);
  return common >= needed ? (2 * common) / (a.length + b.length) : 0;
}

/**
 * Every paragraph of `mine` (normalised texts) whose best Dice similarity to a paragraph of `last`
 * reaches the threshold, in `mine`'s order, with that best similarity: the same as comparing every
 * pair. If the work limit is reached, the list ends with the paragraph where it was.
 */
export function nearDuplicates(
  mine: readonly string[],
  last: readonly string[],
  options: NearDuplicateOptions,
): Array<Similar | Spent> {
  const { threshold, stepLimit } = options;
  const lastBigrams = last.map(bigrams);
  const mineBigrams = mine.map(bigrams);
  const ranked = rankElements([...lastBigrams, ...mineBigrams].map(elementKeys));
  // Last year's prefixes, indexed by rank; a paragraph without bigrams matches only another without.
  const postings = new Map<number, number[]>();
  const empty: number[] = [];
  for (let j = 0; j < last.length; j++) {
    const els = ranked[j];
    if (els.length === 0) empty.push(j);
    for (let k = 0; k < prefixLength(els.length, threshold) && k < els.length; k++) {
      const list = postings.get(els[k]);
      if (list) list.push(j);
      else postings.set(els[k], [j]);
    }
  }

  const out: Array<Similar | Spent> = [];
  const seen = new Int32Array(last.length).fill(-1);
  let steps = 0;
  for (let i = 0; i < mine.length; i++) {
    const a = mineBigrams[i];
    const els = ranked[last.length + i];
    const candidates: number[] = a.length === 0 ? [...empty] : [];
    for (let k = 0; k < prefixLength(els.length, threshold) && k < els.length; k++) {
      for (const j of postings.get(els[k]) ?? []) {
        if (seen[j] === i) continue;
        seen[j] = i;
        if (canReach(a.length, lastBigrams[j].length, threshold)) candidates.push(j);
      }
    }
    candidates.sort((x, y) => x - y);
    let best = 0;
    let spent = false;
    for (const j of candidates) {
      const b = lastBigrams[j];
      steps += a.length + b.length;
      if (steps > stepLimit) {
        spent = true;
        break;
      }
      const total = a.length + b.length;
      best = Math.max(
        best,
        total === 0 ? 1 : diceAtLeast(a, b, neededCommon(a.length, b.length, threshold)),
      );
    }
    if (spent) {
      out.push({ kind: 'spent', index: i });
      break;
    }
    if (best >= threshold) out.push({ kind: 'similar', index: i, similarity: best });
  }
  return out;
}
