// The fast deduction and error localisation against the implementation they replaced
// (localise-oracle.ts), on random systems shaped like 表三 and 表四 and on random sparse ones:
// the same values, deductions and contradictions; the same sets in the same order, the same
// weight, and the same point where the node limit stops the search.

import { localise, propagate, type Relation, type System } from '../../../src/core/solve/system';
import { oracleLocalise, oraclePropagate } from './localise-oracle';
import { rng } from '../../fixtures/report';

const pick = (rand: () => number, n: number): number => Math.floor(rand() * n);

/**
 * A table of `rows` result rows and `cols` part columns with row totals (last column), column
 * totals (last row), a grand total, and balance relations over the first four rows as 表三 has;
 * consistent figures, then some cells blanked and some written ones changed.
 */
function tableSystem(rand: () => number): System {
  const rows = 2 + pick(rand, 6);
  const cols = 2 + pick(rand, 5);
  const W = cols + 1;
  const v = (r: number, c: number): number => r * W + c;
  const size = (rows + 1) * W;
  const x: number[] = new Array<number>(size).fill(0);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++)
      x[v(r, c)] = rand() < 0.5 ? 0 : pick(rand, rand() < 0.8 ? 5 : 60);
  }
  for (let r = 0; r <= rows; r++) {
    for (let c = 0; c <= cols; c++) {
      if (r < rows && c < cols) continue;
      let s = 0;
      if (c === cols && r < rows) for (let k = 0; k < cols; k++) s += x[v(r, k)] as number;
      else for (let k = 0; k < rows; k++) s += x[v(k, c)] as number;
      x[v(r, c)] = s;
    }
  }
  const relations: Relation[] = [];
  const sum = (total: number, parts: number[]): Relation => ({
    terms: [{ v: total, coef: 1 }, ...parts.map((p) => ({ v: p, coef: -1 as const }))],
  });
  for (let r = 0; r <= rows; r++) {
    relations.push(
      sum(
        v(r, cols),
        Array.from({ length: cols }, (_, c) => v(r, c)),
      ),
    );
  }
  for (let c = 0; c <= cols; c++) {
    relations.push(
      sum(
        v(rows, c),
        Array.from({ length: rows }, (_, r) => v(r, c)),
      ),
    );
  }
  if (rows >= 4 && rand() < 0.7) {
    // a + b − c − d = 0 along each column, where the figures allow it.
    for (let c = 0; c <= cols; c++) {
      const [a, b, cc, d] = [0, 1, 2, 3].map((r) => x[v(r, c)] as number) as [
        number,
        number,
        number,
        number,
      ];
      if (a + b === cc + d) {
        relations.push({
          terms: [
            { v: v(0, c), coef: 1 },
            { v: v(1, c), coef: 1 },
            { v: v(2, c), coef: -1 },
            { v: v(3, c), coef: -1 },
          ],
        });
      }
    }
  }
  const written: (number | null)[] = [...x];
  const blanks = rand() < 0.5 ? 0 : pick(rand, 1 + Math.floor(size / 3));
  for (let i = 0; i < blanks; i++) written[pick(rand, size)] = null;
  const errors = pick(rand, 5);
  for (let i = 0; i < errors; i++) {
    const at = pick(rand, size);
    const w = written[at];
    if (w !== null && w !== undefined)
      written[at] = Math.max(0, w + (rand() < 0.5 ? -1 : 1) * (1 + pick(rand, 9)));
  }
  const weight: number[] = x.map((_, i) => (i % W === cols || i >= rows * W ? 2 : 3));
  if (rand() < 0.2) weight[pick(rand, size)] = 5;
  return { size, written, weight, relations };
}

/** A sparse system: relations of two to six random variables of either sign, random values. */
function sparseSystem(rand: () => number): System {
  const size = 3 + pick(rand, 14);
  const n = 1 + pick(rand, 10);
  const relations: Relation[] = Array.from({ length: n }, () => ({
    terms: Array.from({ length: 2 + pick(rand, 5) }, () => ({
      v: pick(rand, size),
      coef: rand() < 0.6 ? (-1 as const) : (1 as const),
    })),
  }));
  const written = Array.from({ length: size }, () =>
    rand() < 0.25 ? null : rand() < 0.5 ? 0 : pick(rand, 7),
  );
  const weight = Array.from({ length: size }, () => 1 + pick(rand, 3));
  return { size, written, weight, relations };
}

const unknownOf = (s: System): Set<number> =>
  new Set(s.written.flatMap((w, v) => (w === null ? [v] : [])));

function agree(s: System, maxNodes?: number): void {
  const unknown = unknownOf(s);
  const unit = { ...s, weight: s.weight.map(() => 1) };
  // Both memories shared between the two localisations, as solveSums shares them.
  const reads = new Map();
  const oldReads = new Map();
  expect(localise(s, unknown, reads, maxNodes)).toEqual(
    oracleLocalise(s, unknown, undefined, oldReads, maxNodes),
  );
  expect(localise(unit, unknown, reads, maxNodes)).toEqual(
    oracleLocalise(unit, unknown, undefined, oldReads, maxNodes),
  );
}

function samePropagation(s: System, free: Set<number>, fixed?: Map<number, number>): void {
  const mine = propagate(s, free, fixed);
  const old = oraclePropagate(s, free, fixed);
  expect({
    values: mine.values,
    by: [...mine.by],
    conflicts: mine.conflicts.map((c) => [c.relation, ...c.chain]),
  }).toEqual({
    values: old.values,
    by: [...old.by],
    conflicts: old.conflicts.map((c) => [c.relation, ...c.chain]),
  });
}

