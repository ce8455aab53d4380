// An edit plan → WPS object-model calls. Cell values through Cell.Range.Text (WPS keeps the cell's
// end mark and the first character's formatting), heading renames through the paragraph's text
// range, inserts through Range.InsertXML with a flat package. Every cell and heading write records
// the text before and after, which is what 撤销 writes back.

import type { DocModel } from '../../core/model';
import type { Anchor, Edit, EditPlan } from '../../core/plan';
import {
  renderSection,
  renderTable,
  wrapFlatPackage,
  type TemplateLike,
} from '../../core/template';
import type { WpsDocument, WpsRange } from './api';
import { NESTED_CELL_REASON, cellOf, type ParagraphLocator } from './locate';
import { cellText } from './read';

/** One recorded write: where, the text before and the text written. */
export type Written =
  | { kind: 'cell'; table: number; row: number; cell: number; before: string; after: string }
  | { kind: 'paragraph'; paragraph: number; before: string; after: string };

export interface Applied {
  /** Reasons of edits left to the user (Chinese). */
  skipped: string[];
  written: Written[];
  /** False when something was written that recorded values cannot take back (inserts, numbering). */
  undoable: boolean;
}

export const GONE_REASON = '要修改的位置已不存在（文档已改动），未自动修改，请重新检查';

function insertionPoint(doc: WpsDocument, paragraphs: ParagraphLocator, anchor: Anchor): WpsRange {
  let target: WpsRange | undefined;
  if ('paragraph' in anchor) target = paragraphs.range(anchor.paragraph);
  else if ('table' in anchor && anchor.table + 1 <= doc.Tables.Count)
    target = doc.Tables.Item(anchor.table + 1).Range;
  // An anchor that is gone (or none at all) appends: the content still lands in the document.
  const at = target ? (anchor.position === 'after' ? target.End : target.Start) : doc.Content.End;
  return doc.Range(at, at);
}

function textOf(range: WpsRange): string {
  return range.Text.replace(/\r$/, '');
}

/** Applies the plan in order; inserts go last so that earlier addresses stay valid. */
export function applyPlan(
  doc: WpsDocument,
  paragraphs: ParagraphLocator,
  model: DocModel,
  plan: EditPlan,
  like: TemplateLike = {},
): Applied {
  const out: Applied = { skipped: [], written: [], undoable: true };
  const inserts: Extract<Edit, { kind: 'insert-section' | 'insert-table' }>[] = [];
  for (const edit of plan.edits) {
    if (edit.kind === 'insert-section' || edit.kind === 'insert-table') {
      inserts.push(edit);
    } else if (edit.kind === 'set-cell' || (edit.kind === 'rename-heading' && edit.cell)) {
      const addr = edit.kind === 'set-cell' ? edit.addr : edit.cell;
      if (!addr) continue;
      const value = edit.kind === 'set-cell' ? edit.value : edit.text;
      if (addr.path?.length) {
        out.skipped.push(NESTED_CELL_REASON);
        continue;
      }
      const cell = cellOf(doc, addr);
      if (!cell) {
        out.skipped.push(GONE_REASON);
        continue;
      }
      const before = cellText(cell.Range.Text);
      cell.Range.Text = value;
      out.written.push({ kind: 'cell', ...addr, before, after: value });
    } else if (edit.paragraph !== undefined) {
      const range = paragraphs.content(edit.paragraph);
      if (!range) {
        out.skipped.push(GONE_REASON);
        continue;
      }
      const before = textOf(range);
      range.Text = edit.text;
      out.written.push({ kind: 'paragraph', paragraph: edit.paragraph, before, after: edit.text });
      // The new text carries its own numeral; the automatic one would show twice.
      if (model.paragraphs[edit.paragraph]?.numText !== undefined) {
        paragraphs.range(edit.paragraph)?.ListFormat.RemoveNumbers();
        out.undoable = false;
      }
    }
  }
  // From the last place to the first, and at one place the plan's last first: an insert then
  // never moves a place still to come, and inserts at one place keep the plan's order.
  const points = inserts
    .map((edit, i) => ({ edit, i, at: insertionPoint(doc, paragraphs, edit.anchor) }))
    .sort((a, b) => b.at.Start - a.at.Start || b.i - a.i);
  for (const { edit, at } of points) {
    const xml =
      edit.kind === 'insert-section'
        ? renderSection(edit.section, edit.version, like)
        : renderTable(edit.table, edit.version, like);
    at.InsertXML(wrapFlatPackage(xml));
    out.undoable = false;
  }
  if (inserts.length > 0) paragraphs.reset();
  return out;
}
