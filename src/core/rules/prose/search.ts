// Looking things up in sorted offsets, so that each count or year is placed in O(log n) rather
// than by rescanning the paragraph: the prose rules stay linear on any paragraph.

/** The first index whose value is ≥ x (values ascending). */
export function lowerBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
