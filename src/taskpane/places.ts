// Where 定位 goes for a finding: its sentence, or one of the cells it names. The hosts locate a
// finding by its fields (a cell before a paragraph), so the pane narrows the finding it hands them.

import type { CellKeyRef, Finding } from '../core/finding';

const key = (r: CellKeyRef) => `${r.table}/${r.row}/${r.column}`;

/** The cells a finding names, most specific first: its culprit, its own cell, the related ones. */
export function cellsOf(f: Finding): CellKeyRef[] {
  const refs: CellKeyRef[] = [
    ...(f.culprit ? [f.culprit] : []),
    ...(f.table && f.row && f.column ? [{ table: f.table, row: f.row, column: f.column }] : []),
    ...(f.related ?? []),
  ];
  const seen = new Set<string>();
  return refs.filter((r) => !seen.has(key(r)) && seen.add(key(r)));
}

/**
 * The cells the card lists with a 定位 each: for a prose finding every cell it names (its own
 * 定位 goes to the sentence); for a finding without a fix, the candidates when it names more than
 * its own cell. Empty otherwise.
 */
export function cellsToList(f: Finding): CellKeyRef[] {
  const cells = cellsOf(f);
  if (f.paragraph !== undefined) return cells;
  if (f.fix) return [];
  return f.culprit || (f.related?.length ?? 0) > 0 ? cells : [];
}

/** The finding narrowed to its sentence: no cell left for a host to prefer. */
export function atSentence(f: Finding): Finding {
  return without(f, ['table', 'row', 'column', 'culprit', 'related']);
}

/** The finding narrowed to one of its cells. */
export function atCell(f: Finding, ref: CellKeyRef): Finding {
  const rest = without(f, ['paragraph', 'quote', 'culprit', 'related']);
  return { ...rest, table: ref.table, row: ref.row, column: ref.column };
}

function without(f: Finding, keys: readonly (keyof Finding)[]): Finding {
  const out: Finding = { ...f };
  for (const k of keys) delete out[k];
  return out;
}
