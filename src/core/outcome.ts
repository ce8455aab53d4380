// The verdict of a check, the same whichever host read the document: a report, a document
// without tables, or not a report at all.

import type { FormatVersion, SectionKey } from './format';
import type { Finding } from './finding';
import { isReport } from './recognize';
import type { Report } from './report';

export interface SectionSummary {
  key: SectionKey;
  heading?: string;
  found: boolean;
}

export type CheckOutcome =
  | {
      kind: 'report';
      year: number | null;
      formatVersion: FormatVersion | null;
      sections: SectionSummary[];
      findings: Finding[];
    }
  /** The document has no tables at all. */
  | { kind: 'no-tables'; findings: Finding[] }
  /** Nothing in the document looks like an annual report. */
  | { kind: 'not-report' }
  /** The document could not be read; `message` is for the user (Chinese). */
  | { kind: 'error'; message: string };

export function outcomeOf(report: Report, findings: Finding[]): CheckOutcome {
  if (!isReport(report)) return { kind: 'not-report' };
  if (report.model.tables.length === 0) return { kind: 'no-tables', findings };
  return {
    kind: 'report',
    year: report.year,
    formatVersion: report.formatVersion,
    sections: report.sections.map((s) => ({
      key: s.key,
      found: s.found,
      ...(s.heading !== undefined ? { heading: s.heading } : {}),
    })),
    findings,
  };
}
