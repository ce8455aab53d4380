// Every limit the engine keeps, as named data: what it bounds and why that number.
//
// The reader's limits bound what a document may make it do. A real annual report is a few hundred
// paragraphs, a few dozen tables of at most a dozen columns and a .docx of a few MB; every number
// here is far above that and far below what would exhaust a browser tab or the CLI. Each is either
// a clamp (said so below: the model stays what Word shows) or, when hit, a `LimitError` whose
// message says in Chinese what was too large.

export const LIMITS = {
  /**
   * Error localisation tries sets of written cells up to this total weight (a total weighs 2, a
   * part 3): three wrong cells at most. Beyond that a table is too broken to say which cell is
   * wrong, and the failing relations are reported without a fix.
   */
  solverMaxErrorWeight: 9,
  /** Nodes (propagations) the error localisation may visit for one table before it gives up. */
  solverMaxNodes: 20_000,
  /**
   * Word tables have at most 63 columns (Word refuses to insert a 64th). Grid spans, skipped grid
   * columns (`w:gridBefore`/`w:gridAfter`) and `w:tblGrid` are clamped to it; a row whose cells
   * still reach past it is refused.
   */
  tableMaxCols: 63,
  /**
   * Rows of one table. Word has no hard limit, but a report's largest table has a few dozen rows;
   * the grid costs rows × columns slots, so this bounds one table's grid to 630,000 slots. It also
   * bounds a vertical merge's row span, which cannot exceed its table's rows.
   */
  tableMaxRows: 10_000,
  /**
   * Table cells in the whole document, nested tables included (each cell is an object with its
   * paragraphs). A report has a few hundred.
   */
  documentMaxCells: 50_000,
  /**
   * Paragraphs in the whole document, in and out of tables. A report has a few hundred, a 300-page
   * document about 10,000. Measured: 100,000 paragraphs take 4 s to read and 9 s to check; a
   * million empty paragraphs is a 6 MB part that would cost hundreds of MB as a model.
   */
  documentMaxParagraphs: 50_000,
  /**
   * Characters of one paragraph's text kept for the engine (a clamp: the rest is dropped). The
   * longest real paragraph is a few thousand characters; rules scan text with regular expressions
   * whose cost grows with the length. Source spans still cover the whole paragraph.
   */
  paragraphMaxText: 20_000,
  /**
   * Element nesting depth of an XML part. Word's deepest structures (tables in tables in text
   * boxes) stay under 100 levels; the bound keeps per-element bookkeeping small.
   */
  xmlMaxDepth: 512,
  /**
   * Namespace declarations in one XML part. Word declares a few dozen on the root and a few per
   * drawing; every declaration copies the scope's prefix table.
   */
  xmlMaxNamespaceDeclarations: 100_000,
  /**
   * Highest counter a list may start at (`w:start`, `w:startOverride`): a clamp. Word's dialog
   * accepts at most 32767. Larger values only serve to build absurd labels.
   */
  numberingMaxStart: 32_767,
  /** List levels are 0–8 (`w:ilvl`); a paragraph naming another level shows no label. */
  numberingMaxLevel: 8,
  /**
   * Characters of a list label ("一、", "（2）", "3.1.4") and of a level's `w:lvlText`: a clamp. Labels
   * are a few characters; letters past Z repeat ("AA"), so a large counter would otherwise build a
   * label of millions of characters.
   */
  numberingMaxLabel: 64,
  /** Entries in the .docx archive. Word writes 10–100; images add one each. */
  zipMaxEntries: 10_000,
  /** Size of the .docx file itself. Reports with scanned images reach tens of MB. */
  fileMaxBytes: 512 * 1024 * 1024,
  /**
   * Inflated size of one XML part the reader parses and keeps as text (document, styles, numbering,
   * relationships, custom properties). A 300-page report's document part is a few MB.
   */
  xmlPartMaxBytes: 64 * 1024 * 1024,
  /**
   * Inflated size any one entry may declare (images, embedded files): larger is refused before
   * anything is inflated. An entry that inflates past what it declared is stopped there.
   */
  zipEntryMaxBytes: 256 * 1024 * 1024,
  /**
   * Inflated size all entries together may declare; overlapping entries are refused first, as they
   * are how an archive claims more than it holds.
   */
  zipTotalMaxBytes: 512 * 1024 * 1024,
  /**
   * The browser checker gives its worker this long to read and check one document (and, after that,
   * for each fix, re-check or save of it); then it stops the worker and says so ("处理超时…"). A real
   * report takes about 10 ms in Node and a 100-page one well under a second even on a slow office PC,
   * so 10 s only ever stops a hostile or broken file, while the page stays usable.
   */
  checkerTimeLimitMs: 10_000,
  /**
   * The checker's preview draws at most this many body blocks (paragraphs and tables). A report has
   * a few hundred; drawing tens of thousands of paragraphs would freeze the page. The check itself
   * always covers the whole document; the page says how many blocks the preview left out.
   */
  previewMaxBlocks: 2_000,
  /**
   * The checker's preview shows at most this many characters of one paragraph or table cell. A
   * report's longest paragraph has a few hundred; a hostile one would freeze the page while it is
   * drawn. The check itself reads the whole text.
   */
  previewMaxChars: 5_000,
  /**
   * Character-bigram steps repeated-text may spend comparing this year's 五 with last year's. Real
   * sections need well under a million; when spent, the remaining paragraphs are not compared,
   * and the rule says so.
   */
  repeatedTextSteps: 200_000_000,
} as const;

