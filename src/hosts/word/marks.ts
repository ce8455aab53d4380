// Marks. A flagged CELL is shaded (`TableCell.shadingColor`, WordApi 1.3), its original shading
// recorded in the document's settings; a flagged PARAGRAPH (outside tables) gets a tagged
// content control, as the .docx host writes it.
//
// Why not content controls on cells (what this host used before): on Word on the web a control
// over a whole cell adds a paragraph outside it that stays after deletion (office-js #1947),
// controls inside tables are not listed so they could not be found to clear (#2040), a control
// over part of a cell throws (#3367), desktop-made cell controls show as fields on the web (#950),
// with track changes they may not delete (#1299), and an empty one shows placeholder text.
// Shading changes no paragraph and no text, so "the cell is as before" can be checked by
// re-reading; the record (document settings, saved in the file) finds the marks after save and
// reopen, and holds each cell's original shading so that 清除标记 puts exactly that back.
// Comments (WordApi 1.4) were the other candidate; they need a non-empty range and 1.4, and
// blank cells are the most common mark.

import type { DocTable } from '../../core/model';
import { splitFlatPackage } from '../../core/ooxml';
import { MARK_COLORS, MARK_TAG_PREFIX, MARK_TITLE } from '../../core/plan';
import type { Mark } from '../../core/plan';
import type { Located } from './read';

export { MARK_TAG_PREFIX };

/** Key of the shaded cells' record in the document's settings. */
export const MARKS_SETTING = 'gouji-marks';

/** One shaded cell: where, the colour we set, and the shading it had before ('' = none). */
export interface CellMark {
  table: number;
  row: number;
  cell: number;
  color: string;
  was: string;
}

export function cellKey(c: { table: number; row: number; cell: number }): string {
  return `${c.table}/${c.row}/${c.cell}`;
}

export function markColor(mark: Mark): string {
  return `#${MARK_COLORS[mark.severity]}`;
}

/** The record as saved; anything malformed reads as no record. */
export function parseRecord(value: unknown): CellMark[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (v): v is CellMark =>
      typeof v === 'object' &&
      v !== null &&
      ['table', 'row', 'cell'].every((k) => Number.isInteger((v as Record<string, unknown>)[k])) &&
      typeof (v as CellMark).color === 'string' &&
      typeof (v as CellMark).was === 'string',
  );
}

/** Each `w:tc`'s fill as "#RRGGBB" ('' when none), by row and index in the row, of a table package. */
export function cellShading(pkg: string): string[][] {
  const doc = splitFlatPackage(pkg).document;
  const rows: string[][] = [];
  let depth = 0;
  let inCell = false;
  let tcPr = false;
  const tag = /<(\/?)w:(tbl|tr|tc|tcPr|shd)\b([^>]*)>/g;
  for (let m = tag.exec(doc); m; m = tag.exec(doc)) {
    const [, close, name, rest] = m;
    if (name === 'tbl') {
      if (close) depth--;
      else if (!rest.endsWith('/')) depth++;
      continue;
    }
    if (depth !== 1) continue;
    if (name === 'tr' && !close) rows.push([]);
    else if (name === 'tc' && !close) {
      rows[rows.length - 1]?.push('');
      inCell = true;
    } else if (name === 'tc' && close) inCell = false;
    else if (name === 'tcPr') tcPr = !close && !rest.endsWith('/');
    else if (name === 'shd' && inCell && tcPr) {
      const fill = /\bw:fill="([^"]*)"/.exec(rest)?.[1];
      const row = rows[rows.length - 1];
      if (row && fill && fill.toLowerCase() !== 'auto')
        row[row.length - 1] = `#${fill.toUpperCase()}`;
    }
  }
  return rows;
}

/** What "the cell is as before" compares: each cell's text and paragraph count. */
export function cellContents(table: DocTable | undefined): string {
  return JSON.stringify(table?.rows.map((r) => r.cells.map((c) => [c.text, c.paragraphs.length])));
}

/** Queues the shading of one cell (the caller checks the cell is not a null object). */
export function queueShade(located: Located, c: CellMark, color: string): void {
  const cell = located.tables[c.table]?.getCellOrNullObject(c.row, c.cell);
  if (cell) cell.shadingColor = color;
}

/** Queues one content control per paragraph mark; the caller syncs. */
export function queueParagraphMarks(located: Located, marks: readonly Mark[]): void {
  for (const mark of marks) {
    if (mark.paragraph === undefined) continue;
    located.paragraphs[mark.paragraph]?.insertContentControl().set({
      tag: MARK_TAG_PREFIX + mark.rule,
      title: MARK_TITLE,
      appearance: 'Tags',
      color: markColor(mark),
    });
  }
}

/** Queues the removal of the given controls, keeping their content. */
export function queueUnmark(marks: readonly Word.ContentControl[]): void {
  for (const cc of marks) cc.delete(true);
}
