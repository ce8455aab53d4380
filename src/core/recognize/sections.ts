// Finding the six section headings, as written: plain paragraphs (often with Word numbering that
// turned "二、" into "2、"), now and then a heading typed inside a table cell, or a whole report
// inside a layout table. A heading is recognised by its words first; a misspelled one ("行政法复议")
// by its likeness to the official title together with its numbering, its place among the other
// headings and the table that follows it.

import { SECTIONS, type SectionKey, type TableKey } from '../format';
import type { CellAddress, DocCell, DocModel, DocTable, NestedStep } from '../model';
import type { SectionFound } from '../report';
import { MAX_HEADING_CHARS, MAX_TABLE_NESTING } from '../limits';
import { likeness } from './similarity';
import { compactLength, fold, holdsCJK, isSpace, stripSpaces, trimSpaces } from './text';

/** Phrases that identify each section's heading, all of which must appear. */
const SIGNATURES: Record<SectionKey, string[][]> = {
  s1: [['总体情况']],
  s2: [['主动公开政府信息']],
  s3: [['收到和处理政府信息公开申请'], ['收到', '处理', '公开申请情况']],
  s4: [['行政复议', '行政诉讼']],
  s5: [['存在的主要问题'], ['主要问题', '改进']],
  s6: [['其他需要报告'], ['其它需要报告']],
};

/** A heading's numbering: "一、", "2、", "5. ", "（二）", "(2)". Only ever run on short text. */
const NUMBERING =
  /^\s*((?:[一二三四五六七八九十]+|\d+)\s*[、.．,，]|[（(]\s*(?:[一二三四五六七八九十]+|\d+)\s*[）)])\s*/;

/** A misspelled heading is taken alone only when this alike to the official title… */
export const MIN_HEADING_DICE_ALONE = 0.8;
/** …or this alike, with its own numeral, in its place among the headings found. */
export const MIN_HEADING_DICE_PLACED = 0.6;

export interface HeadingMatch {
  key: SectionKey;
  numbering: string;
  title: string;
}

/** "一、…" and the rest, or null for text too long to be a heading. */
function splitNumbering(line: string): { text: string; numbering: string; title: string } | null {
  // Length first, in one pass: the regexes below then only ever see short text.
  if (compactLength(line, MAX_HEADING_CHARS) > MAX_HEADING_CHARS) return null;
  const text = trimSpaces(line);
  if (!text || text.length > MAX_HEADING_CHARS * 2) return null;
  const m = NUMBERING.exec(text);
  const numbering = m ? stripSpaces(m[1] ?? '') : '';
  const title = trimSpaces(m ? text.slice(m[0].length) : text);
  return { text, numbering, title };
}

/** True for text that reads as a sentence, not a title: it ends in 。；; or holds a comma. */
function isSentence(title: string): boolean {
  // A loop over the short title, not two regex passes, for every line that may be a heading.
  const last = title.charCodeAt(title.length - 1);
  if (last === 0x3002 || last === 0xff1b || last === 0x3b) return true;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if (c === 0xff0c || c === 0x2c) return true;
  }
  return false;
}

/**
 * No character below U+2E80 folds (NFKC) to a CJK character, and every heading's words are CJK:
 * a short text without a code unit at or above it (most cells hold only digits) names no section,
 * neither by its words nor by likeness. Longer text is left to the length limits that read it.
 */
const FIRST_CJK = 0x2e80;

/** False for a text that cannot be a heading, misspelled or run into other text (see FIRST_CJK). */
export function mayNameSection(text: string): boolean {
  return text.length > MAX_HEADING_CHARS * 2 || holdsCJK(text);
}

/** Reads a line as one of the six headings, or null. Long lines and sentences are prose, not headings. */
export function matchHeading(line: string): HeadingMatch | null {
  return mayHoldSignature(line) ? readHeading(line) : null;
}

/** matchHeading without the cheap test that rules most lines out first (the tests' oracle for it). */
export function readHeading(line: string): HeadingMatch | null {
  const parts = splitNumbering(line);
  if (!parts || parts.text.length > MAX_HEADING_CHARS) return null;
  const { numbering, title } = parts;
  if (isSentence(title)) return null;
  // "（一）主动公开情况" under 一 is a sub-heading: bracketed numbering never opens a section.
  if (isBracket(numbering.charCodeAt(0))) return null;
  const compact = stripSpaces(fold(title));
  for (const { key, titleLength, alternatives } of HEADING_SIGNATURES) {
    // A title much longer than the official one is a sentence that happens to mention it.
    if (compact.length > titleLength + 8) continue;
    for (const words of alternatives) if (hasAll(compact, words)) return { key, numbering, title };
  }
  return null;
}

