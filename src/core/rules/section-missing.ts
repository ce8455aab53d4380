import { officialHeading } from '../format';
import type { Rule } from './rule';
import { expectedVersion } from './version';

/** One of 一…六 is absent: offer its template, inserted where it belongs. */
export const sectionMissing: Rule = {
  meta: { id: 'section-missing', severity: 'error', description: '缺少章节', fixable: true },
  check({ report }) {
    // A document with no section at all is not a report: one finding per section would only be noise.
    if (!report.sections.some((s) => s.found)) return [];
    return report.sections
      .filter((s) => !s.found)
      .map((s) => ({
        rule: 'section-missing' as const,
        severity: 'error' as const,
        message: `缺少“${officialHeading(s.key)}”部分`,
        section: s.key,
        expected: officialHeading(s.key),
        fix: { kind: 'insert-section' as const, section: s.key, version: expectedVersion(report) },
      }));
  },
};
