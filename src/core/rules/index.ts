// The rule catalogue of spec/rules.md, in the order findings are reported within a section: the one
// list of rules. RuleId, the rule names of the pane, the command line and the review derive from it.
import { activeConsistency } from './active-consistency';
import { amountUnit } from './amount-unit';
import { appealsTotal } from './appeals-total';
import { balance } from './balance';
import { carryoverMismatch } from './carryover-mismatch';
import { cellBlank } from './cell-blank';
import { cellFraction } from './cell-fraction';
import { cellNegative } from './cell-negative';
import { cellNotNumber } from './cell-not-number';
import { columnTotal } from './column-total';
import { formatVersion } from './format-version';
import { inForceContinuity } from './in-force-continuity';
import { otherShare } from './other-share';
import { overviewLength } from './overview-length';
import { proseTooLong } from './prose-too-long';
import { repeatedText } from './repeated-text';
import { rowTotal } from './row-total';
import { sectionMissing } from './section-missing';
import { sectionNumbering } from './section-numbering';
import { sectionOrder } from './section-order';
import { sectionPlaceholder } from './section-placeholder';
import { sectionEmpty } from './section-empty';
import { sectionTitle } from './section-title';
import { tableLabel } from './table-label';
import { tableLayout } from './table-layout';
import { tableMissing } from './table-missing';
import { textPercentMismatch } from './text-percent-mismatch';
import { textTableMismatch } from './text-table-mismatch';
import { titleYear } from './title-year';
import { yearMismatch } from './year-mismatch';

export const RULES = [
  titleYear,
  sectionMissing,
  sectionNumbering,
  sectionOrder,
  sectionTitle,
  tableMissing,
  formatVersion,
  tableLayout,
  tableLabel,
  rowTotal,
  columnTotal,
  balance,
  appealsTotal,
  cellBlank,
  cellNotNumber,
  cellNegative,
  cellFraction,
  amountUnit,
  activeConsistency,
  otherShare,
  textTableMismatch,
  textPercentMismatch,
  yearMismatch,
  proseTooLong,
  overviewLength,
  sectionPlaceholder,
  sectionEmpty,
  carryoverMismatch,
  inForceContinuity,
  repeatedText,
] as const;

export type RuleId = (typeof RULES)[number]['meta']['id'];
