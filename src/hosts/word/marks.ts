// Marks are tagged rich-text content controls around a flagged cell's content (or a paragraph):
// `<w:sdt><w:sdtPr><w:alias w:val="勾稽"/><w:tag w:val="gouji-mark:<rule>"/>…</w:sdtPr>`. Unlike
// cell shading or highlight they show in empty cells, survive save and reopen, and
// `delete(true)` removes the control while keeping its content, so clearing restores the
// document exactly. The .docx host writes the same shape, so either host clears the other's marks.

import { MARK_COLORS, MARK_TAG_PREFIX, MARK_TITLE } from '../../core/plan';
import type { Mark } from '../../core/plan';
import type { Located } from './read';

export { MARK_TAG_PREFIX };

/**
 * Queues one content control per mark; the caller syncs. Marks whose target is gone are skipped.
 * One mark per place, as planMarks gives them: nested controls would not clear cleanly.
 */
export function queueMarks(located: Located, marks: readonly Mark[]): void {
  for (const mark of marks) {
    // A nested table's cell cannot be reached by index here (see NESTED_CELL_REASON): no mark
    // rather than one on the layout cell around it.
    if (mark.cell?.path?.length) continue;
    const target = mark.cell
      ? // The whole cell body: on the web a control over part of a cell fails (office-js #3367).
        located.tables[mark.cell.table]?.getCellOrNullObject(mark.cell.row, mark.cell.cell).body
      : mark.paragraph !== undefined
        ? located.paragraphs[mark.paragraph]
        : undefined;
    target?.insertContentControl().set({
      tag: MARK_TAG_PREFIX + mark.rule,
      title: MARK_TITLE,
      appearance: 'Tags',
      color: `#${MARK_COLORS[mark.severity]}`,
    });
  }
}

/** Queues the removal of the given marks, keeping their content. */
export function queueUnmark(marks: readonly Word.ContentControl[]): void {
  for (const cc of marks) cc.delete(true);
}
