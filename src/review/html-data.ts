// review.html's data: one JSON array per report, written as results stream by, and drawn by the
// page's script only when a row scrolls into view. Strings are interned as they go: the first time
// a string is written it is written whole, and the page keeps it in a list; later it is written as
// its number in that list (the same messages, folders, cell names and rule ids recur across a
// province's reports). So the data is compact without holding the batch in memory.

import { cellLabel } from './labels';
import type { ReviewResult, ReviewStatus } from './types';
import type { SectionKey } from '../core/format';

/** At most this many distinct strings are remembered for reuse (the writer's memory stays bounded). */
export const MAX_INTERNED = 200_000;

export const STATUS_CODES: readonly ReviewStatus[] = [
  'pass',
  'warning',
  'error',
  'not-report',
  'unreadable',
];
const SECTION_CODES: readonly SectionKey[] = ['s1', 's2', 's3', 's4', 's5', 's6'];

/** A string, or the number of an earlier one; null when absent. */
type Str = string | number | null;

/**
 * A report, as the page reads it (trailing nulls dropped):
 * [agency, folder, file, year, version, errors, warnings, status, previousYear, previousRel,
 *  unpaired, error, findings]
 * and each finding: [rule, severity (0 error, 1 warning), section (0…5), message, quote, cell,
 * expected, actual].
 */
export type RowData = Array<Str | number | FindingData[]>;
export type FindingData = Array<Str | number>;

export class Interner {
  private readonly seen = new Map<string, number>();
  private count = 0;

  constructor(private readonly limit = MAX_INTERNED) {}

  /** The string itself the first time (the page then numbers it), its number afterwards. */
  str(s: string | null | undefined): Str {
    if (s === null || s === undefined) return null;
    const known = this.seen.get(s);
    if (known !== undefined) return known;
    // Every string written whole gets the next number on the page, remembered here or not.
    const n = this.count++;
    if (this.seen.size < this.limit) this.seen.set(s, n);
    return s;
  }
}

function trimmed<T>(row: T[]): T[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
  return row.slice(0, end);
}

export function encodeRow(r: ReviewResult, strings: Interner): RowData {
  const slash = r.rel.lastIndexOf('/');
  // The page numbers strings in the order they are written: the report's fields, then its findings.
  const head: Array<Str | number> = [
    strings.str(r.agency),
    strings.str(slash >= 0 ? r.rel.slice(0, slash + 1) : ''),
    strings.str(slash >= 0 ? r.rel.slice(slash + 1) : r.rel),
    r.year,
    r.formatVersion,
    r.errors,
    r.warnings,
    STATUS_CODES.indexOf(r.status),
    r.previous?.year ?? null,
    strings.str(r.previous?.rel),
    strings.str(r.unpaired),
    strings.str(r.error),
  ];
  const findings = r.findings.map((f) =>
    trimmed<Str | number>([
      strings.str(f.rule),
      f.severity === 'error' ? 0 : 1,
      SECTION_CODES.indexOf(f.section),
      strings.str(f.message),
      strings.str(f.quote),
      strings.str(cellLabel(f, r.formatVersion)),
      strings.str(f.expected),
      strings.str(f.actual),
    ]),
  );
  return findings.length > 0 ? [...head, findings] : trimmed(head);
}

/**
 * A row as one line of element text: JSON with `&`, `<` and `>` escaped, so that no document text
 * can close the element or open another; the page reads it back with textContent.
 */
export function rowLine(row: RowData): string {
  return (
    JSON.stringify(row).replace(
      /[&<>]/g,
      (c) => (({ '&': '&amp;', '<': '&lt;', '>': '&gt;' }) as Record<string, string>)[c],
    ) + '\n'
  );
}
