// Stages that run after the rules over all their findings, as textlint's filter rules do
// (filter-ignored-process): a rule never knows what the user ignored, and a new filter is one more
// function in FILTERS.

import type { Finding } from './finding';

export interface FilterOptions {
  /** Ids (findingId) of findings the user chose to ignore. */
  ignores?: readonly string[];
}

export type FindingFilter = (findings: Finding[], options: FilterOptions) => Finding[];

/** A stable id for a finding, used to remember ignores across re-checks and saves. */
export function findingId(f: Finding): string {
  return [f.rule, f.section, f.table ?? '', f.row ?? '', f.column ?? '', f.quote ?? ''].join('|');
}

/** Drops the findings the user ignored. */
export const ignoredFilter: FindingFilter = (findings, { ignores }) => {
  if (!ignores || ignores.length === 0) return findings;
  const ignored = new Set(ignores);
  return findings.filter((f) => !ignored.has(findingId(f)));
};

export const FILTERS: readonly FindingFilter[] = [ignoredFilter];

export function applyFilters(findings: Finding[], options: FilterOptions): Finding[] {
  return FILTERS.reduce((kept, filter) => filter(kept, options), findings);
}
