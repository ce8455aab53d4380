// The error localisation as it was before it was made fast (commit 2511132's src/core/solve/system.ts,
// verbatim but for the node limit, which is a parameter here): the oracle the fast one must agree
// with exactly, set for set, in the same order, including where the node limit stops it.

import { LIMITS } from '../../../src/core/limits';
import { relationsOf, type Relation, type System } from '../../../src/core/solve/system';

interface Propagation {
  values: (number | undefined)[];
  by: Int32Array;
  conflicts: { relation: number; chain: Set<number> }[];
}

interface Workspace {
  by: Int32Array;
  dead: Uint8Array;
  queue: Int32Array;
  queued: Uint8Array;
}

let work: Workspace = {
  by: new Int32Array(0),
  dead: new Uint8Array(0),
  queue: new Int32Array(0),
  queued: new Uint8Array(0),
};

/** The work space, grown to hold `size` variables and `n` relations. */
function workspace(size: number, n: number): Workspace {
  if (work.by.length < size || work.queue.length < n) {
    const s = Math.max(size, work.by.length);
    const r = Math.max(n, work.queue.length);
    work = {
      by: new Int32Array(s),
      dead: new Uint8Array(r),
      queue: new Int32Array(r),
      queued: new Uint8Array(r),
    };
  }
  return work;
}

/** Deduction from starting values (undefined where unknown), which it completes in place. */
function propagateFrom(
  system: System,
  values: (number | undefined)[],
  of: number[][],
  keepBy = true,
): Propagation {
  const n = system.relations.length;
  // Localisation propagates hundreds of times per report and reads only the conflicts: its `by`
  // and the queue's arrays are work space reused across calls (typed arrays are slow to allocate).
  const work = workspace(system.size, n);
  const by = keepBy ? new Int32Array(system.size) : work.by;
  by.fill(-1, 0, system.size);
  const conflicts: Propagation['conflicts'] = [];
  const dead = work.dead;
  dead.fill(0, 0, n);
  // A ring of relation indices to (re)read; each relation is in it at most once.
  const queue = work.queue;
  const queued = work.queued;
  queued.fill(1, 0, n);
  for (let r = 0; r < n; r++) queue[r] = r;
  let head = 0;
  let pending = n;

  const chainOf = (r: number): Set<number> => {
    const chain = new Set<number>([r]);
    const stack = [r];
    while (stack.length > 0) {
      const cur = system.relations[stack.pop() as number];
      for (const t of cur?.terms ?? []) {
        const src = by[t.v] ?? -1;
        if (src >= 0 && !chain.has(src)) {
          chain.add(src);
          stack.push(src);
        }
      }
    }
    return chain;
  };
  const set = (v: number, value: number, r: number): void => {
    values[v] = value;
    by[v] = r;
    for (const other of of[v] ?? []) {
      if (!queued[other] && !dead[other]) {
        queued[other] = 1;
        queue[(head + pending) % n] = other;
        pending++;
      }
    }
  };
  const fail = (r: number): void => {
    dead[r] = 1;
    conflicts.push({ relation: r, chain: chainOf(r) });
  };

  while (pending > 0) {
    const r = queue[head] as number;
    head = (head + 1) % n;
    pending--;
    queued[r] = 0;
    if (dead[r]) continue;
    const terms = (system.relations[r] as Relation).terms;
    // One pass: the known sum, how many unknowns, the first of them, whether they share a sign.
    let sum = 0;
    let unknowns = 0;
    let firstV = -1;
    let firstCoef: 1 | -1 = 1;
    let oneSign = true;
    for (const t of terms) {
      const x = values[t.v];
      if (x === undefined) {
        if (unknowns === 0) {
          firstV = t.v;
          firstCoef = t.coef;
        } else if (t.coef !== firstCoef) oneSign = false;
        unknowns++;
      } else sum += t.coef * x;
    }
    if (unknowns === 0) {
      if (sum !== 0) fail(r);
    } else if (unknowns === 1) {
      const x = -sum / firstCoef;
      if (x < 0 || !Number.isInteger(x)) fail(r);
      else set(firstV, x, r);
    } else if (oneSign) {
      // Σ unknowns = −sum / sign, and none of them may be negative.
      const rest = -sum / firstCoef;
      if (rest < 0) fail(r);
      else if (rest === 0) {
        for (const t of terms) if (values[t.v] === undefined) set(t.v, 0, r);
      }
    }
  }
  return { values, by, conflicts };
}

/** What propagating with a set of variables freed says: the cells each contradiction could be
 * resolved by (fewest first; none when nothing contradicts) and how many of them are disjoint. */
