// Error localisation (Fellegi–Holt; Statistics Netherlands' `errorlocate`): the smallest-weight
// sets of written values whose change lets every relation hold, by iterative deepening on weight.
// A report with errors tries a few hundred sets, so a set's propagation reads only what freeing it
// can change, and allocates next to nothing.

import { LIMITS } from '../limits';
import { flat, run, workspace } from './deduce';
import type { System } from './system';

/** What propagating with a set of variables freed says: the cells of the contradiction with the
 * fewest (the first met of those; null when nothing contradicts) and how many contradictions
 * share no cell. `seen` is the search pass that last visited the set. */
export interface Reading {
  first: number[] | null;
  still: number;
  seen: number;
  /** The set, its variables in order. */
  set: number[];
  /** The reading of the set with each of `first`'s variables added, once the search has made it:
   * the deeper bounds re-walk the shallower ones' sets by these, not by keys. */
  kids: (Reading | undefined)[] | null;
}

export interface Localisation {
  /** Every smallest-weight set of written variables whose change lets all relations hold. */
  sets: number[][];
  weight: number;
  /** True when the search stopped at its limit before finding any set. */
  exhausted: boolean;
}

/**
 * The work space every localisation's propagations share: typed arrays are slow to allocate and to
 * collect, and a check localises once or twice per report with errors. `values` holds the owning
 * preparation's written values and `by` holds −1 between reads (each restores what it changed);
 * a read by another preparation first makes them its own. Marks are stamps: a variable or
 * relation is marked when its stamp equals the current one, so no mark is ever cleared, and a
 * mark left by another preparation is of an older stamp.
 */
interface Scratch {
  owner: object | null;
  values: Float64Array<ArrayBuffer>;
  by: Int32Array<ArrayBuffer>;
  inSet: Uint32Array<ArrayBuffer>;
  inCells: Uint32Array<ArrayBuffer>;
  overSet: Uint32Array<ArrayBuffer>;
  inChain: Uint32Array<ArrayBuffer>;
  chain: Int32Array<ArrayBuffer>;
  stack: Int32Array<ArrayBuffer>;
  /** The relations over the set, in index order. */
  over: Int32Array<ArrayBuffer>;
  /** The cells of each contradiction, one after another. */
  pool: Int32Array<ArrayBuffer>;
  needStart: Int32Array<ArrayBuffer>;
  needLen: Int32Array<ArrayBuffer>;
  /** 1 where the contradiction's cells are its relation's, read in place from `wVars`. */
  needInPlace: Uint8Array<ArrayBuffer>;
  order: Int32Array<ArrayBuffer>;
  /** Per contradiction, the relations failing as written that hold one of its cells (a bit each,
   * see `masked`), and its own bit when it is one of them, read in place. */
  needMask: Int32Array<ArrayBuffer>;
  needBit: Int32Array<ArrayBuffer>;
  /** Per relation, how many of a set's cells it holds (valid where `relStamp` is current). */
  relCount: Int32Array<ArrayBuffer>;
  relStamp: Uint32Array<ArrayBuffer>;
}

const scratch: Scratch = {
  owner: null,
  values: new Float64Array(0),
  by: new Int32Array(0),
  inSet: new Uint32Array(0),
  inCells: new Uint32Array(0),
  overSet: new Uint32Array(0),
  inChain: new Uint32Array(0),
  chain: new Int32Array(0),
  stack: new Int32Array(0),
  over: new Int32Array(0),
  pool: new Int32Array(64),
  needStart: new Int32Array(8),
  needLen: new Int32Array(8),
  needInPlace: new Uint8Array(8),
  order: new Int32Array(8),
  needMask: new Int32Array(8),
  needBit: new Int32Array(8),
  relCount: new Int32Array(0),
  relStamp: new Uint32Array(0),
};
let stamp = 0;

/** The work space grown to hold `n` relations and `size` variables. */
function fit(n: number, size: number): void {
  if (scratch.values.length < size) {
    scratch.owner = null;
    scratch.values = new Float64Array(size);
    scratch.by = new Int32Array(size);
    scratch.inSet = new Uint32Array(size);
    scratch.inCells = new Uint32Array(size);
  }
  if (scratch.overSet.length < n) {
    scratch.overSet = new Uint32Array(n);
    scratch.inChain = new Uint32Array(n);
    scratch.chain = new Int32Array(n);
    scratch.stack = new Int32Array(n);
    scratch.over = new Int32Array(n);
    scratch.relCount = new Int32Array(n);
    scratch.relStamp = new Uint32Array(n);
  }
}

