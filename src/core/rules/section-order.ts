import { officialHeading } from '../format';
import { defineRule } from './rule';

/** Sections out of the official order. One finding, at the first section that comes too early. */
export const sectionOrder = defineRule({
  id: 'section-order',
  severity: 'error',
  title: { zh: '章节顺序错误', en: 'Section order' },
  description: '章节顺序错误',
  fix: 'none',
  check({ doc, report }) {
    const found = doc.sections.filter((s) => s.found && s.block !== undefined);
    for (let i = 1; i < found.length; i++) {
      const prev = found[i - 1];
      const cur = found[i];
      // Headings inside one layout table share its block: their reading order decides.
      const before = (a: typeof cur, b: typeof prev): boolean =>
        (a?.block ?? 0) < (b?.block ?? 0) ||
        ((a?.block ?? 0) === (b?.block ?? 0) && (a?.order ?? 0) < (b?.order ?? 0));
      if (prev && cur && before(cur, prev)) {
        report({
          message: `“${officialHeading(cur.key)}”应在“${officialHeading(prev.key)}”之后`,
          section: cur.key,
          ...(cur.paragraph !== undefined ? { paragraph: cur.paragraph } : {}),
        });
        return;
      }
    }
  },
});
