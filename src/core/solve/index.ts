// The solving stage the sum rules read (spec/rules.md, "How the sums are solved"): blanks and
// invalid cells are unknowns; what the table determines is deduced; errors among written values
// are located by the smallest-weight change; a fix is safe only when that change is unique,
// determined and touches no value a holding relation corroborates; the rest is said, not fixed.

import type { CellKeyRef } from '../finding';
import type { CellValue, Report } from '../report';
import { buildSystem, type CellAt, type SumRelation, type SumSystem } from './relations';
import { flat } from './deduce';
import {
  localise,
  presumeZero,
  propagate,
  type Propagation,
  type Reading,
  type SetKey,
  type System,
} from './system';

export type { RelationKind, SumRelation } from './relations';
export { refKey, resultRows, writtenCount } from './relations';

export type CellState =
  /** A valid count that no located error concerns. */
  | 'written'
  /** Blank or invalid, and the table determines its value. */
  | 'determined'
  /**
   * Blank or invalid and not determined: a part presumed 0 where that breaks no relation ("没有数据
   * 应填 0"), or a total that follows from such parts. A suggestion, never a safe fix.
   */
  | 'presumed'
  /** Blank or invalid, nothing determines it, and 0 would break a relation. */
  | 'undetermined'
  /** Written, and the one smallest correction of the table changes it to `value`. */
  | 'wrong'
  /** Written, and one of several equally small corrections could change it. */
  | 'suspect';

export interface CellSolution {
  ref: CellKeyRef;
  cell: CellValue;
  total: boolean;
  state: CellState;
  /** The value after solving: written, deduced, corrected (wrong), or null when not known. */
  value: number | null;
  /** For determined and wrong cells: the relation that gave the value. */
  by?: SumRelation;
  /** For wrong cells: the relations the written value breaks. */
  breaks?: SumRelation[];
  /**
   * For wrong cells: true when no other correction of as few cells would do (the fix is safe);
   * otherwise the weights chose it and `alternatives` names the other cells that could be wrong.
   */
  certain?: boolean;
  alternatives?: CellKeyRef[];
}

/** Relations that fail where the table does not say which cell is wrong. */
export interface Discrepancy {
  relations: SumRelation[];
  /** The cells any smallest correction would change, in table order (empty when none was found). */
  candidates: CellKeyRef[];
  /** Relations that hold as written over a cell of the first failing relation (they vouch for it). */
  corroborating: SumRelation[];
}

export interface Solution {
  cell(ref: CellKeyRef): CellSolution | undefined;
  /** The relations built (those whose cells the tables have). */
  relations: readonly SumRelation[];
  /** Every requests/appeals cell, in table order. */
  cells: CellSolution[];
  discrepancies: Discrepancy[];
  /** The value after solving, or null where the table does not determine it. */
  value(table: 'requests' | 'appeals', row: string, column: string): number | null;
}

function holdsAsWritten(system: System, r: number): boolean {
  const rel = system.relations[r];
  if (!rel) return false;
  let sum = 0;
  for (const t of rel.terms) {
    const w = system.written[t.v];
    if (w === null || w === undefined) return false;
    sum += t.coef * w;
  }
  return sum === 0;
}

function residual(
  system: System,
  r: number,
  value: (v: number) => number | undefined,
): number | null {
  let sum = 0;
  for (const t of system.relations[r]?.terms ?? []) {
    const x = value(t.v);
    if (x === undefined) return null;
    sum += t.coef * x;
  }
  return sum;
}

/** A count the prose states: the sum of one of these sets of cells (see rules/prose/statements). */
export interface Statement {
  value: number;
  alternatives: CellKeyRef[][];
}

