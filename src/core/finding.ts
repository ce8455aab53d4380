// The finding contract of spec/rules.md, and fixes as data.

import type { FormatVersion, SectionKey, TableKey } from './format';

export type Severity = 'error' | 'warning';

/** Every rule's id, as the rule catalogue (rules/index.ts) declares them: one list, no copy. */
export type RuleId = import('./rules').RuleId;

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

/** Where a finding points and what it says is expected and found: what a rule reports. */
export interface FindingBody {
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

/** A finding of one rule; its rule and severity are filled in by defineRule. */
export interface RuleFinding<Id extends string> extends FindingBody {
  rule: Id;
  severity: Severity;
  /** Chinese, for the user. */
  message: string;
}

export type Finding = RuleFinding<RuleId>;
