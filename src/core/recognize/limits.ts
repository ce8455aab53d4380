// Limits of recognition, as named data. Text longer than these is not a label or a heading, so the
// comparisons that cost more than one pass over a string (similarity) only ever see short text,
// and a hostile cell of a million characters costs one linear pass, not a quadratic one.

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
