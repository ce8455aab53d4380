// The plain document model that every host produces and the engine reads.
// Hosts (a .docx file, Word through Office.js) fill it from WordprocessingML; nothing here knows
// which host it came from.

/** [start, end) offsets into the source XML string of the part the node was read from. */
export interface SourceSpan {
  start: number;
  end: number;
}

/**
 * Where a cell lives, as a writer addresses it: the table's index among the body's top-level
 * tables in document order, the row's index in that table, and the index of the `w:tc` inside its
 * `w:tr` (not the grid column: merged cells make the two differ).
 */
export interface CellAddress {
  table: number;
  row: number;
  cell: number;
  /**
   * For a cell of a table nested in a (layout) table: the way down from the top-level table
   * `table`, one step per level: the outer cell (row, index of its `w:tc`) and which of the tables
   * inside that cell. `row` and `cell` then address the innermost table. Absent for top-level tables.
   */
  path?: NestedStep[];
}

/** One level down into a nested table: the cell holding it and its index among that cell's tables. */
export interface NestedStep {
  row: number;
  cell: number;
  table: number;
}

export interface DocParagraph {
  kind: 'paragraph';
  /** 0-based index among the document's paragraphs outside tables. */
  index: number;
  /** The paragraph's text, without its automatic numbering; line breaks as "\n", tabs as "\t". */
  text: string;
  /** The label Word's automatic numbering shows in front of the text ("一、", "2、"), if any. */
  numText?: string;
  /** Style id (`w:pStyle`), if any. */
  style?: string;
  /** True when every non-empty run is bold. */
  bold?: boolean;
  /** `w:outlineLvl` of the paragraph or its style, if any. */
  outlineLevel?: number;
  src?: SourceSpan;
}

export interface DocCellParagraph {
  text: string;
  numText?: string;
  src?: SourceSpan;
}

export interface DocCell {
  /** Paragraph texts joined with "\n" (line breaks inside a paragraph are "\n" too). */
  text: string;
  paragraphs: DocCellParagraph[];
  /** Row index in its table. */
  row: number;
  /** Index of this `w:tc` in its `w:tr`. */
  cell: number;
  /** First grid column the cell covers (after `w:gridBefore`). */
  col: number;
  /** Grid columns covered (`w:gridSpan`). */
  colSpan: number;
  /** Rows covered: for a `vMerge` restart, 1 + the continuation cells below it; otherwise 1. */
  rowSpan: number;
  vMerge?: 'restart' | 'continue';
  /** Tables nested inside this cell. */
  tables?: DocTable[];
  src?: SourceSpan;
}

export interface DocRow {
  cells: DocCell[];
  gridBefore: number;
  gridAfter: number;
  src?: SourceSpan;
}

export interface DocTable {
  kind: 'table';
  /** Index among the body's top-level tables in document order (-1 for a nested table). */
  index: number;
  rows: DocRow[];
  /** Number of grid columns (the widest of `w:tblGrid` and the rows' extents). */
  cols: number;
  /**
   * grid[r][c]: the cell that covers grid slot (r, c). A slot under a vertical merge points at the
   * merge's restart cell; slots left by `gridBefore`/`gridAfter` or short rows are null.
   */
  grid: (DocCell | null)[][];
  src?: SourceSpan;
}

export type DocBlock = DocParagraph | DocTable;

export interface DocModel {
  /** Body paragraphs and top-level tables in document order. */
  blocks: DocBlock[];
  /** The paragraphs outside tables, in order (`paragraphs[i].index === i`). */
  paragraphs: DocParagraph[];
  /** The top-level tables, in order (`tables[i].index === i`). */
  tables: DocTable[];
}