/** Room for `count` more stamps: near the end of their range, every mark is cleared. */
function stampsFor(count: number): void {
  if (stamp + count < 0xffffffff) return;
  stamp = 0;
  scratch.inSet.fill(0);
  scratch.inCells.fill(0);
  scratch.overSet.fill(0);
  scratch.inChain.fill(0);
  scratch.relStamp.fill(0);
}

// Numbers each search pass (a bound of one localisation) so that a Reading can say whether the
// pass has visited its set already, with no set of visited keys per pass.
let passes = 0;

/** The sorted set with one more variable (not in it). */
function withOne(set: readonly number[], v: number): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < set.length && (set[i] as number) < v) out.push(set[i++] as number);
  out.push(v);
  while (i < set.length) out.push(set[i++] as number);
  return out;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Nothing unknown and every relation holds: most reports, localised with nothing set up. */
function holdsAsWritten(system: System, unknown: ReadonlySet<number>): boolean {
  for (const rel of system.relations) {
    let sum = 0;
    for (const t of rel.terms) {
      const w = system.written[t.v];
      if (w === null || w === undefined || (unknown.size > 0 && unknown.has(t.v))) return false;
      sum += t.coef * w;
    }
    if (sum !== 0) return false;
  }
  return true;
}

/**
 * What a localisation of the system sets up: the written values, the relations every set's
 * propagation reads, its work space, and `read`, the propagation with a set's variables freed.
 */
