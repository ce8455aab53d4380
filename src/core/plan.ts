// What a host is asked to do to the document: edits (from fixes) and marks (on flagged cells).
// Hosts resolve nothing themselves: every address here is final.

import type { FormatVersion, SectionKey, TableKey } from './format';
import type { CellKeyRef, RuleId, Severity } from './finding';
import type { CellAddress } from './model';

/** A place in the body: before or after a paragraph (outside tables) or a top-level table. */
export type Anchor =
  | { position: 'before' | 'after'; paragraph: number }
  | { position: 'before' | 'after'; table: number }
  | { position: 'end' };

export type Edit =
  /** Replace the text of one cell, keeping the first run's formatting. */
  | { kind: 'set-cell'; addr: CellAddress; value: string; ref: CellKeyRef }
  /** Replace a heading's text (numbering included) and drop its automatic numbering. */
  | {
      kind: 'rename-heading';
      section: SectionKey;
      paragraph?: number;
      cell?: CellAddress;
      text: string;
    }
  /** Insert a section's heading and its table or placeholder text (core/template renders it). */
  | { kind: 'insert-section'; section: SectionKey; version: FormatVersion; anchor: Anchor }
  /** Insert an official table (core/template renders it). */
  | { kind: 'insert-table'; table: TableKey; version: FormatVersion; anchor: Anchor };

export interface EditPlan {
  edits: Edit[];
}

/** A visible, removable mark on a flagged cell or paragraph. */
export interface Mark {
  cell?: CellAddress;
  paragraph?: number;
  rule: RuleId;
  severity: Severity;
  message: string;
}

/**
 * How a mark looks in the document: a content control tagged `gouji-mark:<rule>`, titled 勾稽,
 * coloured by severity (hex RGB without "#", as WordprocessingML writes it) — on every mark the
 * .docx host writes and on paragraph marks in Word. Word and WPS shade flagged cells instead (cell
 * controls misbehave in Word on the web), in the same colours, and record the original shading in
 * the document so that each clears its own marks exactly.
 */
export const MARK_TAG_PREFIX = 'gouji-mark:';
export const MARK_TITLE = '勾稽';
export const MARK_COLORS: Readonly<Record<Severity, string>> = {
  error: 'D13438',
  warning: 'CA5010',
};

/** Where a document remembers the ids of ignored findings (Word settings key, .docx custom property). */
export const IGNORES_KEY = 'gouji.ignores';