export function solveSums(report: Report, statements: readonly Statement[] = []): Solution {
  const built = buildSystem(report);
  const { system, cells, refs, totals, relations } = built;
  // Each variable's relations (read from the flat arrays localisation builds: no array per cell),
  // whether each relation holds as written, and the propagation with every distrusted cell free:
  // a report whose sums hold needs none of them, so each is made on first use.
  let holdsMade: Uint8Array | null = null;
  const holds = (): Uint8Array => {
    if (holdsMade) return holdsMade;
    holdsMade = new Uint8Array(system.relations.length);
    for (let r = 0; r < holdsMade.length; r++) holdsMade[r] = holdsAsWritten(system, r) ? 1 : 0;
    return holdsMade;
  };
  const unknown = new Set<number>();
  for (let v = 0; v < system.written.length; v++) if (system.written[v] === null) unknown.add(v);

  // Both localisations below free the same sets of the same system: one memory of what each gives.
  const reads = new Map<SetKey, Reading>();
  const loc = localise(system, unknown, reads);
  const states = new Array<CellState>(cells.length);
  // The unknowns are the variables written null: no set look-up per cell.
  for (let v = 0; v < cells.length; v++) {
    states[v] = system.written[v] === null ? 'undetermined' : 'written';
  }
  const values: (number | null)[] = system.written.slice();
  // Set for the few cells a relation determines or a correction rewrites: sized, not filled.
  const by = new Array<SumRelation | undefined>(cells.length);
  const breaks = new Array<SumRelation[] | undefined>(cells.length);
  const certainty = new Array<boolean>(cells.length);
  const alternatives = new Array<CellKeyRef[]>(cells.length);
  const discrepancies: Discrepancy[] = [];

  // Cells some smallest correction would change; with one correction that is determined and
  // corroborated by nothing, they are wrong; otherwise suspect.
  // Filled in loops: Array.prototype.flat and spreads cost more than the few cells they list.
  const suspects = new Set<number>();
  for (const set of loc.sets) for (const v of set) suspects.add(v);
  const free = new Set<number>(unknown);
  for (const v of suspects) free.add(v);
  let finalMade: Propagation | null = null;
  const final = (): Propagation => (finalMade ??= propagate(system, free));
  const only = loc.sets.length === 1 ? (loc.sets[0] as number[]) : null;
  // A relation that holds as written vouches for its non-zero values: no fix may rewrite them.
  // Zeros are what an unfilled form holds, so a relation of zeros that adds up vouches for little.
  const corroborated = (v: number): boolean => {
    if (system.written[v] === 0) return false;
    const { ofStart, ofRel } = flat(system);
    const h = holds();
    for (let j = ofStart[v] as number; j < (ofStart[v + 1] as number); j++) {
      if (h[ofRel[j] as number]) return true;
    }
    return false;
  };
  const located =
    only !== null &&
    only.length > 0 &&
    only.every((v) => final().values[v] !== undefined && !corroborated(v));

  if (located && only) {
    // The weights prefer a total to a part; whether the table itself says which cell is wrong is
    // a matter of counts: if another correction of as few cells would do as well, it does not.
    const unit = localise({ ...system, weight: built.unitWeight }, unknown, reads);
    const sameSet = (s: number[]): boolean =>
      s.length === only.length && s.every((v, i) => v === only[i]);
    // Where several corrections of as few cells would do, the prose may still tell them apart.
    const agreement = (set: number[]): number => {
      // No statement, no agreement: no propagation needed to count none.
      if (statements.length === 0) return 0;
      const p = propagate(system, new Set([...unknown, ...set]));
      const at = (r: CellKeyRef): number | undefined => {
        const v = built.at(r);
        return v === undefined ? undefined : p.values[v];
      };
      return statements.filter((st) =>
        st.alternatives.some((alt) => {
          const xs = alt.map(at);
          return (
            xs.every((x) => x !== undefined) &&
            xs.reduce((a, b) => (a ?? 0) + (b ?? 0), 0) === st.value
          );
        }),
      ).length;
    };
    const inUnit = unit.sets.some(sameSet);
    // The prose's agreement with this correction, asked only when another would do as well.
    let mine: number | null = null;
    const certain =
      inUnit &&
      unit.sets.every((set) => sameSet(set) || agreement(set) < (mine ??= agreement(only)));
    const others = [...new Set(unit.sets.flat())]
      .filter((v) => !only.includes(v))
      .sort((a, b) => a - b)
      .map((v) => refs[v] as CellKeyRef);
    for (const v of only) {
      states[v] = 'wrong';
      values[v] = final().values[v] as number;
      certainty[v] = certain;
      alternatives[v] = others;
      by[v] = relations[final().by[v] ?? -1];
      const broken: SumRelation[] = [];
      const { ofStart, ofRel } = flat(system);
      for (let j = ofStart[v] as number; j < (ofStart[v + 1] as number); j++) {
        const r = ofRel[j] as number;
        const res = residual(system, r, (x) =>
          x === v ? (system.written[v] ?? undefined) : final().values[x],
        );
        if (res !== null && res !== 0) broken.push(relations[r] as SumRelation);
      }
      breaks[v] = broken;
    }
  } else if (loc.weight > 0) {
    for (const v of suspects) states[v] = 'suspect';
    discrepancies.push(...describe(built, loc.sets, unknown));
  }

  // Unknowns: determined when the relations (with every distrusted cell free) fix their value.
  for (const v of unknown) {
    const x = final().values[v];
    if (x !== undefined && !loc.exhausted) {
      states[v] = 'determined';
      values[v] = x;
      by[v] = relations[final().by[v] ?? -1];
    }
  }
  // Blank parts are presumed 0 where that breaks nothing; totals then follow from them. Both are
  // suggestions: the document alone does not determine them.
  if (!loc.exhausted) {
    const parts = [...unknown].filter((v) => states[v] === 'undetermined' && !totals[v]);
    const presumption =
      parts.length > 0
        ? presumeZero(system, free, parts)
        : { presumed: new Set<number>(), values: [] };
    for (const v of unknown) {
      const x = presumption.values[v];
      if (states[v] !== 'undetermined' || x === undefined) continue;
      if (totals[v] || presumption.presumed.has(v)) {
        states[v] = 'presumed';
        values[v] = x;
      }
    }
  }

  // Optional fields assigned, not spread: a spread of a conditional literal costs two objects a cell.
  const solved: CellSolution[] = new Array<CellSolution>(cells.length);
  for (let v = 0; v < cells.length; v++) {
    const state = states[v] as CellState;
    const s: CellSolution = {
      ref: refs[v] as CellKeyRef,
      cell: cells[v] as CellValue,
      total: totals[v] as boolean,
      state,
      value:
        state === 'written' || state === 'suspect'
          ? (system.written[v] ?? null)
          : (values[v] ?? null),
    };
    const relation = by[v];
    if (relation) s.by = relation;
    const broken = breaks[v];
    if (broken) s.breaks = broken;
    if (state === 'wrong') {
      s.certain = certainty[v] as boolean;
      s.alternatives = alternatives[v] as CellKeyRef[];
    }
    solved[v] = s;
  }
  const byRef = (ref: CellAt): CellSolution | undefined => {
    const v = built.at(ref);
    return v === undefined ? undefined : solved[v];
  };
  return {
    cells: solved,
    relations,
    discrepancies,
    cell: byRef,
    value(table, row, column) {
      const s = byRef({ table, row, column });
      if (!s) return null;
      return s.state === 'presumed' ? null : s.value;
    },
  };
}