function prepare(system: System, unknown: ReadonlySet<number>): Readers {
  const f = flat(system);
  const { size, n, start, vars, coefs, ofStart, ofRel } = f;
  // The written values with the unknowns unset (NaN): where every set's propagation starts.
  // This preparation's arrays share one buffer, the latest preparation's (see `store`).
  // Eight-byte values first, then four-byte, then bytes: each view is aligned.
  const terms = start[n] as number;
  const bytes = 8 * size + 4 * (2 * n + 1 + terms + size);
  if (store.byteLength < bytes + 2 * n) store = new ArrayBuffer(2 * (bytes + 2 * n));
  const buffer = store;
  const token = {};
  storeOwner = token;
  const base = new Float64Array(buffer, 0, size).fill(NaN);
  const always = new Int32Array(buffer, 8 * size, n);
  let ws: Int32Array = new Int32Array(buffer, 8 * size + 4 * n, n + 1);
  ws[0] = 0;
  let wv: Int32Array = new Int32Array(buffer, 8 * size + 4 * (2 * n + 1), terms);
  const failMask = new Int32Array(buffer, 8 * size + 4 * (2 * n + 1 + terms), size).fill(0);
  const overUnknown = new Uint8Array(buffer, bytes, n).fill(0);
  const failsAsWritten = new Uint8Array(buffer, bytes + n, n).fill(0);
  let unknowns = 0;
  for (let v = 0; v < size; v++) {
    const w = system.written[v];
    // Most reports have no unknown: no set look-up per variable then.
    if (w !== null && w !== undefined && (unknown.size === 0 || !unknown.has(v))) base[v] = w;
    else unknowns++;
  }
  // A relation over written values alone reads the same whatever set is freed, unless the set
  // holds one of its cells: if it holds, it deduces nothing and is passed over. So a set's
  // propagation reads only the relations over an unknown (`overUnknown`), those that fail as
  // written, and those over the set; in the order a propagation of every relation would.
  let alwaysLen = 0;
  for (let r = 0; r < n; r++) {
    let sum = 0;
    for (let j = start[r] as number; j < (start[r + 1] as number); j++) {
      const x = base[vars[j] as number] as number;
      if (x !== x) overUnknown[r] = 1;
      else sum += (coefs[j] as number) * x;
    }
    if (!overUnknown[r] && sum !== 0) failsAsWritten[r] = 1;
    if (overUnknown[r] || sum !== 0) always[alwaysLen++] = r;
  }
  // The relations that fail as written: a set none of whose cells is in one of them leaves it
  // failing, whatever its propagation deduces (see `fails`).
  const failList: number[] = [];
  for (let r = 0; r < n; r++) if (failsAsWritten[r]) failList.push(r);
  // Where they are few (a report's errors break a few relations), a bit each: a variable's mask
  // says which of them it is in, and a set is in all of them when its masks' union is full.
  const masked = failList.length <= 30;
  const fullMask = masked ? (1 << failList.length) - 1 : 0;
  // Each one's bit + 1 kept as its mark, and the bits of those sharing a cell with it.
  const overlap: number[] = [];
  if (masked) {
    for (let i = 0; i < failList.length; i++) {
      const r = failList[i] as number;
      failsAsWritten[r] = i + 1;
      for (let j = start[r] as number; j < (start[r + 1] as number); j++) {
        failMask[vars[j] as number] |= 1 << i;
      }
    }
    for (let i = 0; i < failList.length; i++) {
      const r = failList[i] as number;
      let m = 0;
      for (let j = start[r] as number; j < (start[r + 1] as number); j++) {
        m |= failMask[vars[j] as number] as number;
      }
      overlap.push(m);
    }
  }

  // The shared work space, taken from `scratch` at the start of each read.
  fit(n, size);
  let values = scratch.values;
  let by = scratch.by;
  let inSet = scratch.inSet;
  let inCells = scratch.inCells;
  let overSet = scratch.overSet;
  let inChain = scratch.inChain;
  let chain = scratch.chain;
  let stack = scratch.stack;
  let over = scratch.over;
  let setStamp = 0;
  let pool = scratch.pool;
  let poolLen = 0;
  let needStart = scratch.needStart;
  let needLen = scratch.needLen;
  let needInPlace = scratch.needInPlace;
  let order = scratch.order;
  let needMask = scratch.needMask;
  let needBit = scratch.needBit;
  let needs = 0;
  // Each relation's written variables, once each in term order (`ws`, `wv`): the cells a
  // contradiction may be fixed by. Listed at the first contradiction: a report whose sums hold
  // never needs them.
  let writtenListed = false;
  const listWritten = (): void => {
    writtenListed = true;
    if (unknowns === 0 && f.distinct) {
      // Every variable written, none twice in a relation: the lists are the relations' own.
      ws = start;
      wv = vars;
      return;
    }
    let len = 0;
    for (let r = 0; r < n; r++) {
      const once = ++stamp;
      for (let j = start[r] as number; j < (start[r + 1] as number); j++) {
        const v = vars[j] as number;
        if (base[v] === base[v] && inCells[v] !== once) {
          inCells[v] = once;
          wv[len++] = v;
        }
      }
      ws[r + 1] = len;
    }
  };

  // A contradiction needs one of the written cells of the relations that led to it changed.
  const need = (r: number): void => {
    if (!writtenListed) listWritten();
    if (needs === needStart.length) {
      needStart = scratch.needStart = grow(needStart);
      needLen = scratch.needLen = grow(needLen);
      order = scratch.order = grow(order);
      needMask = scratch.needMask = grow(needMask);
      needBit = scratch.needBit = grow(needBit);
      const inPlace = new Uint8Array(needInPlace.length * 2);
      inPlace.set(needInPlace);
      needInPlace = scratch.needInPlace = inPlace;
    }
    if (!overUnknown[r] && overSet[r] !== setStamp) {
      // Over written values the set does not hold: nothing led there but the relation itself.
      needStart[needs] = ws[r] as number;
      needLen[needs] = (ws[r + 1] as number) - (ws[r] as number);
      // Such a relation fails as written (see `overlap`).
      const i = (failsAsWritten[r] as number) - 1;
      needMask[needs] = masked ? (overlap[i] as number) : 0;
      needBit[needs] = masked ? 1 << i : 0;
      needInPlace[needs++] = 1;
      return;
    }
    // A contradiction's cells are distinct variables: at most `size` of them.
    while (pool.length < poolLen + size) pool = scratch.pool = grow(pool);
    needStart[needs] = poolLen;
    needInPlace[needs] = 0;
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
    const cellStamp = ++stamp;
    let mask = 0;
    for (let i = 0; i < chainLen; i++) {
      const cr = chain[i] as number;
      for (let j = ws[cr] as number; j < (ws[cr + 1] as number); j++) {
        const v = wv[j] as number;
        if (inSet[v] !== setStamp && inCells[v] !== cellStamp) {
          inCells[v] = cellStamp;
          pool[poolLen++] = v;
          mask |= failMask[v] as number;
        }
      }
    }
    needMask[needs] = mask;
    needBit[needs] = 0;
    needLen[needs] = poolLen - (needStart[needs] as number);
    needs++;
  };

  // The relations over the set, in index order (`overLen` of them).
  let overLen = 0;
  // A glance stops at the first contradiction: that there is one is all it asks.
  let halted = false;
  const halt = (): boolean => (halted = true);
  /** Propagation with the set's variables freed; when `glance`, only up to a contradiction. */
  const read = (set: number[], glance = false): Reading => {
    // Another localisation may have grown the work space since: fitted again, its arrays taken.
    fit(n, size);
    ({ values, by, inSet, inCells, overSet, inChain, chain, stack, over } = scratch);
    ({ pool, needStart, needLen, needInPlace, order, needMask, needBit } = scratch);
    if (scratch.owner !== token) {
      values.set(base);
      by.fill(-1, 0, size);
      scratch.owner = token;
    }
    // A set stamp, one per chain and per cells of each contradiction, one to take cells, and one
    // per relation when their written cells are first listed.
    stampsFor(3 * n + 8);
    setStamp = ++stamp;
    overLen = 0;
    for (const v of set) {
      values[v] = NaN;
      inSet[v] = setStamp;
      for (let j = ofStart[v] as number; j < (ofStart[v + 1] as number); j++) {
        const r = ofRel[j] as number;
        if (overSet[r] === setStamp) continue;
        overSet[r] = setStamp;
        let at = overLen++;
        for (; at > 0 && (over[at - 1] as number) > r; at--) over[at] = over[at - 1] as number;
        over[at] = r;
      }
    }
    // The relations to read, in index order: those always read, merged with those over the set.
    const { dead, queue, queued, failing, trail } = workspace(n, size);
    let count = 0;
    for (let a = 0, o = 0; a < alwaysLen || o < overLen;) {
      const x = a < alwaysLen ? (always[a] as number) : n;
      const y = o < overLen ? (over[o] as number) : n;
      const r = x < y ? x : y;
      if (x === r) a++;
      if (y === r) o++;
      queue[count++] = r;
      queued[r] = 1;
      dead[r] = 0;
      // Over written values the set does not hold, it fails as it did before any was freed.
      failing[r] = failsAsWritten[r] && y !== r ? 1 : 0;
    }
    needs = 0;
    poolLen = 0;
    halted = false;
    const deduced = run(f, values, by, count, glance ? halt : need);
    for (let i = 0; i < deduced; i++) {
      const v = trail[i] as number;
      values[v] = base[v] as number;
      by[v] = -1;
    }
    for (const v of set) values[v] = base[v] as number;
    if (halted) return { first: UNREAD, still: 1, seen: 0, set, kids: null };
    if (needs === 0) return { first: null, still: 0, seen: 0, set, kids: null };
    // Fewest cells first (a stable sort: ties stay in the order met); contradictions with no cell
    // in common need one each, which bounds what is left to spend.
    for (let i = 0; i < needs; i++) {
      let at = i;
      while (at > 0 && (needLen[order[at - 1] as number] as number) > (needLen[i] as number)) {
        order[at] = order[at - 1] as number;
        at--;
      }
      order[at] = i;
    }
    const taken = ++stamp;
    let still = 0;
    if (masked) {
      // A contradiction read in place meets those taken before it by their bits: the relations
      // failing as written taken (`takenIn`), and those holding a cell of a taken one (`takenNear`).
      // Only the others' cells are marked and looked at.
      let takenIn = 0;
      let takenNear = 0;
      for (let k = 0; k < needs; k++) {
        const i = order[k] as number;
        const bit = needBit[i] as number;
        let disjoint = ((needMask[i] as number) & takenIn) === 0;
        const from = needStart[i] as number;
        const to = from + (needLen[i] as number);
        if (disjoint && bit !== 0) disjoint = (takenNear & bit) === 0;
        else if (disjoint) {
          for (let j = from; j < to && disjoint; j++) {
            if (inCells[pool[j] as number] === taken) disjoint = false;
          }
        }
        if (!disjoint) continue;
        still++;
        if (bit !== 0) takenIn |= bit;
        else {
          takenNear |= needMask[i] as number;
          for (let j = from; j < to; j++) inCells[pool[j] as number] = taken;
        }
      }
    } else {
      for (let k = 0; k < needs; k++) {
        const i = order[k] as number;
        const cells = needInPlace[i] ? wv : pool;
        const from = needStart[i] as number;
        const to = from + (needLen[i] as number);
        let disjoint = true;
        for (let j = from; j < to && disjoint; j++) {
          if (inCells[cells[j] as number] === taken) disjoint = false;
        }
        if (disjoint) {
          still++;
          for (let j = from; j < to; j++) inCells[cells[j] as number] = taken;
        }
      }
    }
    const i = order[0] as number;
    const cells = needInPlace[i] ? wv : pool;
    const first: number[] = [];
    for (let j = needStart[i] as number, end = j + (needLen[i] as number); j < end; j++) {
      first.push(cells[j] as number);
    }
    return { first, still, seen: 0, set, kids: null };
  };
  /** True when the set holds no cell of a relation that fails as written: its propagation then
   * meets a contradiction, and a set the search will not branch from needs no more than that. */
  const fails = (set: readonly number[]): boolean => {
    if (masked) {
      let union = 0;
      for (let i = 0; i < set.length; i++) union |= failMask[set[i] as number] as number;
      return union !== fullMask;
    }
    for (const r of failList) {
      let over = false;
      for (let i = 0; i < set.length && !over; i++) {
        const v = set[i] as number;
        for (let j = ofStart[v] as number; j < (ofStart[v + 1] as number); j++) {
          if (ofRel[j] === r) {
            over = true;
            break;
          }
        }
      }
      if (!over) return true;
    }
    return false;
  };
  // Sums of fewer than 2^12 whole numbers up to 2^40 are exact in any order, as `contradicts` assumes.
  let exact = true;
  for (let v = 0; v < size; v++) {
    const x = base[v] as number;
    if (x === x && !(Math.abs(x) <= 2 ** 40 && Number.isInteger(x))) exact = false;
  }
  if (terms >= 2 ** 12) {
    exact = false;
  }
  /**
   * True when the set's propagation certainly meets a contradiction though the set holds a cell of
   * every relation failing as written: a cell of the set is the only one it frees both of a
   * relation failing as written and of one holding as written, neither over an unknown. The one
   * asks for a value other than the written one, the other for the written one; whichever reads
   * the cell first, or a third relation, the other fails. So a glance would stop, and need not run.
   */
  const contradicts = (set: readonly number[]): boolean => {
    if (!exact) return false;
    fit(n, size);
    const { relCount, relStamp } = scratch;
    stampsFor(1);
    const counted = ++stamp;
    for (const v of set) {
      for (let j = ofStart[v] as number; j < (ofStart[v + 1] as number); j++) {
        const r = ofRel[j] as number;
        if (relStamp[r] !== counted) {
          relStamp[r] = counted;
          relCount[r] = 0;
        }
        relCount[r]++;
      }
    }
    for (const v of set) {
      let failing = false;
      let holding = false;
      for (let j = ofStart[v] as number; j < (ofStart[v + 1] as number); j++) {
        const r = ofRel[j] as number;
        if (relCount[r] !== 1 || overUnknown[r]) continue;
        if (failsAsWritten[r]) failing = true;
        else holding = true;
      }
      if (failing && holding) return true;
    }
    return false;
  };
  return { read, fails, contradicts, token };
}

