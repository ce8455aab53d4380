import { officialHeading, sectionDef } from '../format';
import { isReport } from '../recognize';
import type { Report, SectionFound } from '../report';
import { defineRule } from './rule';
import { expectedVersion } from './version';

/**
 * Why inserting the section's template would duplicate something already there: a paragraph or
 * cell holding its official title, or its table (a heading recognition could not read).
 */
function presentAnyway(report: Report, s: SectionFound): string | null {
  // The report's tables without one readable heading: the headings are there in a form not read
  // (text boxes, pictures), and six templates inserted into a complete report would be the worst fix.
  if (!report.sections.some((x) => x.found) && Object.keys(report.tables).length > 0)
    return '文中有规定的表格却找不到任何章节标题，标题可能在文本框或图片中，请核对';
  if (s.candidate) return `文中已有“${s.candidate.text}”，请核对该部分标题`;
  const table = sectionDef(s.key).table;
  if (table && report.tables[table]) return '文中已有该部分的表格，请补写或核对其标题';
  return null;
}

/** One of 一…六 is absent: offer its template, inserted where it belongs — unless it is there in some form. */
export const sectionMissing = defineRule({
  id: 'section-missing',
  severity: 'error',
  title: { zh: '缺少章节', en: 'Missing section' },
  description: '缺少章节',
  fix: 'suggest',
  check({ doc, report }) {
    // A document that is not a doc at all: one finding per section would only be noise.
    if (!isReport(doc)) return;
    doc.sections
      .filter((s) => !s.found)
      .map((s) => {
        const present = presentAnyway(doc, s);
        const base = {
          message: `缺少“${officialHeading(s.key)}”部分${present ? `（${present}）` : ''}`,
          section: s.key,
          expected: officialHeading(s.key),
        };
        return present
          ? base
          : {
              ...base,
              fix: {
                kind: 'insert-section' as const,
                safe: false,
                section: s.key,
                version: expectedVersion(doc),
              },
            };
      })
      .forEach((f) => report(f));
  },
});