export type LimitKind = 'too-large' | 'structure';

/** A document beyond one of the limits above. `detail` says which, in Chinese. */
export class LimitError extends Error {
  readonly kind: LimitKind;
  readonly detail: string;

  constructor(kind: LimitKind, detail: string) {
    super(`文件过大或结构异常：${detail}`);
    this.name = 'LimitError';
    this.kind = kind;
    this.detail = detail;
    Object.setPrototypeOf(this, LimitError.prototype);
  }
}

// The command line and the batch review: what a host refuses or stops, each with the Chinese
// words a user reads when it is hit.

/** A review worker thread's V8 heap (old generation), in MiB: one hostile file cannot take the machine. */
export const WORKER_MEMORY_MB = 512;
/** Shown for a file whose worker ran out of memory. */
export const WORKER_MEMORY_MESSAGE = (mb: number): string =>
  `文件过大：检查这份文件所需的内存超过上限（${mb} MB），已跳过。请确认文件内容正常，或拆分后再检查。`;

/** Time for one file in a review (a cross-year chain gets this per file), in milliseconds. */
export const FILE_TIME_LIMIT_MS = 60_000;
/** Shown for a file whose check did not finish in time. */
export const FILE_TIME_MESSAGE = (seconds: number): string =>
  `处理超时：这份文件在 ${seconds} 秒内未能检查完，已跳过。请确认文件内容正常后单独检查。`;

/** The largest file the command line reads, in bytes (a .docx report is rarely above 20 MB). */
export const INPUT_FILE_MAX_BYTES = 200 * 1024 * 1024;
/** Shown for a file above INPUT_FILE_MAX_BYTES. */
export const INPUT_FILE_MAX_MESSAGE = `文件过大：超过 ${INPUT_FILE_MAX_BYTES / 1024 / 1024} MB，不像是一份年度报告，未检查。`;

// Recognition: text longer than these is not a label or a heading, so the comparisons that cost
// more than one pass over a string (similarity) only ever see short text, and a hostile cell of a
// million characters costs one linear pass, not a quadratic one.

/** A section heading is a short line; anything longer is prose that may mention a heading's words. */
export const MAX_HEADING_CHARS = 40;

/** A row label of an official table; longer cell text is not compared with the official labels. */
export const MAX_LABEL_CHARS = 80;

/** Layout tables nest report tables; deeper than this, nested tables are not searched. */
export const MAX_TABLE_NESTING = 4;

/** What a user reads when a label or heading is too long to be compared. */
export const LIMIT_MESSAGES = {
  label: `单元格文字超过 ${MAX_LABEL_CHARS} 个字符，不作为行标题识别`,
  nesting: `表格嵌套超过 ${MAX_TABLE_NESTING} 层，更深的表格未识别`,
} as const;