interface Readers {
  /** Whose the shared buffer is: these readers' while it is `storeOwner`. */
  token: object;
  /** The propagation with a set's variables freed. */
  read: (set: number[], glance?: boolean) => Reading;
  fails: (set: readonly number[]) => boolean;
  contradicts: (set: readonly number[]) => boolean;
}

// The buffer of the latest preparation's arrays: a backing store is slow to allocate and to
// collect, and a check prepares once per report with errors. A preparation whose buffer a later
// one took is made again (see localise).
let store = new ArrayBuffer(0);
let storeOwner: object | null = null;

/** The contradiction of a set only glanced at: it has one (so `still` is at least 1), unread. */
const UNREAD: number[] = [];

/** What a set of variables is remembered by. */
export type SetKey = string | number;

interface Prepared {
  relations: System['relations'];
  written: System['written'];
  unknown: ReadonlySet<number>;
  readers: Readers;
}

// Keyed by a caller's memory of readings: the two localisations of one system (its weights, then
// unit weights) share their set-up as they share what each set gives.
const prepared = new WeakMap<Map<SetKey, Reading>, Prepared>();

/**
 * The written variables to distrust, by iterative deepening on their total weight. A node's
 * children are the written variables of the relations that led to a contradiction (changing
 * anything else cannot remove it), so the search is complete up to the weight limit.
 * `reads` remembers what each set's propagation says (it depends on the set alone, not on the
 * bound or the weights), for the deeper bounds that re-walk the shallower ones' sets and for a
 * caller localising the same system under other weights.
 */
