// The finding contract of spec/rules.md, and fixes as data.

import type { FormatVersion, SectionKey, TableKey } from './format';

export type Severity = 'error' | 'warning';

export type RuleId =
  | 'section-missing'
  | 'section-numbering'
  | 'section-order'
  | 'section-title'
  | 'title-year'
  | 'table-missing'
  | 'table-layout'
  | 'table-label'
  | 'format-version'
  | 'cell-blank'
  | 'cell-not-number'
  | 'cell-negative'
  | 'cell-fraction'
  | 'amount-unit'
  | 'row-total'
  | 'column-total'
  | 'balance'
  | 'appeals-total'
  | 'active-consistency'
  | 'text-table-mismatch'
  | 'year-mismatch'
  | 'carryover-mismatch'
  | 'in-force-continuity'
  | 'other-share'
  | 'overview-length'
  | 'section-empty'
  | 'repeated-text'
  | 'prose-too-long'
  | 'section-placeholder'
  | 'text-percent-mismatch';

/** A cell named by its canonical keys. */
export interface CellKeyRef {
  table: TableKey;
  row: string;
  column: string;
}

/**
 * A fix as data. `safe` fixes write only what the document itself determines and are applied by
 * 全部修复 and `gouji fix`; the others are suggestions, applied only when the user picks them.
 */
export type Fix = { safe: boolean } & (
  | ({ kind: 'set-cell'; value: string } & CellKeyRef)
  | { kind: 'insert-section'; section: SectionKey; version: FormatVersion }
  | { kind: 'insert-table'; table: TableKey; section: SectionKey; version: FormatVersion }
  | { kind: 'rename-heading'; section: SectionKey; value: string }
);

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Chinese, for the user. */
  message: string;
  section: SectionKey;
  table?: TableKey;
  row?: string;
  column?: string;
  expected?: string;
  actual?: string;
  /** Prose findings: index among the paragraphs outside tables, and the clause quoted. */
  paragraph?: number;
  quote?: string;
  /** The one cell that explains several sum findings. */
  culprit?: CellKeyRef;
  /** Other cells the finding concerns (the four cells of a `balance`, the table cell a prose number contradicts). */
  related?: CellKeyRef[];
  fix?: Fix;
}
