// The generic solver on small systems: deduction, error localisation, presumption.

import { localise, presumeZero, propagate, type System } from '../../../src/core/solve/system';

/** total = a + b + c over variables 0 (total), 1, 2, 3. */
function rowSystem(written: (number | null)[]): System {
  return {
    size: 4,
    written,
    weight: [2, 3, 3, 3],
    relations: [
      {
        terms: [
          { v: 0, coef: 1 },
          { v: 1, coef: -1 },
          { v: 2, coef: -1 },
          { v: 3, coef: -1 },
        ],
      },
    ],
  };
}

const unknownOf = (s: System): Set<number> =>
  new Set(s.written.flatMap((w, v) => (w === null ? [v] : [])));

describe('propagate', () => {
  it('one unknown: its value', () => {
    const s = rowSystem([5, 2, null, 1]);
    expect(propagate(s, unknownOf(s)).values).toEqual([5, 2, 2, 1]);
  });

  it('unknown parts whose total is already reached are 0', () => {
    const s = rowSystem([3, 3, null, null]);
    expect(propagate(s, unknownOf(s)).values).toEqual([3, 3, 0, 0]);
  });

  it('two unknown parts with room left: nothing determined', () => {
    const s = rowSystem([5, 3, null, null]);
    const p = propagate(s, unknownOf(s));
    expect(p.values).toEqual([5, 3, undefined, undefined]);
    expect(p.conflicts).toEqual([]);
  });

  it('a deduced negative or fractional value is a contradiction', () => {
    const s = rowSystem([1, 3, null, 0]);
    expect(propagate(s, unknownOf(s)).conflicts.map((c) => c.relation)).toEqual([0]);
  });

  it('parts already above the total, with unknowns: a contradiction', () => {
    const s = rowSystem([1, 3, null, null]);
    expect(propagate(s, unknownOf(s)).conflicts).toHaveLength(1);
  });
});

/** A 2×2 table with row totals, column totals and a grand total (variables in a 3×3 grid). */
function gridSystem(written: (number | null)[]): System {
  // v = 3 * r + c; row 2 and column 2 hold the totals.
  const v = (r: number, c: number): number => 3 * r + c;
  const sum = (total: number, parts: number[]) => ({
    terms: [{ v: total, coef: 1 as const }, ...parts.map((p) => ({ v: p, coef: -1 as const }))],
  });
  return {
    size: 9,
    written,
    weight: written.map((_, i) => (i % 3 === 2 || i >= 6 ? 2 : 3)),
    relations: [
      sum(v(0, 2), [v(0, 0), v(0, 1)]),
      sum(v(1, 2), [v(1, 0), v(1, 1)]),
      sum(v(2, 2), [v(2, 0), v(2, 1)]),
      sum(v(2, 0), [v(0, 0), v(1, 0)]),
      sum(v(2, 1), [v(0, 1), v(1, 1)]),
      sum(v(2, 2), [v(0, 2), v(1, 2)]),
    ],
  };
}

describe('localise', () => {
  it('a consistent table: the empty set', () => {
    const s = gridSystem([1, 2, 3, 4, 5, 9, 5, 7, 12]);
    expect(localise(s, unknownOf(s))).toEqual({ sets: [[]], weight: 0, exhausted: false });
  });

  it('one wrong part breaks its row and its column: that part alone', () => {
    const s = gridSystem([1, 9, 3, 4, 5, 9, 5, 7, 12]);
    expect(localise(s, unknownOf(s))).toEqual({ sets: [[1]], weight: 3, exhausted: false });
  });

  it('one wrong total: that total alone (a total weighs less than a part)', () => {
    const s = gridSystem([1, 2, 8, 4, 5, 9, 5, 7, 12]);
    expect(localise(s, unknownOf(s)).sets).toEqual([[2]]);
  });

  it('a difference that could sit in either row: two tied sets', () => {
    // Row 0 was changed together with its total (2, 2 → 4): it still adds up, column 0 and the
    // total column do not. Either row could hold the difference; the grand totals weigh as parts
    // here, so that they are not the cheaper answer.
    const s = { ...gridSystem([2, 2, 4, 4, 5, 9, 5, 7, 12]), weight: [3, 3, 2, 3, 3, 2, 3, 3, 3] };
    const loc = localise(s, unknownOf(s));
    expect(loc.sets).toEqual([
      [0, 2],
      [3, 5],
    ]);
    expect(loc.weight).toBe(5);
  });
});

describe('presumeZero', () => {
  it('presumes blank parts 0 and lets the total follow', () => {
    const s = rowSystem([null, 1, null, null]);
    const p = presumeZero(s, unknownOf(s), [2, 3]);
    expect([...p.presumed].sort()).toEqual([2, 3]);
    expect(p.values).toEqual([1, 1, 0, 0]);
  });

  it('never against a written total: blank parts under a total of 45 stay unknown', () => {
    const s = rowSystem([45, null, null, null]);
    const p = presumeZero(s, unknownOf(s), [1, 2, 3]);
    expect(p.presumed.size).toBe(0);
  });
});
