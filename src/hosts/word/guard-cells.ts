// Before a fix writes a cell: is it still what the user saw checked, and is it safe to write?
// After: did the value land? Pure over the snapshot's OOXML, so the checks cost no round trip
// beyond the read every write action already makes, and the verification rides on the write's
// own sync (the table packages are queued after the writes).

import type { DocModel, DocTable } from '../../core/model';
import { parseFlatPackage, splitFlatPackage } from '../../core/ooxml';
import type { EditPlan } from '../../core/plan';
import type { WordSnapshot } from './read';

export const CELL_NOTICES = {
  stale: '文档在检查之后已被修改，要修复的问题已不在原处，未做任何修改；请重新检查后再修复。',
  changed: (where: string, was: string, now: string) =>
    `${where}的内容已变化（检查时为“${was}”，现在为“${now}”），未做任何修改；请重新检查后再修复。`,
  field: (where: string) =>
    `${where}含有域（如公式或页码），为避免破坏域，未自动修改，请手动修改。`,
  revision: (where: string) =>
    `${where}含有未处理的修订，为避免与修订混在一起，未自动修改；请先接受或拒绝修订。`,
  nullCell: (where: string) =>
    `${where}在 Word 中无法定位（Word 对合并单元格的计数方式可能不同），未自动修改，请手动修改。`,
  misaddressed: (where: string) =>
    `${where}在 Word 中定位到的单元格与检查时读到的内容不一致（Word 对合并单元格的计数方式可能不同），为避免写错位置，未自动修改，请手动修改。`,
  notLanded: (where: string) => `${where}写入后重新读取的内容与应写入的值不一致，请检查该单元格。`,
} as const;

export function cellName(addr: { table: number; row: number; cell: number }): string {
  return `第 ${addr.table + 1} 个表格第 ${addr.row + 1} 行第 ${addr.cell + 1} 个单元格`;
}

/** Thrown (and shown by the pane as the failure) when a target cell changed since the check. */
export class CellChangedError extends Error {}

export type SetCell = Extract<EditPlan['edits'][number], { kind: 'set-cell' }>;

const cellOf = (t: DocTable | undefined, a: SetCell['addr']) => t?.rows[a.row]?.cells[a.cell];

/**
 * Throws CellChangedError when a target cell's text is not what the last check read; returns
 * the plan without the cells holding fields or tracked revisions, and the reasons (Chinese).
 */
export function screenCells(
  plan: EditPlan,
  snapshot: WordSnapshot,
  /** The text each target must hold now (what the user saw); undefined: whatever it holds. */
  expected: (addr: SetCell['addr']) => string | undefined,
): { plan: EditPlan; reasons: string[] } {
  const reasons: string[] = [];
  const docs = snapshot.tableOoxml.map((pkg) => {
    try {
      return splitFlatPackage(pkg).document;
    } catch {
      return '';
    }
  });
  const edits = plan.edits.filter((e) => {
    if (e.kind !== 'set-cell' || e.addr.path?.length) return true;
    const now = cellOf(snapshot.model.tables[e.addr.table], e.addr);
    const was = expected(e.addr) ?? now?.text;
    if (!now || was === undefined || now.text !== was)
      throw new CellChangedError(
        CELL_NOTICES.changed(cellName(e.addr), was ?? '', now?.text ?? ''),
      );
    const xml = now.src ? docs[e.addr.table].slice(now.src.start, now.src.end) : '';
    if (/<w:(fldChar|fldSimple|instrText)\b/.test(xml)) {
      reasons.push(CELL_NOTICES.field(cellName(e.addr)));
      return false;
    }
    if (/<w:(ins|del|moveFrom|moveTo)\b/.test(xml)) {
      reasons.push(CELL_NOTICES.revision(cellName(e.addr)));
      return false;
    }
    return true;
  });
  return { plan: { ...plan, edits }, reasons };
}