/** （ or (: what /^[（(]/ matches first. */
function isBracket(code: number): boolean {
  return code === 0xff08 || code === 0x28;
}

/** The sections in order with their signatures, looked up once rather than per line read. */
const HEADING_SIGNATURES = SECTIONS.map((def) => ({
  key: def.key,
  titleLength: def.title.length,
  alternatives: SIGNATURES[def.key],
}));

/** The first character of each signature's first word: a heading holds one of them. */
const LEAD_CHARS: readonly number[] = HEADING_SIGNATURES.flatMap((s) =>
  s.alternatives.map((words) => (words[0] ?? '').charCodeAt(0)),
);

const IDEOGRAPHS_FROM = 0x4e00;
const IDEOGRAPHS_TO = 0x9fff;

/**
 * LEAD_CHARS as one bit per CJK Unified Ideograph (2.6 KB): asked of every ideograph of a short
 * line, where a Set's lookup hashed each.
 */
const LEAD_BITS: Uint8Array = (() => {
  const bits = new Uint8Array(((IDEOGRAPHS_TO - IDEOGRAPHS_FROM) >> 3) + 1);
  for (const c of LEAD_CHARS) {
    const i = c - IDEOGRAPHS_FROM;
    bits[i >> 3] = (bits[i >> 3] ?? 0) | (1 << (i & 7));
  }
  return bits;
})();

/** CJK characters that NFKC leaves alone or folds to no CJK ideograph (full-width forms, 、。《》). */
function foldsToNoIdeograph(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3000 && code <= 0x3037) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

/**
 * False for a line that cannot hold a signature's words: short, and with no lead character nor
 * any character that could fold into one. (A signature's words are in its title after folding
 * and removing spaces; ideographs come only from ideographs or characters folding into them.)
 */
function mayHoldSignature(line: string): boolean {
  if (line.length > MAX_HEADING_CHARS * 2) return true;
  let lead = false;
  let spaced = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= IDEOGRAPHS_FROM && c <= IDEOGRAPHS_TO) {
      const at = c - IDEOGRAPHS_FROM;
      if (((LEAD_BITS[at >> 3] as number) >> (at & 7)) & 1) lead = true;
    } else if (c < FIRST_CJK || foldsToNoIdeograph(c)) {
      if (!spaced && isSpace(c)) spaced = true;
    } else return true;
  }
  if (!lead || spaced) return lead;
  // Without spaces and characters folding into ideographs, folding and stripping keep every run
  // of ideographs as it is, so a signature's words (ideographs only) lie in the line as written:
  // a table's labels (行政许可, 其他…) are ruled out by a few searches, not read as headings.
  return SIGNATURE_WORDS.some((words) => hasAll(line, words));
}

/** Every signature's words, alternatives of all sections together. */
const SIGNATURE_WORDS: readonly (readonly string[])[] = HEADING_SIGNATURES.flatMap(
  (s) => s.alternatives,
);

function hasAll(text: string, words: readonly string[]): boolean {
  for (const w of words) if (!text.includes(w)) return false;
  return true;
}

/** The numeral a heading's numbering states (1 for "一、", "1、", "1."), or null. */
function numberingValue(numbering: string): number | null {
  const n = fold(numbering).replace(/[、.,，]$/, '');
  if (/^\d{1,2}$/.test(n)) return Number(n);
  const i = '一二三四五六七八九十'.indexOf(n);
  return n.length === 1 && i >= 0 ? i + 1 : null;
}

/** A line that may be a heading: a body paragraph, or a paragraph of a table cell. */
interface Line {
  text: string;
  /** Index in model.blocks of the paragraph, or of the top-level table holding the cell. */
  block: number;
  /** Order of the line in the document (cell paragraphs of one table count up within it). */
  order: number;
  paragraph?: number;
  cell?: CellAddress;
  /** Index of the paragraph among its cell's paragraphs, when the cell holds several. */
  cellParagraph?: number;
  /** The whole cell's text is this line. */
  wholeCell?: boolean;
  /** The official table that follows the line, if one does. */
  nextTable: TableKey | null;
  /** The line lies in an official table (a row label, not a heading, unless its words say so). */
  inReportTable: boolean;
}

export interface SectionScan {
  sections: SectionFound[];
  /** For each block of the model, the section it lies in (after its heading). */
  blockSection: (SectionKey | null)[];
  /** Paragraph indices (outside tables) that are section headings. */
  headingParagraphs: Set<number>;
}

export type Classifier = (table: DocTable) => TableKey | null;

/** The official table a table is, or the first one nested in it (a layout table). */
function firstReportTable(table: DocTable, classify: Classifier, depth = 0): TableKey | null {
  const own = classify(table);
  if (own || depth >= MAX_TABLE_NESTING) return own;
  for (const row of table.rows)
    for (const cell of row.cells)
      for (const t of cell.tables ?? []) {
        const k = firstReportTable(t, classify, depth + 1);
        if (k) return k;
      }
  return null;
}