interface Reading {
  needs: Set<number>[];
  still: number;
}

interface Localisation {
  /** Every smallest-weight set of written variables whose change lets all relations hold. */
  sets: number[][];
  weight: number;
  /** True when the search stopped at its limit before finding any set. */
  exhausted: boolean;
}

function disjoint(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const v of a) if (b.has(v)) return false;
  return true;
}

/**
 * Error localisation: the written variables to distrust, by iterative deepening on their total
 * weight. A node's children are the written variables of the relations that led to a
 * contradiction (changing anything else cannot remove it), so the search is complete up to the
 * weight limit.
 */
export function oracleLocalise(
  system: System,
  unknown: ReadonlySet<number>,
  of: number[][] = relationsOf(system),
  reads: Map<string, Reading> = new Map(),
  maxNodes: number = LIMITS.solverMaxNodes,
): Localisation {
  let nodes = 0;
  const lightest = Math.min(...system.weight);
  const maxWeight = LIMITS.solverMaxErrorWeight;
  // What a set's propagation says depends on the set alone, not on the bound or the weights: each
  // deeper bound re-walks the sets of the shallower ones, so their contradictions are remembered
  // (in `reads`, which a caller localising the same system under other weights may share).
  // The written values with the unknowns unset: where every set's propagation starts.
  const base = system.written.map((w, v) => (w === null || unknown.has(v) ? undefined : w));
  // Each relation's written variables (in term order): the cells a contradiction may be fixed by.
  // Listed at the first contradiction: a report whose sums hold never needs them.
  let written: number[][] | null = null;
  const read = (key: string, set: number[]): Reading => {
    const known = reads.get(key);
    if (known) return known;
    const start = base.slice();
    for (const v of set) start[v] = undefined;
    const p = propagateFrom(system, start, of, false);
    if (p.conflicts.length === 0) {
      const clear: Reading = { needs: [], still: 0 };
      reads.set(key, clear);
      return clear;
    }
    // Each contradiction needs one of the written cells that led to it changed; contradictions
    // with no such cell in common need one each, which bounds what is left to spend.
    const writtenOf = (written ??= system.relations.map((r) =>
      r.terms.filter((t) => base[t.v] !== undefined).map((t) => t.v),
    ));
    const needs = p.conflicts
      .map((c) => {
        const cells = new Set<number>();
        for (const r of c.chain) {
          for (const v of writtenOf[r] ?? []) if (!set.includes(v)) cells.add(v);
        }
        return cells;
      })
      .sort((a, b) => a.size - b.size);
    const taken = new Set<number>();
    let still = 0;
    for (const cells of needs) {
      if (disjoint(cells, taken)) {
        still++;
        for (const v of cells) taken.add(v);
      }
    }
    const reading: Reading = { needs, still };
    reads.set(key, reading);
    return reading;
  };
  if (read('', []).needs.length === 0) return { sets: [[]], weight: 0, exhausted: false };
  for (let bound = 1; bound <= maxWeight; bound++) {
    const found = new Map<string, number[]>();
    const seen = new Set<string>();
    const visit = (set: number[], weight: number): void => {
      const key = set.join(',');
      if (seen.has(key) || nodes > maxNodes) return;
      seen.add(key);
      nodes++;
      const { needs, still } = read(key, set);
      if (needs.length === 0) {
        // Every lighter set was tried at a lower bound: this one is of the smallest weight.
        found.set(key, set);
        return;
      }
      if (weight + still * lightest > bound) return;
      // Branch on the contradiction with the fewest cells to choose from.
      for (const v of needs[0] ?? []) {
        const w = weight + (system.weight[v] ?? 1);
        if (w > bound) continue;
        visit(
          [...set, v].sort((a, b) => a - b),
          w,
        );
      }
    };
    visit([], 0);
    if (found.size > 0) return { sets: [...found.values()], weight: bound, exhausted: false };
    if (nodes > maxNodes) break;
  }
  return { sets: [], weight: Infinity, exhausted: true };
}

/** The deduction as it was (propagate). */
export function oraclePropagate(
  system: System,
  free: ReadonlySet<number>,
  fixed: ReadonlyMap<number, number> = new Map(),
  of: number[][] = relationsOf(system),
): Propagation {
  const { written } = system;
  const values: (number | undefined)[] = [];
  const anyFixed = fixed.size > 0;
  for (let v = 0; v < written.length; v++) {
    const w = free.has(v) ? null : (written[v] ?? null);
    values.push(w ?? (anyFixed ? fixed.get(v) : undefined));
  }
  return propagateFrom(system, values, of);
}
