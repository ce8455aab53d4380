import { officialHeading, sectionDef } from '../format';
import { normLabel } from '../recognize/text';
import { defineRule } from './rule';
import { renamable } from './heading-place';

/** The heading's wording differs from the official title ("主动公开政府信息的情况"). */
export const sectionTitle = defineRule({
  id: 'section-title',
  severity: 'warning',
  title: { zh: '章节标题不规范', en: 'Section title' },
  description: '章节标题与规定不一致',
  fix: 'suggest',
  check({ doc, report }) {
    doc.sections
      .filter(
        (s) =>
          s.found &&
          normLabel(s.title ?? '').replace(/[:。.]$/, '') !== normLabel(sectionDef(s.key).title),
      )
      .map((s) => ({
        message: `标题“${(s.heading ?? '').trim()}”与规定的“${officialHeading(s.key)}”不一致`,
        section: s.key,
        ...(s.paragraph !== undefined ? { paragraph: s.paragraph } : {}),
        expected: officialHeading(s.key),
        actual: (s.heading ?? '').trim(),
        ...(renamable(s)
          ? {
              fix: {
                kind: 'rename-heading' as const,
                safe: false,
                section: s.key,
                value: officialHeading(s.key),
              },
            }
          : {}),
      }))
      .forEach((f) => report(f));
  },
});