export function localise(
  system: System,
  unknown: ReadonlySet<number>,
  reads: Map<SetKey, Reading> = new Map(),
  maxNodes: number = LIMITS.solverMaxNodes,
): Localisation {
  if (holdsAsWritten(system, unknown)) return { sets: [[]], weight: 0, exhausted: false };
  let nodes = 0;
  const lightest = Math.min(...system.weight);
  const maxWeight = LIMITS.solverMaxErrorWeight;
  const size = system.size;
  // A set's key: a number, its variables (+ 1) as digits in base size + 1, where that is exact
  // (sets of up to 7 cells of a report's ~190): no string made and hashed per node. Otherwise
  // one character per variable where variables fit in one (a cell table's do).
  const radix = size + 1;
  let numeric = 0;
  if (radix > 1) for (let p = radix; p <= 2 ** 53; p *= radix) numeric++;
  const key = (set: readonly number[]): SetKey => {
    if (set.length <= numeric) {
      let k = 0;
      for (let i = set.length - 1; i >= 0; i--) k = k * radix + (set[i] as number) + 1;
      return k;
    }
    return size <= 0xffff ? String.fromCharCode(...set) : set.join(',');
  };

  let known = prepared.get(reads);
  if (
    !known ||
    known.relations !== system.relations ||
    known.written !== system.written ||
    known.unknown !== unknown ||
    known.readers.token !== storeOwner
  ) {
    known = {
      relations: system.relations,
      written: system.written,
      unknown,
      readers: prepare(system, unknown),
    };
    prepared.set(reads, known);
  }
  const { read, fails, contradicts } = known.readers;
  const readOf = (k: SetKey, set: number[]): Reading => {
    let reading = reads.get(k);
    if (!reading) reads.set(k, (reading = read(set)));
    return reading;
  };

  const root = readOf(key([]), []);
  if (root.first === null) return { sets: [[]], weight: 0, exhausted: false };
  for (let bound = 1; bound <= maxWeight; bound++) {
    // A set is visited once per pass (`seen`), so it is found once.
    const found: number[][] = [];
    const pass = ++passes;
    const visit = (reading: Reading, weight: number): void => {
      if (reading.seen === pass) return;
      reading.seen = pass;
      nodes++;
      // A set too heavy to branch from within the bound needs only to be known to fail: it may
      // have been glanced at (see below), and is read in full once a deeper bound branches from it.
      if (reading.first === UNREAD && weight + lightest <= bound) {
        const full = read(reading.set);
        reading.first = full.first;
        reading.still = full.still;
      }
      const { first, still } = reading;
      if (first === null) {
        // Every lighter set was tried at a lower bound: this one is of the smallest weight.
        found.push(reading.set);
        return;
      }
      if (weight + still * lightest > bound) return;
      // Branch on the contradiction with the fewest cells to choose from.
      let kids = reading.kids;
      for (let i = 0; i < first.length; i++) {
        const v = first[i] as number;
        const w = weight + (system.weight[v] ?? 1);
        if (w > bound) continue;
        if (nodes > maxNodes) return;
        kids ??= reading.kids = new Array<Reading | undefined>(first.length);
        let kid = kids[i];
        if (!kid) {
          const set = withOne(reading.set, v);
          const k = key(set);
          kid = reads.get(k);
          if (!kid) {
            // Most sets met are too heavy to branch from: whether they fail is all the bound asks.
            // Most of those hold no cell of a relation failing as written, so certainly fail; the
            // others are propagated up to their first contradiction.
            if (w + lightest <= bound) kid = read(set);
            else if (fails(set) || contradicts(set)) {
              kid = { first: UNREAD, still: 1, seen: 0, set, kids: null };
            } else kid = read(set, true);
            reads.set(k, kid);
          }
          kids[i] = kid;
        }
        visit(kid, w);
      }
    };
    if (nodes <= maxNodes) visit(root, 0);
    if (found.length > 0) return { sets: found, weight: bound, exhausted: false };
    if (nodes > maxNodes) break;
  }
  return { sets: [], weight: Infinity, exhausted: true };
}
