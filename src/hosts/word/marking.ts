// Writing marks with proof: the change between the marks the document has (the record, checked
// against the shading actually there) and the marks the check wants; the writes and the re-read
// that verifies them in ONE sync (Office.js runs a batch in order, so the read sees the writes);
// a fallback for what did not take. Nothing is written when nothing changed: every write is an
// entry in the user's undo stack and an echo event.

import type { Mark } from '../../core/plan';
import { parseFlatPackage } from '../../core/ooxml';
import {
  cellContents,
  cellKey,
  cellShading,
  markColor,
  queueParagraphMarks,
  queueShade,
  queueUnmark,
  MARK_TAG_PREFIX,
  type CellMark,
} from './marks';
import type { WordSnapshot } from './read';

/** The shading a cell is given when its original "no shading" cannot be put back (web). */
export const WHITE = '#FFFFFF';

export const MARK_NOTICES = {
  notShown: (n: number) =>
    `有 ${n} 个单元格的底纹标记未能写入文档（写入后重新读取未见底纹），这些问题仍在列表中，可点击定位。`,
  changed: (n: number) =>
    `有 ${n} 个表格在写入标记后内容与写入前不一致，已撤回这些标记；请重新检查。`,
  whitened: (n: number) =>
    `有 ${n} 个单元格原本没有底纹，但此版本的 Word 无法清除底纹，已改为白色底纹（打印效果相同）。`,
  unaddressable: (n: number) =>
    `有 ${n} 个单元格所在的行在 Word 中的单元格数与文档结构不一致（Word 对合并单元格的计数方式可能不同），未在文档中标记；这些问题仍在列表中。`,
  notRestored: (n: number) =>
    `有 ${n} 个单元格的底纹未能恢复，请手动清除（开始 → 底纹 → 无颜色）。`,
} as const;

export interface MarkChange {
  /** The record after the change, if every write takes. */
  next: CellMark[];
  /** Cells to shade (colour in `color`). */
  shade: CellMark[];
  /** Cells to restore (to `was`). */
  restore: CellMark[];
  /** Paragraph marks to write after removing the present controls; undefined: leave them. */
  paragraphs?: Mark[];
  /** Wanted cell marks left out: their row is one Word counts differently. */
  unaddressable: number;
}

export function unchanged(c: MarkChange): boolean {
  return c.shade.length === 0 && c.restore.length === 0 && c.paragraphs === undefined;
}

/**
 * What to write so that the document shows `wanted`. A recorded cell whose shading is no longer
 * ours (the user recoloured it, or rows moved) is forgotten, not touched. Cells in `frozen` (the
 * row the user is typing in) keep whatever they have.
 */
export function planMarkChange(
  snapshot: WordSnapshot,
  record: readonly CellMark[],
  wanted: readonly Mark[],
  frozen?: { table: number; row: number },
): MarkChange {
  const shading = snapshot.tableOoxml.map((pkg) => cellShading(pkg));
  const now = (c: { table: number; row: number; cell: number }): string | undefined =>
    shading[c.table]?.[c.row]?.[c.cell];
  const isFrozen = (c: { table: number; row: number }): boolean =>
    frozen !== undefined && c.table === frozen.table && c.row === frozen.row;

  const present = new Map<string, CellMark>();
  for (const r of record) if (now(r) === r.color) present.set(cellKey(r), r);

  const want = new Map<string, CellMark>();
  let unaddressable = 0;
  for (const m of wanted) {
    if (!m.cell || m.cell.path?.length) continue; // nested: see NESTED_CELL_REASON
    const { table, row, cell } = m.cell;
    const at = now(m.cell);
    if (at === undefined) continue;
    if (!snapshot.agreeingRows[table]?.has(row)) {
      unaddressable++;
      continue;
    }
    const key = cellKey(m.cell);
    if (want.has(key)) continue; // planMarks gives one per place; keep the first
    want.set(key, { table, row, cell, color: markColor(m), was: present.get(key)?.was ?? at });
  }

  const next: CellMark[] = [];
  const shade: CellMark[] = [];
  const restore: CellMark[] = [];
  for (const [key, p] of present) {
    const w = want.get(key);
    if (isFrozen(p) || (w && w.color === p.color)) next.push(p);
    else if (!w) restore.push(p);
  }
  for (const [key, w] of want) {
    const p = present.get(key);
    if (p && p.color === w.color) continue;
    if (isFrozen(w)) {
      if (p) next.push(p);
      continue;
    }
    shade.push(w);
    next.push(w);
  }

  const paragraphMarks = wanted.filter((m) => m.paragraph !== undefined);
  const tags = (xs: string[]): string => JSON.stringify([...xs].sort());
  const same =
    tags(snapshot.marks.map((cc) => cc.tag)) ===
    tags(paragraphMarks.map((m) => MARK_TAG_PREFIX + m.rule));
  const change: MarkChange = { next, shade, restore, unaddressable };
  if (!same) change.paragraphs = paragraphMarks;
  return change;
}

