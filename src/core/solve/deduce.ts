// The deduction loop of the sums (see system.ts), over the relations in flat typed arrays: error
// localisation runs it hundreds of times per report with errors, so it allocates nothing per run.

import type { Relation, System } from './system';

/**
 * The relations in flat arrays (relation r's terms are at start[r] .. start[r + 1] − 1; variable
 * v's relations at ofStart[v] .. ofStart[v + 1] − 1): localisation propagates hundreds of times per
 * report, and object-per-term reading was most of its time.
 */
export interface Flat {
  n: number;
  size: number;
  start: Int32Array;
  vars: Int32Array;
  coefs: Int8Array;
  ofStart: Int32Array;
  ofRel: Int32Array;
  /** True when no relation has a variable twice. */
  distinct: boolean;
}

// Keyed by the relations array, which a system re-weighted by spreading ({ ...system }) shares.
const flats = new WeakMap<readonly Relation[], Flat>();

// Counts per variable while flattening, reused (grown to the largest system met).
let counts = new Int32Array(0);

export function flat(system: System): Flat {
  const known = flats.get(system.relations);
  if (known && known.size === system.size) return known;
  const { relations, size } = system;
  const n = relations.length;
  let terms = 0;
  for (let r = 0; r < n; r++) terms += (relations[r] as Relation).terms.length;
  // One buffer for the five arrays: a backing store each is what costs in allocation and
  // collection. Four-byte values first, then the one-byte coefficients.
  const buffer = new ArrayBuffer(4 * (n + 1 + terms + size + 1 + terms) + terms);
  const start = new Int32Array(buffer, 0, n + 1);
  const vars = new Int32Array(buffer, 4 * (n + 1), terms);
  const ofStart = new Int32Array(buffer, 4 * (n + 1 + terms), size + 1);
  const ofRel = new Int32Array(buffer, 4 * (n + 1 + terms + size + 1), terms);
  const coefs = new Int8Array(buffer, 4 * (n + 1 + terms + size + 1 + terms), terms);
  for (let r = 0; r < n; r++)
    start[r + 1] = (start[r] as number) + (relations[r] as Relation).terms.length;
  if (counts.length < size + 1) counts = new Int32Array(size + 1);
  const count = counts;
  count.fill(0, 0, size + 1);
  let k = 0;
  for (const rel of relations) {
    for (const t of rel.terms) {
      vars[k] = t.v;
      coefs[k++] = t.coef;
      if (t.v >= 0 && t.v < size) count[t.v + 1]++;
    }
  }
  // relationsOf's order: by relation, once per term.
  for (let v = 0; v < size; v++) ofStart[v + 1] = (ofStart[v] as number) + (count[v + 1] as number);
  // Where each variable's next relation goes: the counts are not needed any more.
  const fill = count;
  for (let v = 0; v < size; v++) fill[v] = ofStart[v] as number;
  for (let r = 0; r < n; r++) {
    for (let j = start[r] as number; j < (start[r + 1] as number); j++) {
      const v = vars[j] as number;
      if (v >= 0 && v < size) ofRel[(fill[v] as number)++] = r;
    }
  }
  // Whether a relation has a variable twice: marks by relation number + 1 (once per layout).
  let distinct = true;
  const marks = new Int32Array(size);
  for (let r = 0; r < n && distinct; r++) {
    for (let j = start[r] as number; j < (start[r + 1] as number); j++) {
      const v = vars[j] as number;
      if (v < 0 || v >= size || marks[v] === r + 1) distinct = false;
      else marks[v] = r + 1;
    }
  }
  const f: Flat = { n, size, start, vars, coefs, ofStart, ofRel, distinct };
  flats.set(relations, f);
  return f;
}

interface Workspace {
  dead: Uint8Array;
  queue: Int32Array;
  queued: Uint8Array;
  /** 1 for a listed relation the caller knows to fail as it stands: it is not read again. */
  failing: Uint8Array;
  /** The variables a propagation deduced, in order. */
  trail: Int32Array;
}

let work: Workspace = {
  dead: new Uint8Array(0),
  queue: new Int32Array(0),
  queued: new Uint8Array(0),
  failing: new Uint8Array(0),
  trail: new Int32Array(0),
};

