// `--json`: the per-file objects of `gouji check --json` (spec/rules.md, "The command line"),
// plus `agency` and, for a report compared with last year's, `previous`.

import type { Finding } from '../core/finding';
import type { FormatVersion, SectionKey } from '../core/format';
import type { ReviewResult } from './types';

export interface ReviewJson {
  file: string;
  agency: string | null;
  year: number | null;
  formatVersion: FormatVersion | null;
  sections?: { key: SectionKey; heading: string | null; found: boolean }[];
  findings: Finding[];
  previous?: { file: string; year: number };
  /** Why the report was not compared with a previous year's. */
  unpaired?: string;
  error?: string;
  /** false for a readable document that is not an annual report. */
  report?: false;
}

export function toJsonObject(
  r: ReviewResult,
  file: string,
  fileOf: (rel: string) => string,
): ReviewJson {
  if (r.status === 'unreadable') {
    return { file, agency: null, year: null, formatVersion: null, findings: [], error: r.error };
  }
  if (r.status === 'not-report') {
    return { file, agency: null, year: null, formatVersion: null, findings: [], report: false };
  }
  return {
    file,
    agency: r.agency,
    year: r.year,
    formatVersion: r.formatVersion,
    sections: r.sections,
    findings: r.findings,
    ...(r.previous ? { previous: { file: fileOf(r.previous.rel), year: r.previous.year } } : {}),
    ...(r.unpaired ? { unpaired: r.unpaired } : {}),
  };
}
