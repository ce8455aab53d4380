// Marks in WPS: the flagged cell's shading (a paragraph's highlight), each with its original kept in
// a document variable `gouji-mark:…`. Clearing writes the original back, but only where the colour
// is still ours (the user may have recoloured it, or the table moved), and deletes the variable.
// The variables travel with the document, so clearing works after closing and reopening it.

import type { Mark } from '../../core/plan';
import { MARK_COLORS, MARK_TAG_PREFIX } from '../../core/plan';
import { WD, type WpsDocument } from './api';
import { cellOf, type ParagraphLocator } from './locate';
import { deleteVariable, setVariable, variablesWith } from './variables';

/** A mark as remembered in its variable. */
type Stored =
  | { kind: 'cell'; table: number; row: number; cell: number; original: number; ours: number }
  | { kind: 'paragraph'; paragraph: number; original: number; ours: number };

/** "D13438" (RGB, as MARK_COLORS holds it) → WdColor, which is 0xBBGGRR. */
export function wdColorOf(hex: string): Wps.WdColor {
  const rgb = parseInt(hex, 16);
  return (((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >> 16) & 0xff)) as Wps.WdColor;
}

const HIGHLIGHT: Readonly<Record<Mark['severity'], Wps.WdColorIndex>> = {
  error: WD.pink,
  warning: WD.yellow,
};

function nameOf(stored: Stored): string {
  return stored.kind === 'cell'
    ? `${MARK_TAG_PREFIX}${stored.table}.${stored.row}.${stored.cell}`
    : `${MARK_TAG_PREFIX}p${stored.paragraph}`;
}

function parse(value: string): Stored | undefined {
  try {
    const v = JSON.parse(value) as Partial<Stored>;
    if (typeof v.original !== 'number' || typeof v.ours !== 'number') return undefined;
    return v as Stored;
  } catch {
    return undefined;
  }
}

/** Marks each target once; a target already marked keeps its first original. Returns the count. */
export function applyMarks(
  doc: WpsDocument,
  paragraphs: ParagraphLocator,
  marks: readonly Mark[],
): number {
  let done = 0;
  const seen = new Set<string>();
  for (const mark of marks) {
    if (mark.cell) {
      const cell = cellOf(doc, mark.cell);
      if (!cell) continue;
      const ours = wdColorOf(MARK_COLORS[mark.severity]);
      const stored: Stored = {
        kind: 'cell',
        table: mark.cell.table,
        row: mark.cell.row,
        cell: mark.cell.cell,
        original: cell.Shading.BackgroundPatternColor,
        ours,
      };
      if (seen.has(nameOf(stored))) continue;
      seen.add(nameOf(stored));
      setVariable(doc.Variables, nameOf(stored), JSON.stringify(stored));
      cell.Shading.BackgroundPatternColor = ours;
      done++;
    } else if (mark.paragraph !== undefined) {
      const range = paragraphs.content(mark.paragraph);
      if (!range) continue;
      const original = range.HighlightColorIndex;
      // Mixed highlights cannot be put back as they were: such a paragraph stays unmarked.
      if (original === WD.undefinedIndex) continue;
      const stored: Stored = {
        kind: 'paragraph',
        paragraph: mark.paragraph,
        original,
        ours: HIGHLIGHT[mark.severity],
      };
      if (seen.has(nameOf(stored))) continue;
      seen.add(nameOf(stored));
      setVariable(doc.Variables, nameOf(stored), JSON.stringify(stored));
      range.HighlightColorIndex = HIGHLIGHT[mark.severity];
      done++;
    }
  }
  return done;
}

/** Restores every remembered original; returns how many marks there were. */
export function clearMarks(doc: WpsDocument, paragraphs: ParagraphLocator): number {
  const all = variablesWith(doc.Variables, MARK_TAG_PREFIX);
  for (const [name, value] of all) {
    const stored = parse(value);
    if (stored?.kind === 'cell') {
      const cell = cellOf(doc, stored);
      if (cell && cell.Shading.BackgroundPatternColor === stored.ours)
        cell.Shading.BackgroundPatternColor = stored.original as Wps.WdColor;
    } else if (stored?.kind === 'paragraph') {
      const range = paragraphs.content(stored.paragraph);
      if (range && range.HighlightColorIndex === stored.ours)
        range.HighlightColorIndex = stored.original as Wps.WdColorIndex;
    }
    deleteVariable(doc.Variables, name);
  }
  return all.size;
}