/** The work space, grown to hold `n` relations and `size` variables (typed arrays are slow to
 * allocate, and localisation propagates hundreds of times per report). */
export function workspace(n: number, size: number): Workspace {
  if (work.queue.length < n || work.trail.length < size) {
    const r = Math.max(n, work.queue.length);
    work = {
      dead: new Uint8Array(r),
      queue: new Int32Array(r),
      queued: new Uint8Array(r),
      failing: new Uint8Array(r),
      trail: new Int32Array(Math.max(size, work.trail.length)),
    };
  }
  return work;
}

/** Deduction over every relation, from `by` unset. */
export function runAll(
  f: Flat,
  values: Float64Array,
  by: Int32Array,
  fail: (r: number) => void,
): number {
  const { dead, queue, queued, failing } = workspace(f.n, f.size);
  by.fill(-1, 0, f.size);
  dead.fill(0, 0, f.n);
  failing.fill(0, 0, f.n);
  queued.fill(1, 0, f.n);
  for (let r = 0; r < f.n; r++) queue[r] = r;
  return run(f, values, by, f.n, fail);
}

/**
 * Deduction from starting values (NaN where unknown), which it completes in place, recording in
 * `by` the relation that determined each deduced variable. It reads the relations the work
 * space's queue lists in [0, pending) (each marked queued, not dead, and failing or not), then those a deduction
 * touches. `fail` is told of each contradicted relation when it is found (what led there is `by`
 * at that moment), and may stop the deduction there by returning true. Returns how many variables
 * it deduced (listed in the work space's trail).
 */
export function run(
  f: Flat,
  values: Float64Array,
  by: Int32Array,
  listed: number,
  fail: (r: number) => boolean | void,
): number {
  const { n, start, vars, coefs, ofStart, ofRel } = f;
  const { dead, queue, queued, failing, trail } = workspace(n, f.size);
  // A ring of relation indices to (re)read; each relation is in it at most once.
  let head = 0;
  let pending = listed;
  let deduced = 0;
  // No closures over the loop's state: run is called hundreds of times per report with errors.

  while (pending > 0) {
    const r = queue[head] as number;
    head = (head + 1) % n;
    pending--;
    queued[r] = 0;
    if (dead[r]) continue;
    if (failing[r]) {
      dead[r] = 1;
      if (fail(r) === true) return stop(queue, queued, head, pending, n, deduced);
      continue;
    }
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
    // The value every unknown of the relation takes (NaN: none deduced).
    let fill = NaN;
    let broken = false;
    if (unknowns === 0) {
      broken = sum !== 0;
    } else if (unknowns === 1) {
      const x = -sum / firstCoef;
      if (x < 0 || !Number.isInteger(x)) broken = true;
      else fill = x;
    } else if (oneSign) {
      // Σ unknowns = −sum / sign, and none of them may be negative.
      const rest = -sum / firstCoef;
      if (rest < 0) broken = true;
      else if (rest === 0) fill = 0;
    }
    if (broken) {
      dead[r] = 1;
      if (fail(r) === true) return stop(queue, queued, head, pending, n, deduced);
    } else if (fill === fill) {
      // The unknowns in term order (one alone: `firstV`), each set and its relations queued.
      const alone = unknowns === 1;
      for (let j = alone ? 0 : (start[r] as number), to = alone ? 1 : end; j < to; j++) {
        const v = alone ? firstV : (vars[j] as number);
        if ((values[v] as number) === (values[v] as number)) continue;
        values[v] = fill;
        by[v] = r;
        trail[deduced++] = v;
        for (let k = ofStart[v] as number; k < (ofStart[v + 1] as number); k++) {
          const other = ofRel[k] as number;
          if (!queued[other] && !dead[other]) {
            queued[other] = 1;
            queue[(head + pending) % n] = other;
            pending++;
          }
        }
      }
    }
  }
  return deduced;
}

/** A deduction stopped: the relations still queued are unmarked for the next. Returns `deduced`. */
function stop(
  queue: Int32Array,
  queued: Uint8Array,
  head: number,
  pending: number,
  n: number,
  deduced: number,
): number {
  for (let k = 0; k < pending; k++) queued[queue[(head + k) % n] as number] = 0;
  return deduced;
}