/** An official table, not a layout table whose own text (the report's prose) names the same words. */
function isReportTable(table: DocTable, classify: Classifier): boolean {
  if (classify(table) === null) return false;
  return !table.rows.some((row) =>
    row.cells.some((cell) => cell.tables?.some((t) => firstReportTable(t, classify) !== null)),
  );
}

/** Every line of the document in reading order: paragraphs, and the paragraphs of cells at any depth. */
function collectLines(model: DocModel, classify: Classifier): Line[] {
  const lines: Line[] = [];
  let order = 0;
  const cellLines = (
    table: DocTable,
    block: number,
    top: number,
    path: NestedStep[],
    inReport: boolean,
  ): void => {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (cell.vMerge === 'continue') continue;
        // Most cells hold one paragraph of digits: nothing to look at, nothing allocated.
        if (cell.paragraphs.length > 1 || mayNameSection(cell.text))
          linesOfCell(lines, cell, top, path, block, order, inReport, classify);
        order += cell.paragraphs.length + 1;
        const inner = cell.tables;
        if (inner && path.length < MAX_TABLE_NESTING)
          for (let i = 0; i < inner.length; i++) {
            const t = inner[i] as DocTable;
            cellLines(
              t,
              block,
              top,
              [...path, { row: cell.row, cell: cell.cell, table: i }],
              isReportTable(t, classify),
            );
          }
      }
    }
  };
  model.blocks.forEach((block, b) => {
    if (block.kind === 'paragraph') {
      const text = (block.numText ?? '') + block.text;
      if (!mayNameSection(text)) {
        order++;
        return;
      }
      const next = model.blocks[b + 1];
      lines.push({
        text,
        block: b,
        order: order++,
        paragraph: block.index,
        nextTable: next?.kind === 'table' ? firstReportTable(next, classify) : null,
        inReportTable: false,
      });
      return;
    }
    cellLines(block, b, block.index, [], isReportTable(block, classify));
  });
  return lines;
}

/**
 * A cell's candidate lines, added to `lines`: its whole text (a heading typed alone in a cell), and,
 * when it holds several paragraphs (a layout cell holding a report), each paragraph with the table
 * after it. Lines that cannot name a section (mayNameSection) are left out.
 */
function linesOfCell(
  lines: Line[],
  cell: DocCell,
  top: number,
  path: NestedStep[],
  block: number,
  order: number,
  inReportTable: boolean,
  classify: Classifier,
): void {
  // Every line of the cell shares one address, made only when some line is kept.
  let addr: CellAddress | undefined;
  // Most cells hold one line: no regex pass over their text.
  const text = cell.text.includes('\n') ? cell.text.replace(/\n/g, '') : cell.text;
  if (mayNameSection(text)) {
    addr = cellAddress(top, cell, path);
    lines.push({ text, block, order, cell: addr, wholeCell: true, nextTable: null, inReportTable });
  }
  if (cell.paragraphs.length <= 1) return;
  const tables = (cell.tables ?? []).map((t) => ({
    start: t.src?.start ?? -1,
    kind: firstReportTable(t, classify),
  }));
  cell.paragraphs.forEach((p, i) => {
    const text = (p.numText ?? '') + p.text;
    if (!mayNameSection(text)) return;
    const end = p.src?.end;
    // The table that follows the paragraph inside the cell, when the source positions tell.
    const after =
      end === undefined
        ? undefined
        : tables.filter((t) => t.start >= end).sort((a, b) => a.start - b.start)[0];
    const nextPara = cell.paragraphs[i + 1]?.src?.start;
    const follows = after && (nextPara === undefined || after.start < nextPara);
    addr ??= cellAddress(top, cell, path);
    lines.push({
      text,
      block,
      order: order + i + 1,
      cell: addr,
      cellParagraph: i,
      nextTable: follows ? (after?.kind ?? null) : null,
      inReportTable,
    });
  });
}

function cellAddress(top: number, cell: DocCell, path: NestedStep[]): CellAddress {
  const addr: CellAddress = { table: top, row: cell.row, cell: cell.cell };
  if (path.length > 0) addr.path = path;
  return addr;
}

function toFound(key: SectionKey, line: Line, hit: HeadingMatch): SectionFound {
  const found: SectionFound = {
    key,
    found: true,
    heading: trimSpaces(line.text),
    numbering: hit.numbering,
    title: hit.title,
    block: line.block,
    order: line.order,
  };
  if (line.paragraph !== undefined) found.paragraph = line.paragraph;
  if (line.cell) found.cell = line.cell;
  if (line.cellParagraph !== undefined) found.cellParagraph = line.cellParagraph;
  return found;
}

