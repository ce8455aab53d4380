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
 * Why a readable report that could have been compared across years was not: its agency or year
 * is unknown, another file holds the same agency's report of that year, or the batch holds the
 * agency's other years but not the year before. A lone report of an agency has nothing to say.
 */
export function unpairedReasons(
  reports: readonly StoredSummary[],
  pairs: readonly Pair[],
): Map<string, string> {
  const paired = new Set(pairs.map((p) => p.rel));
  const readable = reports.filter((r) => r.status !== 'unreadable' && r.status !== 'not-report');
  const years = new Map<string, Map<number, string>>();
  for (const r of readable) {
    const key = r.agency ? agencyKey(r.agency) : '';
    if (key === '' || r.year === null) continue;
    const byYear = years.get(key) ?? new Map<number, string>();
    if (!byYear.has(r.year)) byYear.set(r.year, r.rel);
    years.set(key, byYear);
  }
  const reasons = new Map<string, string>();
  for (const r of readable) {
    const key = r.agency ? agencyKey(r.agency) : '';
    if (key === '') {
      reasons.set(
        r.rel,
        '未识别出报告的机关名称，无法与其他年度的报告对应。请核对标题中的机关名称。',
      );
      continue;
    }
    const year = r.year;
    if (year === null) {
      reasons.set(r.rel, '未识别出报告年度，无法与其他年度的报告对应。');
      continue;
    }
    const byYear = years.get(key) as Map<number, string>;
    const first = byYear.get(year) as string;
    if (first !== r.rel) {
      reasons.set(
        r.rel,
        `同一机关 ${year} 年有多份报告，跨年度比对只用了 ${first}，这份未与其他年度比对。`,
      );
      continue;
    }
    if (paired.has(r.rel)) continue;
    const others = [...byYear.keys()].filter((y) => y < year).sort((a, b) => a - b);
    if (others.length > 0) {
      reasons.set(
        r.rel,
        `批次中没有该机关 ${year - 1} 年的报告（有 ${others.join('、')} 年的），未做跨年度比对。`,
      );
    }
  }
  return reasons;
}
