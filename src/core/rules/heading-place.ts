import type { SectionFound } from '../report';

/**
 * Whether a heading can be rewritten in place: a paragraph, or a cell holding only the heading. A
 * heading that is one paragraph among several of a layout cell, or lies in a nested table, is
 * shown but not rewritten: the writers address a cell's first paragraph and top-level tables only.
 */
export function renamable(s: SectionFound): boolean {
  if (s.paragraph !== undefined) return true;
  return !!s.cell && s.cellParagraph === undefined && !s.cell.path;
}
