// An edit plan → Word calls, all queued for ONE sync. Only the named cells and paragraphs are
// touched; text is replaced through the first paragraph so that its run formatting stays.

import type { DocModel } from '../../core/model';
import { splitFlatPackage } from '../../core/ooxml';
import type { Anchor, Edit, EditPlan } from '../../core/plan';
import {
  renderSection,
  renderTable,
  wrapFlatPackage,
  type TemplateLike,
} from '../../core/template';
import { elementText } from '../../core/template/xml';
import type { CellFont } from './fonts';
import type { Located } from './read';

function cellBody(located: Located, addr: { table: number; row: number; cell: number }): Word.Body {
  const table = located.tables[addr.table];
  if (!table) throw new Error(`表格 ${addr.table + 1} 不存在（no table ${addr.table + 1}）`);
  return table.getCellOrNullObject(addr.row, addr.cell).body;
}

/**
 * Replaces a cell's text. The value goes into the LAST paragraph and the ones before it are
 * deleted as one range: a cell's last paragraph cannot be deleted, and deleting the last
 * paragraph inside a content control deletes the control (office-js #4975).
 */
function setCell(
  located: Located,
  model: DocModel,
  edit: Extract<Edit, { kind: 'set-cell' }>,
  font: CellFont | undefined,
): void {
  const body = cellBody(located, edit.addr);
  const last = body.paragraphs.getLast();
  const inserted = last.insertText(edit.value, 'Replace');
  if (font) inserted.font.set(font);
  const cell = model.tables[edit.addr.table]?.rows[edit.addr.row]?.cells[edit.addr.cell];
  if ((cell?.paragraphs.length ?? 1) > 1)
    body.paragraphs
      .getFirst()
      .getRange('Whole')
      .expandTo(last.getPreviousOrNullObject().getRange('Whole'))
      .delete();
}

function renameHeading(
  located: Located,
  model: DocModel,
  edit: Extract<Edit, { kind: 'rename-heading' }>,
): void {
  if (edit.paragraph !== undefined) {
    const p = located.paragraphs[edit.paragraph];
    if (!p) return;
    p.insertText(edit.text, 'Replace');
    // The new text carries its own numeral; the automatic one would show twice.
    if (model.paragraphs[edit.paragraph]?.numText !== undefined) p.detachFromList();
  } else if (edit.cell) {
    cellBody(located, edit.cell).paragraphs.getFirst().insertText(edit.text, 'Replace');
  }
}

function insertAt(
  context: Word.RequestContext,
  located: Located,
  anchor: Anchor,
  ooxml: string,
): void {
  const target =
    'paragraph' in anchor
      ? located.paragraphs[anchor.paragraph]
      : 'table' in anchor
        ? located.tables[anchor.table]
        : undefined;
  // An anchor that is gone (or none at all) appends: the content still lands in the document.
  if (!target) return void context.document.body.insertOoxml(ooxml, 'End');
  target.getRange('Whole').insertOoxml(ooxml, anchor.position === 'after' ? 'After' : 'Before');
}

/**
 * Why a cell of a nested table is not written here: Word numbers the tables of `body.tables` with
 * the nested ones mixed in, and `getCellOrNullObject` on the layout table would reach the outer
 * cell, so the write would land in the wrong place. The .docx host writes it by its path.
 */
export const NESTED_CELL_REASON =
  '该单元格位于嵌套表格中，Word 加载项无法准确定位，未自动修改，请手动修改';

/** Queues every edit of the plan; the caller syncs once. Returns the reasons of edits skipped. */
export function queuePlan(
  context: Word.RequestContext,
  located: Located,
  model: DocModel,
  plan: EditPlan,
  like: TemplateLike = {},
  fontOf: (addr: Extract<Edit, { kind: 'set-cell' }>['addr']) => CellFont | undefined = () =>
    undefined,
): string[] {
  const skipped: string[] = [];
  for (const edit of plan.edits) {
    switch (edit.kind) {
      case 'set-cell':
        if (edit.addr.path?.length) skipped.push(NESTED_CELL_REASON);
        else setCell(located, model, edit, fontOf(edit.addr));
        break;
      case 'rename-heading':
        renameHeading(located, model, edit);
        break;
      case 'insert-section':
      case 'insert-table': {
        const xml =
          edit.kind === 'insert-section'
            ? renderSection(edit.section, edit.version, like)
            : renderTable(edit.table, edit.version, like);
        insertAt(context, located, edit.anchor, wrapFlatPackage(xml));
        break;
      }
    }
  }
  return skipped;
}

export function hasInserts(plan: EditPlan): boolean {
  return plan.edits.some((e) => e.kind === 'insert-section' || e.kind === 'insert-table');
}

/** The `w:p` / `w:tbl` inside a `getOoxml()` package, for a template to copy its formatting. */
export function firstElement(pkg: string | undefined, name: 'w:p' | 'w:tbl'): string | undefined {
  if (!pkg) return undefined;
  try {
    return elementText(splitFlatPackage(pkg).document, name);
  } catch {
    return undefined;
  }
}
