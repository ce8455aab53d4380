// Marks are tagged rich-text content controls around a flagged cell's content (or a paragraph):
// `<w:sdt><w:sdtPr><w:alias w:val="勾稽"/><w:tag w:val="gouji-mark:<rule>"/>…</w:sdtPr>`. Unlike
// cell shading or highlight they show in empty cells, survive save and reopen, and
// `delete(true)` removes the control while keeping its content, so clearing restores the
// document exactly. The .docx host writes the same shape, so either host clears the other's marks.

import type { Mark } from '../../core/plan';
import type { Located } from './read';

export const MARK_TAG_PREFIX = 'gouji-mark:';
export const MARK_TITLE = '勾稽';

export function markTag(mark: Pick<Mark, 'rule'>): string {
  return MARK_TAG_PREFIX + mark.rule;
}

/** Queues one content control per mark; the caller syncs. Marks whose target is gone are skipped. */
export function queueMarks(located: Located, marks: readonly Mark[]): number {
  let n = 0;
  const seen = new Set<string>();
  for (const mark of marks) {
    let target: Word.Body | Word.Paragraph | undefined;
    if (mark.cell) {
      const key = `c${mark.cell.table}/${mark.cell.row}/${mark.cell.cell}`;
      if (seen.has(key)) continue; // one control per cell: nested controls would not clear cleanly
      seen.add(key);
      const table = located.tables[mark.cell.table];
      // The whole cell body: on the web a control over part of a cell fails (office-js #3367).
      target = table?.getCellOrNullObject(mark.cell.row, mark.cell.cell).body;
    } else if (mark.paragraph !== undefined) {
      const key = `p${mark.paragraph}`;
      if (seen.has(key)) continue;
      seen.add(key);
      target = located.paragraphs[mark.paragraph];
    }
    if (!target) continue;
    const cc = target.insertContentControl();
    cc.set({
      tag: markTag(mark),
      title: MARK_TITLE,
      appearance: 'Tags',
      color: mark.severity === 'error' ? '#D13438' : '#CA5010',
    });
    n++;
  }
  return n;
}

/** Queues the removal of the given marks, keeping their content. */
export function queueUnmark(marks: readonly Word.ContentControl[]): void {
  for (const cc of marks) cc.delete(true);
}
