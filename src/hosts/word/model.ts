// Word's paragraphs (as Office.js reports them) + each top-level table's grid (parsed from its own
// OOXML) → the same DocModel the .docx host builds. Pure: no Office.js, so it is tested in Node.

import type { DocBlock, DocCell, DocModel, DocParagraph, DocTable } from '../../core/model';

/** What one `Word.Paragraph` of `body.paragraphs` gives after one load. */
export interface WordParagraphInfo {
  text: string;
  /** 0 outside tables. */
  tableNestingLevel: number;
  /** Localised style name (`paragraph.style`). */
  style?: string;
  /** `paragraph.styleBuiltIn`: 'Normal', 'Heading1'…, or 'Other'. */
  styleBuiltIn?: string;
  /** `paragraph.font.bold`: null when mixed. */
  bold?: boolean | null;
  /** `paragraph.listItem.listString` for list items: the automatic number Word shows. */
  listString?: string;
}

/** Word reports a manual line break as "\v" (and a few hosts "\r"); the model says "\n". */
function normaliseText(text: string): string {
  return text.replace(/\r\n?|\v/g, '\n');
}

function styleOf(p: WordParagraphInfo): { style?: string; outlineLevel?: number } {
  const builtIn = p.styleBuiltIn;
  const heading = builtIn ? /^Heading([1-9])$/.exec(builtIn) : null;
  if (heading) return { style: builtIn, outlineLevel: Number(heading[1]) - 1 };
  // Built-in style names are the .docx's `w:pStyle` ids (Title, Heading1…); 'Normal' is written
  // as no pStyle at all; any other style only has its (localised) name.
  if (builtIn && builtIn !== 'Other') return builtIn === 'Normal' ? {} : { style: builtIn };
  return p.style ? { style: p.style } : {};
}

/** Paragraphs a table holds (its cells', nested tables' included), to split adjacent tables. */
function tableParagraphCount(table: DocTable): number {
  let n = 0;
  const cell = (c: DocCell): void => {
    n += Math.max(1, c.paragraphs.length);
    for (const t of c.tables ?? []) n += tableParagraphCount(t);
  };
  for (const row of table.rows) row.cells.forEach(cell);
  return n;
}

/**
 * Interleaves paragraphs and tables in document order. A run of in-table paragraphs is one
 * top-level table; two tables with nothing between them form one run, split by paragraph counts.
 * Returns the model and, for each outside paragraph, its index in `paragraphs`.
 */
export function buildModel(
  paragraphs: readonly WordParagraphInfo[],
  tables: readonly DocTable[],
): { model: DocModel; paragraphIndex: number[] } {
  const runs: { start: number; length: number }[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    if (paragraphs[i].tableNestingLevel === 0) continue;
    const last = runs[runs.length - 1];
    if (last && last.start + last.length === i) last.length++;
    else runs.push({ start: i, length: 1 });
  }
  // Where each table starts, as an index into `paragraphs`.
  const starts: number[] = [];
  if (runs.length === tables.length) {
    runs.forEach((r) => starts.push(r.start));
  } else {
    let t = 0;
    for (const run of runs) {
      let at = run.start;
      while (t < tables.length && at < run.start + run.length) {
        starts.push(at);
        at += tableParagraphCount(tables[t++]);
      }
    }
    while (starts.length < tables.length) starts.push(paragraphs.length);
  }

  const blocks: DocBlock[] = [];
  const outside: DocParagraph[] = [];
  const paragraphIndex: number[] = [];
  const docTables: DocTable[] = tables.map((t, i) => ({ ...t, index: i }));
  let next = 0;
  for (let i = 0; i <= paragraphs.length; i++) {
    while (next < starts.length && starts[next] === i) blocks.push(docTables[next++]);
    if (i === paragraphs.length) break;
    const p = paragraphs[i];
    if (p.tableNestingLevel !== 0) continue;
    const para: DocParagraph = {
      kind: 'paragraph',
      index: outside.length,
      text: normaliseText(p.text),
      ...styleOf(p),
    };
    if (p.listString) para.numText = p.listString;
    if (p.bold === true) para.bold = true;
    outside.push(para);
    paragraphIndex.push(i);
    blocks.push(para);
  }
  return { model: { blocks, paragraphs: outside, tables: docTables }, paragraphIndex };
}
