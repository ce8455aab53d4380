// A system of linear sum relations over non-negative whole numbers, and the three things a
// statistics office does with a survey form (Fellegi–Holt; Statistics Netherlands' `validate` and
// `errorlocate`): deduce what the relations determine, locate the smallest-weight set of written
// values whose change makes every relation hold, and presume 0 where that breaks nothing.
// Nothing here knows about reports: variables are indices, relations are signed sums.

import { LIMITS } from '../limits';

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
  /** For a deduced variable, the relation that determined it. */
  by: Int32Array;
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

/**
 * The relations in flat arrays (relation r's terms are at start[r] .. start[r + 1] − 1; variable
 * v's relations at ofStart[v] .. ofStart[v + 1] − 1): localisation propagates hundreds of times per
 * report, and object-per-term reading was most of its time.
 */
interface Flat {
  n: number;
  size: number;
  start: Int32Array;
  vars: Int32Array;
  coefs: Int8Array;
  ofStart: Int32Array;
  ofRel: Int32Array;
}

// Keyed by the relations array, which a system re-weighted by spreading ({ ...system }) shares.
const flats = new WeakMap<readonly Relation[], Flat>();

function flat(system: System): Flat {
  const known = flats.get(system.relations);
  if (known && known.size === system.size) return known;
  const { relations, size } = system;
  const n = relations.length;
  const start = new Int32Array(n + 1);
  for (let r = 0; r < n; r++)
    start[r + 1] = (start[r] as number) + (relations[r] as Relation).terms.length;
  const vars = new Int32Array(start[n] as number);
  const coefs = new Int8Array(start[n] as number);
  const count = new Int32Array(size + 1);
  let k = 0;
  for (const rel of relations) {
    for (const t of rel.terms) {
      vars[k] = t.v;
      coefs[k++] = t.coef;
      if (t.v >= 0 && t.v < size) count[t.v + 1]++;
    }
  }
  // relationsOf's order: by relation, once per term.
  const ofStart = new Int32Array(size + 1);
  for (let v = 0; v < size; v++) ofStart[v + 1] = (ofStart[v] as number) + (count[v + 1] as number);
  const ofRel = new Int32Array(ofStart[size] as number);
  const fill = ofStart.slice(0, size);
  for (let r = 0; r < n; r++) {
    for (let j = start[r] as number; j < (start[r + 1] as number); j++) {
      const v = vars[j] as number;
      if (v >= 0 && v < size) ofRel[(fill[v] as number)++] = r;
    }
  }
  const f: Flat = { n, size, start, vars, coefs, ofStart, ofRel };
  flats.set(relations, f);
  return f;
}

interface Workspace {
  dead: Uint8Array;
  queue: Int32Array;
  queued: Uint8Array;
  /** The variables a propagation deduced, in order. */
  trail: Int32Array;
}

let work: Workspace = {
  dead: new Uint8Array(0),
  queue: new Int32Array(0),
  queued: new Uint8Array(0),
  trail: new Int32Array(0),
};

/** The work space, grown to hold `n` relations and `size` variables (typed arrays are slow to
 * allocate, and localisation propagates hundreds of times per report). */
function workspace(n: number, size: number): Workspace {
  if (work.queue.length < n || work.trail.length < size) {
    const r = Math.max(n, work.queue.length);
    work = {
      dead: new Uint8Array(r),
      queue: new Int32Array(r),
      queued: new Uint8Array(r),
      trail: new Int32Array(Math.max(size, work.trail.length)),
    };
  }
  return work;
}

/** Deduction over every relation, from `by` unset. */
function runAll(f: Flat, values: Float64Array, by: Int32Array, fail: (r: number) => void): number {
  const { dead, queue, queued } = workspace(f.n, f.size);
  by.fill(-1, 0, f.size);
  dead.fill(0, 0, f.n);
  queued.fill(1, 0, f.n);
  for (let r = 0; r < f.n; r++) queue[r] = r;
  return run(f, values, by, f.n, fail);
}

