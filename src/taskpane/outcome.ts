// The pane's view of a check, the same whichever host read the document: a report, a document
// without tables, or not a report at all.

import type { Finding } from '../core/finding';
import { isReport } from '../core/recognize';
import type { Report } from '../core/report';
import type { CheckOutcome } from './host';

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
