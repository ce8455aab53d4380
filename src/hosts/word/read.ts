// Reading Word: two round trips whatever the document's size. The first loads every paragraph's
// text and style, the tables and the add-in's marks; the second fetches each top-level table's
// OOXML (exact grid: merged cells break TableCell.cellIndex and table.values) and the automatic
// numbers of list paragraphs. Both need the first's collection items, hence two and not one.

import type { DocModel, DocTable } from '../../core/model';
import { parseFlatPackage } from '../../core/ooxml';
import { MARK_TAG_PREFIX } from './marks';
import { buildModel, type WordParagraphInfo } from './model';

/** Proxies of the document's blocks, addressed as the model addresses them. */
export interface Located {
  /** The paragraphs outside tables, in order (model paragraph i ↔ paragraphs[i]). */
  paragraphs: Word.Paragraph[];
  /** The top-level tables, in order (model table i ↔ tables[i]). */
  tables: Word.Table[];
}

export interface WordSnapshot extends Located {
  model: DocModel;
  /** Each top-level table's `getOoxml()` package, for formatting inserts like the document. */
  tableOoxml: string[];
  /** The add-in's marks present when read (content controls tagged gouji-mark:…). */
  marks: Word.ContentControl[];
  /** The top-level table row the insertion point is in, when asked for and in one. */
  caret?: { table: number; row: number };
  /** Document.changeTrackingMode, when asked for (WordApi 1.4). */
  tracking?: string;
  /** Every paragraph's text (tables' included), joined: what the live probe compares. */
  text: string;
  /**
   * Per top-level table, the rows where Word's `cellCount` is the model's number of `w:tc`: only
   * there does getCellOrNullObject(row, i) with the model's index reach the model's cell (how
   * Word counts merged cells is undocumented). Marks and fixes touch no other row.
   */
  agreeingRows: Set<number>[];
  /** Model paragraph i ↔ index in `body.paragraphs` (all paragraphs, tables' included). */
  paragraphIndex: number[];
  /** How many paragraphs `body.paragraphs` had (tables' included). */
  paragraphCount: number;
  /** Every paragraph of `body.paragraphs` (tables' included) and its text. */
  allParagraphs: Word.Paragraph[];
  allTexts: string[];
}

export interface ReadOptions {
  /** Find the row the user is typing in (queued with the reads: no extra round trip). */
  caret?: boolean;
  /** Read changeTrackingMode (WordApi 1.4 only). */
  tracking?: boolean;
  /** Queues more loads on the top-level tables into the second round trip (no extra one). */
  probe?: (tables: Word.Table[]) => void;
}

const PARAGRAPH_PROPS = [
  'items/text',
  'items/style',
  'items/styleBuiltIn',
  'items/tableNestingLevel',
  'items/isListItem',
  'items/font/bold',
].join(',');

/** Loads the collections that map model addresses to proxies (one sync). */
export async function locate(
  context: Word.RequestContext,
  what: { paragraphs?: boolean; tables?: boolean },
): Promise<Located> {
  const body = context.document.body;
  const paragraphs = what.paragraphs ? body.paragraphs.load('items/tableNestingLevel') : undefined;
  const tables = what.tables ? body.tables.load('items/nestingLevel') : undefined;
  await context.sync();
  return {
    paragraphs: paragraphs ? paragraphs.items.filter((p) => p.tableNestingLevel === 0) : [],
    tables: tables ? topLevel(tables.items) : [],
  };
}

/** `body.tables` lists nested tables too; the model numbers only the top-level ones. */
function topLevel(tables: Word.Table[]): Word.Table[] {
  return tables.filter((t) => t.nestingLevel === 1);
}

/** Loads the marks (one sync when alone; callers may queue more before `context.sync()`). */
export function loadMarks(context: Word.RequestContext): Word.ContentControlCollection {
  return context.document.body.contentControls.load('items/tag');
}

export function marksOf(collection: Word.ContentControlCollection): Word.ContentControl[] {
  return collection.items.filter((cc) => (cc.tag ?? '').startsWith(MARK_TAG_PREFIX));
}

function parseTable(pkg: string, index: number): DocTable {
  const parsed = parseFlatPackage(pkg).tables[0];
  if (!parsed)
    throw new Error(`第 ${index + 1} 个表格无法读取（table ${index + 1}: no table in its OOXML）`);
  return parsed;
}

export function joinTexts(paragraphs: readonly Word.Paragraph[]): string {
  return paragraphs.map((p) => p.text).join('\n');
}

/** One sync: the document's text, as `WordSnapshot.text` has it. */
export async function readText(context: Word.RequestContext): Promise<string> {
  const paragraphs = context.document.body.paragraphs.load('items/text');
  await context.sync();
  return joinTexts(paragraphs.items);
}

export async function readDocument(
  context: Word.RequestContext,
  options: ReadOptions = {},
): Promise<WordSnapshot> {
  const body = context.document.body;
  const paragraphs = body.paragraphs.load(PARAGRAPH_PROPS);
  const tables = body.tables.load('items/nestingLevel');
  const marks = loadMarks(context);
  if (options.tracking) context.document.load('changeTrackingMode');
  // cellIndex is not loaded: on a vertically merged cell it fails the whole sync (#3200).
  const selection = options.caret ? context.document.getSelection() : undefined;
  const caretCell = selection?.parentTableCellOrNullObject.load('isNullObject,rowIndex');
  const caretTable = selection?.parentTableOrNullObject.load('isNullObject');
  await context.sync();

  const top = topLevel(tables.items);
  const ooxml = top.map((t) => t.getRange('Whole').getOoxml());
  const rows = top.map((t) => t.rows.load('items/cellCount'));
  options.probe?.(top);
  const where =
    caretCell && caretTable && !caretCell.isNullObject && !caretTable.isNullObject
      ? top.map((t) => caretTable.getRange('Whole').compareLocationWith(t.getRange('Whole')))
      : [];
  const lists = paragraphs.items.map((p) =>
    p.isListItem && p.tableNestingLevel === 0 ? p.listItem.load('listString') : undefined,
  );
  await context.sync();

  const infos: WordParagraphInfo[] = paragraphs.items.map((p, i) => ({
    text: p.text,
    tableNestingLevel: p.tableNestingLevel,
    style: p.style,
    styleBuiltIn: p.styleBuiltIn,
    bold: p.font.bold,
    listString: lists[i]?.listString || undefined,
  }));
  const tableOoxml = ooxml.map((r) => r.value);
  const { model, paragraphIndex } = buildModel(infos, tableOoxml.map(parseTable));
  const caretAt = where.findIndex((r) => r.value === 'Equal');
  const agreeingRows = model.tables.map((t, i) => {
    const counts = rows[i]?.items ?? [];
    const agree = new Set<number>();
    t.rows.forEach((r, k) => {
      if (counts[k]?.cellCount === r.cells.length) agree.add(k);
    });
    return agree;
  });
  const snapshot: WordSnapshot = {
    text: joinTexts(paragraphs.items),
    agreeingRows,
    paragraphIndex,
    paragraphCount: paragraphs.items.length,
    allParagraphs: paragraphs.items,
    allTexts: paragraphs.items.map((p) => p.text),
    model,
    paragraphs: paragraphIndex.map((i) => paragraphs.items[i]),
    tables: top,
    tableOoxml,
    marks: marksOf(marks),
  };
  if (caretAt >= 0 && caretCell) snapshot.caret = { table: caretAt, row: caretCell.rowIndex };
  if (options.tracking) snapshot.tracking = context.document.changeTrackingMode;
  return snapshot;
}
