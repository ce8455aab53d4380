// A system of linear sum relations over non-negative whole numbers, and the three things a
// statistics office does with a survey form (Fellegi–Holt; Statistics Netherlands' `validate` and
// `errorlocate`): deduce what the relations determine, locate the smallest-weight set of written
// values whose change makes every relation hold, and presume 0 where that breaks nothing.
// Nothing here knows about reports: variables are indices, relations are signed sums.

import { flat, runAll } from './deduce';

export { localise, type Localisation, type Reading, type SetKey } from './localise';

/** Σ coef · x[v] = 0 over the terms. Every coefficient is +1 or −1. */
export interface Relation {
  terms: readonly { v: number; coef: 1 | -1 }[];
}

export interface System {
  relations: readonly Relation[];
  /** Number of variables. */
  size: number;
  /** The written value of each variable, or null when it is unknown (blank or not a valid count). */
  written: readonly (number | null)[];
  /** The cost of believing a written value is wrong: derived totals weigh less than parts. */
  weight: readonly number[];
}

export interface Propagation {
  /** Values known or deduced; undefined where nothing determines the variable. */
  values: (number | undefined)[];
  /** For a deduced variable, the relation that determined it (−1 for the others). */
  by: number[];
  /** The relations whose written and deduced values contradict each other (with what led there). */
  conflicts: { relation: number; chain: Set<number> }[];
}

/** For each variable, the relations it appears in. */
export function relationsOf(system: System): number[][] {
  const of: number[][] = Array.from({ length: system.size }, () => []);
  system.relations.forEach((r, i) => {
    for (const t of r.terms) of[t.v]?.push(i);
  });
  return of;
}

// A propagation's starting values and deductions while it runs, grown to the largest system met:
// a typed array's backing store is slow to allocate, and a report with errors propagates a few
// times. What a propagation gives is copied out into arrays of its own.
let starts = new Float64Array(0);
let bys = new Int32Array(0);

/**
 * Deduction: a relation with one unknown gives its value; a relation whose unknowns all stand on
 * one side and must add up to 0 makes them all 0 (counts are never negative). Repeated until
 * nothing changes. `free` variables are treated as unknown whatever is written; `fixed` gives
 * values to hold unknowns at (a presumption). A contradicted relation is recorded and set aside so
 * that the others are still read.
 */
export function propagate(
  system: System,
  free: ReadonlySet<number>,
  fixed: ReadonlyMap<number, number> = new Map(),
): Propagation {
  const f = flat(system);
  const { written } = system;
  if (starts.length < f.size) {
    starts = new Float64Array(f.size);
    bys = new Int32Array(f.size);
  }
  const start = starts.fill(NaN, 0, f.size);
  // The written values, the free ones unset, then the fixed values where nothing is set: one
  // lookup per free or fixed variable, not one per variable in each.
  for (let v = 0; v < f.size; v++) {
    const w = written[v];
    if (w !== null && w !== undefined) start[v] = w;
  }
  for (const v of free) if (v >= 0 && v < f.size) start[v] = NaN;
  for (const [v, x] of fixed) {
    if (v >= 0 && v < f.size && (start[v] as number) !== (start[v] as number)) start[v] = x;
  }
  const by = bys;
  const conflicts: Propagation['conflicts'] = [];
  runAll(f, start, by, (r) => {
    // The relations that led to the contradiction: r and, transitively, those that determined
    // its variables.
    const chain = new Set<number>([r]);
    const stack = [r];
    while (stack.length > 0) {
      const cur = stack.pop() as number;
      for (let j = f.start[cur] as number; j < (f.start[cur + 1] as number); j++) {
        const src = by[f.vars[j] as number] as number;
        if (src >= 0 && !chain.has(src)) {
          chain.add(src);
          stack.push(src);
        }
      }
    }
    conflicts.push({ relation: r, chain });
  });
  const values: (number | undefined)[] = [];
  const deducedBy: number[] = [];
  for (let v = 0; v < f.size; v++) {
    const x = start[v] as number;
    values.push(x === x ? x : undefined);
    deducedBy.push(by[v] as number);
  }
  return { values, by: deducedBy, conflicts };
}

/**
 * "没有数据应填 0": the unknowns among `candidates` that can be presumed 0 without contradicting
 * any relation, and what that presumption then gives the other unknowns (a total of presumed
 * parts). A presumption that leads to a contradiction is withdrawn for every candidate in the
 * relations that led there, and the rest is tried again.
 */
export function presumeZero(
  system: System,
  free: ReadonlySet<number>,
  candidates: readonly number[],
): { presumed: Set<number>; values: (number | undefined)[] } {
  const presumed = new Set(candidates);
  for (let round = 0; round <= candidates.length; round++) {
    const fixed = new Map([...presumed].map((v) => [v, 0]));
    const p = propagate(system, free, fixed);
    if (p.conflicts.length === 0) return { presumed, values: p.values };
    const before = presumed.size;
    for (const c of p.conflicts) {
      for (const r of c.chain) {
        for (const t of system.relations[r]?.terms ?? []) presumed.delete(t.v);
      }
    }
    // The contradiction is not the presumption's: presume nothing.
    if (presumed.size === before) break;
  }
  return { presumed: new Set(), values: [] };
}
