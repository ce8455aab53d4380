import { sectionDef } from '../format';
import { defineRule } from './rule';
import { renamable } from './heading-place';

/** "2、" or "5、" where "二、" or "五、" belongs (Word's numbering often does this), or no numeral. */
export const sectionNumbering = defineRule({
  id: 'section-numbering',
  severity: 'error',
  title: { zh: '章节序号不规范', en: 'Section numbering' },
  description: '章节序号不规范',
  fix: 'safe',
  check({ doc, report }) {
    doc.sections
      .filter((s) => s.found && s.numbering !== `${sectionDef(s.key).numeral}、`)
      .map((s) => {
        const expected = `${sectionDef(s.key).numeral}、`;
        const value = `${expected}${(s.title ?? sectionDef(s.key).title).trim()}`;
        return {
          message: s.numbering
            ? `标题“${(s.heading ?? '').trim()}”的序号应为“${expected}”`
            : `标题“${(s.heading ?? '').trim()}”缺少序号“${expected}”`,
          section: s.key,
          ...(s.paragraph !== undefined ? { paragraph: s.paragraph } : {}),
          expected,
          actual: s.numbering ?? '',
          ...(renamable(s)
            ? { fix: { kind: 'rename-heading' as const, safe: true, section: s.key, value } }
            : {}),
        };
      })
      .forEach((f) => report(f));
  },
});
