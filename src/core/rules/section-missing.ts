import { officialHeading } from '../format';
import { isReport } from '../recognize';
import type { Rule } from './rule';
import { expectedVersion } from './version';

/** One of 一…六 is absent: offer its template, inserted where it belongs. */
export const sectionMissing: Rule = {
  meta: { id: 'section-missing', severity: 'error', description: '缺少章节', fixable: true },
  check({ report }) {
    // A document that is not a report at all: one finding per section would only be noise.
    if (!isReport(report)) return [];
    return report.sections
      .filter((s) => !s.found)
      .map((s) => ({
        rule: 'section-missing' as const,
        severity: 'error' as const,
        message: `缺少“${officialHeading(s.key)}”部分`,
        section: s.key,
        expected: officialHeading(s.key),
        fix: {
          kind: 'insert-section' as const,
          safe: false,
          section: s.key,
          version: expectedVersion(report),
        },
      }));
  },
};