/**
 * The failing relations grouped by cause: two relations belong together when one smallest
 * correction touches both. Each group names the cells that could hold the error and the
 * relations that vouch for its first relation's total.
 */
function describe(built: SumSystem, sets: number[][], unknown: ReadonlySet<number>): Discrepancy[] {
  const { system, refs, relations } = built;
  const { ofStart, ofRel } = flat(system);
  const failing = [...new Set(propagate(system, unknown).conflicts.map((c) => c.relation))].sort(
    (a, b) => a - b,
  );
  const parent = new Map(failing.map((r) => [r, r]));
  const find = (r: number): number => {
    let x = r;
    while (parent.get(x) !== x) x = parent.get(x) as number;
    return x;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  };
  const touches = (set: number[], r: number): boolean => {
    for (const v of set) {
      for (let j = ofStart[v] as number; j < (ofStart[v + 1] as number); j++) {
        if (ofRel[j] === r) return true;
      }
    }
    return false;
  };
  for (const set of sets) {
    const hit = failing.filter((r) => touches(set, r));
    for (const r of hit.slice(1)) union(hit[0] as number, r);
  }
  const groups = new Map<number, number[]>();
  for (const r of failing) {
    const root = find(r);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  }
  const corroborate = (v: number, first: number): SumRelation[] => {
    const out: SumRelation[] = [];
    for (let j = ofStart[v] as number; j < (ofStart[v + 1] as number); j++) {
      const r = ofRel[j] as number;
      if (r !== first && holdsAsWritten(system, r)) out.push(relations[r] as SumRelation);
    }
    return out;
  };
  return [...groups.values()].map((group) => {
    const candidates = [
      ...new Set(sets.filter((s) => group.some((r) => touches(s, r))).flat()),
    ].sort((a, b) => a - b);
    const first = group[0] as number;
    const totalVar = system.relations[first]?.terms[0]?.v;
    const corroborating =
      relations[first]?.kind === 'balance' || totalVar === undefined
        ? []
        : corroborate(totalVar, first);
    return {
      relations: group.map((r) => relations[r] as SumRelation),
      candidates: candidates.map((v) => refs[v] as CellKeyRef),
      corroborating,
    };
  });
}