/**
 * Deduction from starting values (NaN where unknown), which it completes in place, recording in
 * `by` the relation that determined each deduced variable. It reads the relations the work
 * space's queue lists in [0, pending) (each marked queued and not dead), then those a deduction
 * touches. `fail` is told of each contradicted relation when it is found (what led there is `by`
 * at that moment). Returns how many variables it deduced (listed in the work space's trail).
 */
function run(
  f: Flat,
  values: Float64Array,
  by: Int32Array,
  listed: number,
  fail: (r: number) => void,
): number {
  const { n, start, vars, coefs, ofStart, ofRel } = f;
  const { dead, queue, queued, trail } = workspace(n, f.size);
  // A ring of relation indices to (re)read; each relation is in it at most once.
  let head = 0;
  let pending = listed;
  let deduced = 0;
  const set = (v: number, value: number, r: number): void => {
    values[v] = value;
    by[v] = r;
    trail[deduced++] = v;
    for (let j = ofStart[v] as number; j < (ofStart[v + 1] as number); j++) {
      const other = ofRel[j] as number;
      if (!queued[other] && !dead[other]) {
        queued[other] = 1;
        queue[(head + pending) % n] = other;
        pending++;
      }
    }
  };
  const contradicted = (r: number): void => {
    dead[r] = 1;
    fail(r);
  };

  while (pending > 0) {
    const r = queue[head] as number;
    head = (head + 1) % n;
    pending--;
    queued[r] = 0;
    if (dead[r]) continue;
    const end = start[r + 1] as number;
    // One pass: the known sum, how many unknowns, the first of them, whether they share a sign.
    let sum = 0;
    let unknowns = 0;
    let firstV = -1;
    let firstCoef = 1;
    let oneSign = true;
    for (let j = start[r] as number; j < end; j++) {
      const v = vars[j] as number;
      const x = values[v] as number;
      if (x !== x) {
        if (unknowns === 0) {
          firstV = v;
          firstCoef = coefs[j] as number;
        } else if (coefs[j] !== firstCoef) oneSign = false;
        unknowns++;
      } else sum += (coefs[j] as number) * x;
    }
    if (unknowns === 0) {
      if (sum !== 0) contradicted(r);
    } else if (unknowns === 1) {
      const x = -sum / firstCoef;
      if (x < 0 || !Number.isInteger(x)) contradicted(r);
      else set(firstV, x, r);
    } else if (oneSign) {
      // Σ unknowns = −sum / sign, and none of them may be negative.
      const rest = -sum / firstCoef;
      if (rest < 0) contradicted(r);
      else if (rest === 0) {
        for (let j = start[r] as number; j < end; j++) {
          const v = vars[j] as number;
          if ((values[v] as number) !== (values[v] as number)) set(v, 0, r);
        }
      }
    }
  }
  return deduced;
}

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
  const start = new Float64Array(f.size).fill(NaN);
  for (let v = 0; v < f.size; v++) {
    const w = free.has(v) ? null : (written[v] ?? null);
    const x = w ?? fixed.get(v);
    if (x !== undefined) start[v] = x;
  }
  const by = new Int32Array(f.size);
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
  for (let v = 0; v < f.size; v++) {
    const x = start[v] as number;
    values.push(x === x ? x : undefined);
  }
  return { values, by, conflicts };
}

/** What propagating with a set of variables freed says: the cells of the contradiction with the
 * fewest (in the order they were met; null when nothing contradicts) and how many contradictions
 * share no cell. */
export interface Reading {
  first: readonly number[] | null;
  still: number;
}

export interface Localisation {
  /** Every smallest-weight set of written variables whose change lets all relations hold. */
  sets: number[][];
  weight: number;
  /** True when the search stopped at its limit before finding any set. */
  exhausted: boolean;
}

const CLEAR: Reading = { first: null, still: 0 };

/** The sorted set with one more variable (not in it). */
function withOne(set: readonly number[], v: number): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < set.length && (set[i] as number) < v) out.push(set[i++] as number);
  out.push(v);
  while (i < set.length) out.push(set[i++] as number);
  return out;
}

