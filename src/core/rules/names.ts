// The names users read: each rule's (from the catalogue) and, re-exported, the tables', rows' and
// columns' (core/format/labels.ts). Rules themselves import labels from core/format, not from here:
// this module reads the catalogue.

import type { RuleId } from '../finding';
import { RULES } from '.';

export { cellName, columnName, rowName, tableName } from '../format/labels';

/** Each rule's Chinese name, as the pane, the command line and the batch review show it. */
export const RULE_TITLES = Object.fromEntries(
  RULES.map((r) => [r.meta.id, r.meta.title.zh]),
) as Readonly<Record<RuleId, string>>;

/** Each rule's English name, for the pane in English. */
export const RULE_TITLES_EN = Object.fromEntries(
  RULES.map((r) => [r.meta.id, r.meta.title.en]),
) as Readonly<Record<RuleId, string>>;