test('table-shaped systems: the same sets, weight and exhaustion as before', () => {
  const rand = rng(14);
  let located = 0;
  for (let i = 0; i < 1500; i++) {
    const s = tableSystem(rand);
    agree(s);
    if (localise(s, unknownOf(s)).weight > 0) located++;
  }
  // Most cases have something to locate; the comparison is not of empty answers only.
  expect(located).toBeGreaterThan(600);
});

test('sparse random systems: the same sets, weight and exhaustion as before', () => {
  const rand = rng(15);
  for (let i = 0; i < 3000; i++) agree(sparseSystem(rand));
});

test('a node limit stops both searches at the same node', () => {
  const rand = rng(16);
  let exhausted = 0;
  for (let i = 0; i < 1500; i++) {
    const s = i % 2 ? tableSystem(rand) : sparseSystem(rand);
    const limit = pick(rand, 60);
    agree(s, limit);
    if (localise(s, unknownOf(s), new Map(), limit).exhausted) exhausted++;
  }
  expect(exhausted).toBeGreaterThan(100);
});

test('deduction: the same values, deductions and contradictions as before', () => {
  const rand = rng(17);
  for (let i = 0; i < 2000; i++) {
    const s = i % 2 ? tableSystem(rand) : sparseSystem(rand);
    const free = new Set(unknownOf(s));
    for (let k = pick(rand, 4); k > 0; k--) free.add(pick(rand, s.size));
    samePropagation(s, free);
    const fixed = new Map([...free].filter(() => rand() < 0.5).map((v) => [v, 0]));
    samePropagation(s, free, fixed);
  }
});

/** `count` contradicted pairs x − y = 0 (written 1 and 2) among `size` variables: every smallest
 * correction changes one cell of each pair, so the answers are sets of `count` cells. */
function pairsSystem(size: number, count: number): System {
  const written: (number | null)[] = Array.from({ length: size }, () => 0);
  const relations: Relation[] = [];
  for (let i = 0; i < count; i++) {
    const a = size - 2 * count + 2 * i;
    written[a] = 1;
    written[a + 1] = 2;
    relations.push({
      terms: [
        { v: a, coef: 1 },
        { v: a + 1, coef: -1 },
      ],
    });
  }
  return { size, written, weight: Array.from({ length: size }, () => 1), relations };
}

test('sets too long for a number key (one character per cell; a list beyond 65,535 cells)', () => {
  // Base 1,001 keeps sets of up to 5 cells exact as numbers, base 70,001 up to 3.
  for (const [size, count] of [
    [1000, 6],
    [70000, 4],
  ] as const) {
    const s = pairsSystem(size, count);
    agree(s);
    const found = localise(s, unknownOf(s));
    expect(found.weight).toBe(count);
    expect(found.sets).toHaveLength(2 ** count);
    expect(found.sets[0]).toEqual(
      Array.from({ length: count }, (_, i) => size - 2 * count + 2 * i),
    );
  }
});

test('more relations failing as written than a mask has bits: the same sets as before', () => {
  // x − y_i = 0 for 40 cells y_i written 2 and x written 1, and a pair a − b = 0 written 3 and 4:
  // every smallest correction changes x and one of a and b.
  const size = 44;
  const written: (number | null)[] = Array.from({ length: size }, () => 2);
  written[0] = 1;
  written[41] = 3;
  written[42] = 4;
  written[43] = null;
  const relations: Relation[] = [];
  for (let i = 1; i <= 40; i++) {
    relations.push({
      terms: [
        { v: 0, coef: 1 },
        { v: i, coef: -1 },
      ],
    });
  }
  relations.push({
    terms: [
      { v: 41, coef: 1 },
      { v: 42, coef: -1 },
    ],
  });
  const weight = Array.from({ length: size }, (_, v) => (v === 0 ? 3 : 1));
  const s: System = { size, written, weight, relations };
  agree(s);
  expect(localise(s, unknownOf(s))).toEqual({
    sets: [
      [0, 41],
      [0, 42],
    ],
    weight: 4,
    exhausted: false,
  });
  for (const limit of [5, 20, 45]) agree(s, limit);
});

test('localisations of several systems interleaved (each memory of readings kept): the same sets as before', () => {
  const rand = rng(18);
  for (let i = 0; i < 300; i++) {
    const systems = [tableSystem(rand), sparseSystem(rand), tableSystem(rand)];
    const mine = systems.map(() => new Map());
    const old = systems.map(() => new Map());
    // One set of unknowns per system, as solveSums passes to both its localisations.
    const unknowns = systems.map(unknownOf);
    // Each system localised a little (a node limit), then in full, then under unit weights: each
    // localisation after the first reads new sets after another system's.
    for (const [unit, limit] of [
      [false, 2],
      [false, undefined],
      [true, undefined],
    ] as const) {
      systems.forEach((s, k) => {
        const sys = unit ? { ...s, weight: s.weight.map(() => 1) } : s;
        const unknown = unknowns[k] as Set<number>;
        expect(localise(sys, unknown, mine[k], limit)).toEqual(
          oracleLocalise(sys, unknown, undefined, old[k], limit),
        );
      });
    }
  }
});