/** The tables a plan's cell edits touch. */
export function touchedTables(plan: EditPlan): number[] {
  const out = new Set<number>();
  for (const e of plan.edits)
    if (e.kind === 'set-cell' && !e.addr.path?.length) out.add(e.addr.table);
  return [...out];
}

/** Reasons for the cell edits whose value is not in the re-read table, and those that landed. */
export function verifyCells(
  plan: EditPlan,
  tables: Map<number, string>,
): { reasons: string[]; landed: SetCell[] } {
  const reasons: string[] = [];
  const landed: SetCell[] = [];
  const parsed = new Map<number, DocTable | undefined>();
  for (const [t, pkg] of tables) parsed.set(t, parseFlatPackage(pkg).tables[0]);
  for (const e of plan.edits) {
    if (e.kind !== 'set-cell' || e.addr.path?.length || !tables.has(e.addr.table)) continue;
    const cell = cellOf(parsed.get(e.addr.table), e.addr);
    if (cell?.text.trim() !== e.value.trim())
      reasons.push(CELL_NOTICES.notLanded(cellName(e.addr)));
    else landed.push(e);
  }
  return { reasons, landed };
}

/** Word's TableCell.value and the model's text, compared as text: paragraph breaks and ends. */
function sameText(word: string, model: string): boolean {
  const norm = (t: string): string => t.replace(/\r\n?|\v/g, '\n').trim();
  return norm(word) === norm(model);
}

export type CellProbe = Pick<Word.TableCell, 'isNullObject' | 'value'>;

/** Probe keys for the rows of these targets: each model cell, and one past the last. */
export function probeKeys(
  targets: readonly { table: number; row: number }[],
  model: DocModel | undefined,
): { table: number; row: number; cell: number }[] {
  const out = new Map<string, { table: number; row: number; cell: number }>();
  for (const t of targets) {
    const n = model?.tables[t.table]?.rows[t.row]?.cells.length ?? 0;
    for (let cell = 0; cell <= n; cell++) out.set(`${t.table}/${t.row}/${cell}`, { ...t, cell });
  }
  return [...out.values()];
}

/**
 * Keeps the cell edits whose row Word addresses as the model does: through getCellOrNullObject
 * with the model's indices, every cell of the row holds the model's text and the index past the
 * row's last cell is a null object (were Word to count by grid column, a row with a merged
 * cell would have more). A row of blank cells alone could not tell, hence the whole row.
 * Throws CellChangedError when a target was not probed (the plan is not the one the user saw).
 */
export function checkAddressing(
  plan: EditPlan,
  snapshot: WordSnapshot,
  probes: Map<string, CellProbe>,
): { plan: EditPlan; reasons: string[] } {
  const reasons: string[] = [];
  const edits = plan.edits.filter((e) => {
    if (e.kind !== 'set-cell' || e.addr.path?.length) return true;
    const { table, row, cell } = e.addr;
    if (!snapshot.agreeingRows[table]?.has(row)) {
      reasons.push(CELL_NOTICES.misaddressed(cellName(e.addr)));
      return false;
    }
    const probe = (c: number): CellProbe | undefined => probes.get(`${table}/${row}/${c}`);
    const own = probe(cell);
    if (!own) throw new CellChangedError(CELL_NOTICES.stale);
    if (own.isNullObject) {
      reasons.push(CELL_NOTICES.nullCell(cellName(e.addr)));
      return false;
    }
    const cells = snapshot.model.tables[table]?.rows[row]?.cells ?? [];
    const agrees =
      cells.every((c, i) => {
        const p = probe(i);
        return p !== undefined && !p.isNullObject && sameText(p.value, c.text);
      }) && probe(cells.length)?.isNullObject === true;
    if (!agrees) {
      reasons.push(CELL_NOTICES.misaddressed(cellName(e.addr)));
      return false;
    }
    return true;
  });
  return { plan: { ...plan, edits }, reasons };
}
