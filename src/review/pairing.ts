// Cross-year pairs within a batch: the same agency's reports of consecutive years, so that the
// cross-year rules (carryover-mismatch, in-force-continuity, repeated-text) run unasked.

import { agencyKey } from './agency';
import type { StoredSummary } from './store';

export interface Pair {
  /** The later report. */
  rel: string;
  /** The same agency's report of the year before. */
  previousRel: string;
  previousYear: number;
}

/**
 * For every readable report whose agency also has a report of the year before, that report.
 * When an agency has two files for one year, the first in `reports`' order is used.
 */
export function findPairs(reports: readonly StoredSummary[]): Pair[] {
  const byKey = new Map<string, string>();
  const keyOf = (r: StoredSummary): string | null =>
    r.status !== 'unreadable' && r.agency && r.year !== null && agencyKey(r.agency) !== ''
      ? `${agencyKey(r.agency)}\u0000${r.year}`
      : null;
  for (const r of reports) {
    const key = keyOf(r);
    if (key !== null && !byKey.has(key)) byKey.set(key, r.rel);
  }
  const pairs: Pair[] = [];
  for (const r of reports) {
    if (keyOf(r) === null || !r.agency || r.year === null) continue;
    const previousRel = byKey.get(`${agencyKey(r.agency)}\u0000${r.year - 1}`);
    if (previousRel !== undefined)
      pairs.push({ rel: r.rel, previousRel, previousYear: r.year - 1 });
  }
  return pairs;
}

/**
 * The pairs joined into runs of consecutive years ([2019, 2020, 2021] for two pairs), so that the
 * cross-year pass reads each file once and holds at most two documents at a time.
 */
export function pairChains(pairs: readonly Pair[]): string[][] {
  const byTail = new Map<string, string[]>();
  const chains: string[][] = [];
  for (const p of [...pairs].sort((a, b) => a.previousYear - b.previousYear)) {
    let chain = byTail.get(p.previousRel);
    if (chain) {
      byTail.delete(p.previousRel);
      chain.push(p.rel);
    } else {
      chain = [p.previousRel, p.rel];
      chains.push(chain);
    }
    byTail.set(p.rel, chain);
  }
  return chains;
}
