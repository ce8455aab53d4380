// What recognition makes of a document model: the report's year, version, sections and tables
// mapped cell by cell onto the canonical keys of spec/format.md.

import type { FormatVersion, SectionKey, TableKey } from './format';
import type { CellAddress, DocModel } from './model';

export interface SectionFound {
  key: SectionKey;
  found: boolean;
  /** The heading as written, numbering included ("5、 存在的主要问题及改进情况"). */
  heading?: string;
  /** The numbering as written ("二、", "2、", "（二）", or "" when there is none). */
  numbering?: string;
  /** The heading's wording without its numbering. */
  title?: string;
  /** Index among the paragraphs outside tables, when the heading is a paragraph. */
  paragraph?: number;
  /** The cell holding the heading, when it was typed inside a table. */
  cell?: CellAddress;
  /** Index in `model.blocks` of the heading (or of the table holding it). */
  block?: number;
  /**
   * When the heading is one paragraph of a cell holding several (a report inside a layout table):
   * that paragraph's index among the cell's paragraphs.
   */
  cellParagraph?: number;
  /** The heading's place in reading order (orders headings that share one layout table's block). */
  order?: number;
  /**
   * For a section not found: a paragraph or cell whose text holds the official title (a heading
   * run into other text, or a form recognition cannot read). Nothing is inserted while it exists.
   */
  candidate?: { text: string; paragraph?: number; cell?: CellAddress };
}

/** How a cell's text reads as a number. */
export type CellKind =
  | 'number'
  /** empty, or only spaces */
  | 'blank'
  /** "无", "—", "-", "/": a placeholder that means zero */
  | 'placeholder'
  /** anything else ("若干") */
  | 'text';

export interface ParsedNumber {
  kind: CellKind;
  /** The value, in the unit the column uses (万元 for 2021 fees, 元 for 2019 amounts); null unless kind is 'number'. */
  value: number | null;
  /** The unit written in the cell, if any. */
  unit?: '元' | '万元';
}

export interface CellValue extends ParsedNumber {
  table: TableKey;
  row: string;
  column: string;
  /** The cell's text as written. */
  text: string;
  addr: CellAddress;
}

export interface MappedTable {
  key: TableKey;
  /** The version the table's labels follow (null when neither fits). */
  version: FormatVersion | null;
  /** Indices (in `model.tables`) of the tables it was read from: more than one when split. */
  tables: number[];
  /** Cells by `${row}/${column}` (recognition sets them with `setCell`, which lists them too). */
  cells: Record<string, CellValue>;
  /** Official `${row}/${column}` cells of the table's version that were not found. */
  missing: string[];
  /** Labels of rows or columns that belong to no official key. */
  extra: string[];
  /** Column headers as written, by column key, where the table states them (`active`). */
  headers?: Record<string, string>;
  /**
   * Rows read under an official key although their label differs from the official one (a typo,
   * an abbreviation, a missing numbering), in table order: reported once each (`table-label`).
   */
  labels?: RowLabelRead[];
  /**
   * Structural deviations the table was read despite (Chinese, one sentence each), reported once
   * by `table-layout`: e.g. a 2021 table whose （六）其他处理 is a single row, read as `other`.
   */
  deviations?: string[];
}

/** A row read by its numbering, place and likeness, not by its exact label. */
export interface RowLabelRead {
  /** The official row key it was read as. */
  row: string;
  /** The label as written (trimmed). */
  written: string;
  /** The official label of that row (its innermost part, as format.md gives it). */
  official: string;
}

export interface ReportParagraph {
  /** Index among the paragraphs outside tables. */
  index: number;
  text: string;
  /** The section the paragraph lies in (null before 一). */
  section: SectionKey | null;
  /** True when the paragraph is a section heading. */
  heading: boolean;
}

export interface Report {
  model: DocModel;
  /** The report's year: the statistics period, else the title, else the prose's most frequent year. */
  year: number | null;
  yearFrom: 'period' | 'title' | 'text' | null;
  titleYear: number | null;
  periodYear: number | null;
  /** The title paragraph (the one naming 政府信息公开…年度报告), if found. */
  title?: { paragraph: number; text: string };
  /** The agency, as named in or above the title. */
  agency?: string;
  /** The version the tables' labels follow. */
  formatVersion: FormatVersion | null;
  /** Always six, in the order s1…s6. */
  sections: SectionFound[];
  tables: Partial<Record<TableKey, MappedTable>>;
  /**
   * For official tables not found: where something like them lies (a Chinese clause, e.g.
   * "第 3 个表格与之相似，但无法按规定格式读取"),
   * so that no template is inserted over a table recognition could not read.
   */
  tableCandidates?: Partial<Record<TableKey, string>>;
  /** The paragraphs outside tables, with the section each lies in. */
  paragraphs: ReportParagraph[];
}

// Keys name a few hundred canonical rows and columns; handing out one string per pair (rather
// than a fresh concatenation per call) spares every record lookup flattening and interning it.
const keys = new Map<string, Map<string, string>>();
let keyCount = 0;
/** Bounds the memory of keys: row and column names are canonical, but callers may pass others. */
const MAX_REMEMBERED_KEYS = 20_000;

export function cellKey(row: string, column: string): string {
  let byColumn = keys.get(row);
  const known = byColumn?.get(column);
  if (known !== undefined) return known;
  const key = `${row}/${column}`;
  if (keyCount >= MAX_REMEMBERED_KEYS) {
    keys.clear();
    keyCount = 0;
    byColumn = undefined;
  }
  if (!byColumn) keys.set(row, (byColumn = new Map()));
  byColumn.set(column, key);
  keyCount++;
  return key;
}

// A table's ~190 keys make its record a dictionary, which Object.values lists at a cost of a
// temporary per key; recognition lists the cells as it sets them, keyed by the record itself, so
// a table rebuilt around another record (a test's edit, the review) is listed afresh.
const cellLists = new WeakMap<Readonly<Record<string, CellValue>>, CellValue[]>();

/** Sets a cell of a record recognition builds, keeping its list (`cellList`) in step. */
export function setCell(cells: Record<string, CellValue>, key: string, cell: CellValue): void {
  let list = cellLists.get(cells);
  if (!list) cellLists.set(cells, (list = Object.values(cells)));
  const old = cells[key];
  // A key set again keeps its place, as in the record's own order.
  if (old) list[list.indexOf(old)] = cell;
  else list.push(cell);
  cells[key] = cell;
}

/**
 * Gives the list of a record recognition built whole, setting each key once (no key an array
 * index): `list` holds its cells in the order they were set, which is the record's own order.
 */
export function listCells(cells: Record<string, CellValue>, list: CellValue[]): void {
  cellLists.set(cells, list);
}

/** A mapped table's cells in the order of its record (as Object.values lists them). */
export function cellList(table: MappedTable): readonly CellValue[] {
  return cellLists.get(table.cells) ?? Object.values(table.cells);
}

/** The sections as the command line's JSON and the batch review list them. */
export function sectionSummaries(
  report: Report,
): { key: SectionKey; heading: string | null; found: boolean }[] {
  return report.sections.map((s) => ({ key: s.key, heading: s.heading ?? null, found: s.found }));
}