/**
 * The second look for a section its words did not find: the most alike short line, numbered as
 * the section or followed by its table, placed between the headings found around it.
 */
function findMisspelled(
  key: SectionKey,
  lines: Line[],
  found: Map<SectionKey, { line: Line }>,
  taken: Set<Line>,
): { line: Line; hit: HeadingMatch } | null {
  const at = SECTIONS.findIndex((s) => s.key === key);
  const def = SECTIONS[at];
  if (!def) return null;
  const before = SECTIONS.slice(0, at)
    .map((s) => found.get(s.key)?.line.order)
    .filter((o): o is number => o !== undefined);
  const after = SECTIONS.slice(at + 1)
    .map((s) => found.get(s.key)?.line.order)
    .filter((o): o is number => o !== undefined);
  const lo = before.length ? Math.max(...before) : -Infinity;
  const hi = after.length ? Math.min(...after) : Infinity;
  const official = def.title;
  let best: { line: Line; hit: HeadingMatch; score: number } | null = null;
  for (const line of lines) {
    if (taken.has(line) || line.inReportTable) continue;
    const parts = splitNumbering(line.text);
    if (!parts || parts.text.length > MAX_HEADING_CHARS || isSentence(parts.title)) continue;
    if (/^[（(]/.test(parts.numbering)) continue;
    const { dice } = likeness(stripSpaces(fold(parts.title)), official);
    const numbered = numberingValue(parts.numbering) === at + 1;
    const placed = line.order > lo && line.order < hi;
    const withTable = def.table !== undefined && line.nextTable === def.table;
    const ok =
      dice >= MIN_HEADING_DICE_ALONE ||
      (dice >= MIN_HEADING_DICE_PLACED && placed && (numbered || withTable));
    if (!ok) continue;
    const score = dice + (numbered ? 0.2 : 0) + (placed ? 0.2 : 0) + (withTable ? 0.2 : 0);
    if (!best || score > best.score)
      best = { line, hit: { key, numbering: parts.numbering, title: parts.title }, score };
  }
  return best;
}

/** A paragraph or cell anywhere whose text holds the official title: a heading may hide in it. */
function candidateOf(key: SectionKey, lines: Line[]): SectionFound['candidate'] {
  const title = SECTIONS.find((s) => s.key === key)?.title ?? '';
  for (const line of lines) {
    if (line.cellParagraph !== undefined) continue;
    if (!stripSpaces(fold(line.text)).includes(title)) continue;
    const c: NonNullable<SectionFound['candidate']> = { text: trimSpaces(line.text).slice(0, 60) };
    if (line.paragraph !== undefined) c.paragraph = line.paragraph;
    if (line.cell) c.cell = line.cell;
    return c;
  }
  return undefined;
}

export function scanSections(model: DocModel, classify: Classifier = () => null): SectionScan {
  const lines = collectLines(model, classify);
  const found = new Map<SectionKey, { line: Line; hit: HeadingMatch }>();
  const taken = new Set<Line>();
  for (const line of lines) {
    // A heading typed in a cell: the cell's whole text, or one paragraph of a layout cell.
    const hit = matchHeading(line.text);
    if (hit && !found.has(hit.key)) {
      found.set(hit.key, { line, hit });
      taken.add(line);
    }
  }
  for (const def of SECTIONS) {
    if (found.has(def.key)) continue;
    const m = findMisspelled(def.key, lines, found, taken);
    if (m) {
      found.set(def.key, m);
      taken.add(m.line);
    }
  }

  const headingParagraphs = new Set<number>();
  // Where a section starts: the heading's block, and whether content after it in the same block belongs to it.
  const starts: { key: SectionKey; block: number; order: number }[] = [];
  for (const [key, { line }] of found) {
    if (line.paragraph !== undefined) headingParagraphs.add(line.paragraph);
    // Content after a table belongs to the section whose heading the table holds.
    starts.push({ key, block: line.cell ? line.block + 0.5 : line.block, order: line.order });
  }
  const sections: SectionFound[] = SECTIONS.map((def) => {
    const f = found.get(def.key);
    if (f) return toFound(def.key, f.line, f.hit);
    const none: SectionFound = { key: def.key, found: false };
    const candidate = candidateOf(def.key, lines);
    if (candidate) none.candidate = candidate;
    return none;
  });
  starts.sort((a, b) => a.block - b.block || a.order - b.order);
  const blockSection: (SectionKey | null)[] = model.blocks.map((_, b) => {
    let current: SectionKey | null = null;
    for (const s of starts) if (s.block <= b) current = s.key;
    return current;
  });
  return { sections, blockSection, headingParagraphs };
}