/**
 * Writes the change and verifies it in the same sync; a second sync only when a fallback is
 * needed. Returns the record as the document now is and the notices (Chinese) of what failed.
 */
export async function writeMarkChange(
  context: Word.RequestContext,
  snapshot: WordSnapshot,
  change: MarkChange,
): Promise<{ record: CellMark[]; notices: string[] }> {
  const targets = [...change.shade, ...change.restore];
  const tablesTouched = [...new Set(targets.map((c) => c.table))];
  const queueAll = (skip: Set<CellMark>): ReturnType<Word.Range['getOoxml']>[] => {
    // Shading first: were one of them to fail, Word stops there and the controls below (which
    // are not idempotent) are not yet written, so the retry can write everything again.
    for (const c of change.shade) if (!skip.has(c)) queueShade(snapshot, c, c.color);
    for (const c of change.restore) if (!skip.has(c)) queueShade(snapshot, c, c.was);
    if (change.paragraphs) {
      queueUnmark(snapshot.marks);
      queueParagraphMarks(snapshot, change.paragraphs);
    }
    return tablesTouched.map((t) => snapshot.tables[t]?.getRange('Whole').getOoxml());
  };
  let after = queueAll(new Set());
  try {
    await context.sync();
  } catch {
    // A cell Word does not have at that index is a null object, and writing to one fails the
    // batch: find them (one more sync, only on this path), leave them out, write again.
    const probes = targets.map((c) =>
      snapshot.tables[c.table]?.getCellOrNullObject(c.row, c.cell).load('isNullObject'),
    );
    await context.sync();
    after = queueAll(new Set(targets.filter((_c, i) => probes[i]?.isNullObject !== false)));
    await context.sync();
  }

  const notices: string[] = [];
  const shadingAfter = new Map<number, string[][]>();
  const badTables = new Set<number>();
  tablesTouched.forEach((t, i) => {
    const pkg = after[i]?.value;
    if (!pkg) return;
    shadingAfter.set(t, cellShading(pkg));
    const before = snapshot.model.tables[t];
    if (cellContents(parseFlatPackage(pkg).tables[0]) !== cellContents(before)) badTables.add(t);
  });
  const seen = (c: CellMark): string | undefined => shadingAfter.get(c.table)?.[c.row]?.[c.cell];

  const failedShade = change.shade.filter((c) => seen(c) !== c.color);
  const failedRestore = change.restore.filter((c) => seen(c) !== c.was);
  const toWhite = failedRestore.filter((c) => c.was === '' && seen(c) === c.color);
  // Shading cannot change text; if a table's text did change, take our writes there back.
  const undoInBad = change.shade.filter((c) => badTables.has(c.table));
  if (badTables.size) notices.push(MARK_NOTICES.changed(badTables.size));
  if (failedShade.length) notices.push(MARK_NOTICES.notShown(failedShade.length));

  let whitened: CellMark[] = [];
  if (toWhite.length || undoInBad.length) {
    toWhite.forEach((c) => queueShade(snapshot, c, WHITE));
    undoInBad.forEach((c) => queueShade(snapshot, c, c.was || WHITE));
    const again = tablesTouched.map((t) => snapshot.tables[t]?.getRange('Whole').getOoxml());
    await context.sync();
    tablesTouched.forEach((t, i) => {
      const pkg = again[i]?.value;
      if (pkg) shadingAfter.set(t, cellShading(pkg));
    });
    whitened = toWhite.filter((c) => seen(c) === WHITE);
    if (whitened.length) notices.push(MARK_NOTICES.whitened(whitened.length));
  }
  const stuck = failedRestore.filter((c) => !whitened.includes(c));
  if (stuck.length) notices.push(MARK_NOTICES.notRestored(stuck.length));

  // The record: what is ours in the document now. A restore that failed stays recorded (still
  // our colour), so that 清除标记 tries again; shading that did not take is not recorded.
  const dropped = new Set([...failedShade, ...undoInBad].map(cellKey));
  const record = change.next.filter((c) => !dropped.has(cellKey(c)));
  for (const c of stuck) if (seen(c) === c.color) record.push(c);
  return { record, notices };
}