/**
 * Error localisation: the written variables to distrust, by iterative deepening on their total
 * weight. A node's children are the written variables of the relations that led to a
 * contradiction (changing anything else cannot remove it), so the search is complete up to the
 * weight limit.
 */
export function localise(
  system: System,
  unknown: ReadonlySet<number>,
  reads: Map<string, Reading> = new Map(),
  maxNodes: number = LIMITS.solverMaxNodes,
): Localisation {
  let nodes = 0;
  const lightest = Math.min(...system.weight);
  const maxWeight = LIMITS.solverMaxErrorWeight;
  const f = flat(system);
  const { size, n, start, vars } = f;
  // What a set's propagation says depends on the set alone, not on the bound or the weights: each
  // deeper bound re-walks the sets of the shallower ones, so their contradictions are remembered
  // (in `reads`, which a caller localising the same system under other weights may share).
  // The written values with the unknowns unset (NaN): where every set's propagation starts.
  const base = new Float64Array(size).fill(NaN);
  for (let v = 0; v < size; v++) {
    const w = system.written[v];
    if (w !== null && w !== undefined && !unknown.has(v)) base[v] = w;
  }
  // A relation over written values alone reads the same whatever set is freed, unless the set
  // holds one of its cells: if it holds, it deduces nothing and is passed over. So a set's
  // propagation reads only the relations over an unknown, those that fail as written (`always`),
  // and those over the set; in the same order as a propagation of every relation would.
  const always = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    let sum = 0;
    let over = false;
    for (let j = start[r] as number; j < (start[r + 1] as number); j++) {
      const x = base[vars[j] as number] as number;
      if (x !== x) over = true;
      else sum += (f.coefs[j] as number) * x;
    }
    if (over || sum !== 0) always[r] = 1;
  }
  // Work space of this localisation's propagations. `values` holds `base` and `by` holds −1
  // between them (each restores what it changed). Marks are stamps: a variable or relation is
  // marked when its stamp equals the current one, so no mark is ever cleared.
  const values = base.slice();
  const by = new Int32Array(size).fill(-1);
  const overSet = new Uint32Array(n);
  const inSet = new Uint32Array(size);
  const inCells = new Uint32Array(size);
  const inChain = new Uint32Array(n);
  const chain = new Int32Array(n);
  const stack = new Int32Array(n);
  let stamp = 0;
  let setStamp = 0;
  // The cells of each contradiction, one after another in `pool`.
  let pool = new Int32Array(64);
  let poolLen = 0;
  let needStart = new Int32Array(8);
  let needLen = new Int32Array(8);
  let needs = 0;
  // Each relation's written variables (in term order): the cells a contradiction may be fixed by.
  // Listed at the first contradiction: a report whose sums hold never needs them.
  let wStart: Int32Array | null = null;
  let wVars: Int32Array | null = null;
  const listWritten = (): void => {
    const ws = new Int32Array(n + 1);
    const wv: number[] = [];
    for (let r = 0; r < n; r++) {
      for (let j = start[r] as number; j < (start[r + 1] as number); j++) {
        const v = vars[j] as number;
        if (base[v] === base[v]) wv.push(v);
      }
      ws[r + 1] = wv.length;
    }
    wStart = ws;
    wVars = Int32Array.from(wv);
  };

  // A contradiction needs one of the written cells of the relations that led to it changed.
  const need = (r: number): void => {
    if (!wStart) listWritten();
    const ws = wStart as Int32Array;
    const wv = wVars as Int32Array;
    const chainStamp = ++stamp;
    inChain[r] = chainStamp;
    chain[0] = r;
    let chainLen = 1;
    stack[0] = r;
    let sp = 1;
    while (sp > 0) {
      const cur = stack[--sp] as number;
      for (let j = start[cur] as number; j < (start[cur + 1] as number); j++) {
        const src = by[vars[j] as number] as number;
        if (src >= 0 && inChain[src] !== chainStamp) {
          inChain[src] = chainStamp;
          chain[chainLen++] = src;
          stack[sp++] = src;
        }
      }
    }
    if (needs === needStart.length) {
      needStart = grow(needStart);
      needLen = grow(needLen);
    }
    needStart[needs] = poolLen;
    const cellStamp = ++stamp;
    for (let i = 0; i < chainLen; i++) {
      const cr = chain[i] as number;
      for (let j = ws[cr] as number; j < (ws[cr + 1] as number); j++) {
        const v = wv[j] as number;
        if (inSet[v] !== setStamp && inCells[v] !== cellStamp) {
          inCells[v] = cellStamp;
          if (poolLen === pool.length) pool = grow(pool);
          pool[poolLen++] = v;
        }
      }
    }
    needLen[needs] = poolLen - (needStart[needs] as number);
    needs++;
  };

  const read = (key: string, set: readonly number[]): Reading => {
    const known = reads.get(key);
    if (known) return known;
    setStamp = ++stamp;
    for (const v of set) {
      values[v] = NaN;
      inSet[v] = setStamp;
      for (let j = f.ofStart[v] as number; j < (f.ofStart[v + 1] as number); j++) {
        overSet[f.ofRel[j] as number] = setStamp;
      }
    }
    const { dead, queue, queued, trail } = workspace(n, size);
    let listed = 0;
    for (let r = 0; r < n; r++) {
      if (always[r] || overSet[r] === setStamp) {
        queue[listed++] = r;
        queued[r] = 1;
        dead[r] = 0;
      }
    }
    needs = 0;
    poolLen = 0;
    const deduced = run(f, values, by, listed, need);
    for (let i = 0; i < deduced; i++) {
      const v = trail[i] as number;
      values[v] = base[v] as number;
      by[v] = -1;
    }
    for (const v of set) values[v] = base[v] as number;
    if (needs === 0) {
      reads.set(key, CLEAR);
      return CLEAR;
    }
    // Fewest cells first (a stable sort: ties stay in the order met); contradictions with no cell
    // in common need one each, which bounds what is left to spend.
    const order: number[] = [];
    for (let i = 0; i < needs; i++) {
      let at = order.length;
      while (at > 0 && (needLen[order[at - 1] as number] as number) > (needLen[i] as number)) at--;
      order.splice(at, 0, i);
    }
    const taken = ++stamp;
    let still = 0;
    for (const i of order) {
      const from = needStart[i] as number;
      const to = from + (needLen[i] as number);
      let disjoint = true;
      for (let j = from; j < to && disjoint; j++)
        if (inCells[pool[j] as number] === taken) disjoint = false;
      if (disjoint) {
        still++;
        for (let j = from; j < to; j++) inCells[pool[j] as number] = taken;
      }
    }
    const firstAt = needStart[order[0] as number] as number;
    const reading: Reading = {
      first: Array.from(pool.subarray(firstAt, firstAt + (needLen[order[0] as number] as number))),
      still,
    };
    reads.set(key, reading);
    return reading;
  };
  if (read('', []).first === null) return { sets: [[]], weight: 0, exhausted: false };
  for (let bound = 1; bound <= maxWeight; bound++) {
    const found = new Map<string, number[]>();
    const seen = new Set<string>();
    const visit = (set: number[], weight: number): void => {
      const key = set.join(',');
      if (seen.has(key) || nodes > maxNodes) return;
      seen.add(key);
      nodes++;
      const { first, still } = read(key, set);
      if (first === null) {
        // Every lighter set was tried at a lower bound: this one is of the smallest weight.
        found.set(key, set);
        return;
      }
      if (weight + still * lightest > bound) return;
      // Branch on the contradiction with the fewest cells to choose from.
      for (const v of first) {
        const w = weight + (system.weight[v] ?? 1);
        if (w > bound) continue;
        visit(withOne(set, v), w);
      }
    };
    visit([], 0);
    if (found.size > 0) return { sets: [...found.values()], weight: bound, exhausted: false };
    if (nodes > maxNodes) break;
  }
  return { sets: [], weight: Infinity, exhausted: true };
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
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
