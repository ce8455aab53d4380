// section-placeholder: a section still holds the placeholder paragraph that inserting its template
// writes ("（请填写本部分内容。）"). A fixed report that was never filled in must not check clean.

import { officialHeading, type SectionKey } from '../format';
import { PLACEHOLDER } from '../template';
import { boundedQuote, proseParagraphs, proseText } from './prose';
import { defineRule } from './rule';

const SECTIONS: ReadonlyArray<SectionKey | null> = [null, 's1', 's2', 's3', 's4', 's5', 's6'];

/**
 * The placeholder's characters: a text lacking one of them cannot hold it, however spaced. "填"
 * first: report prose seldom holds it, so one scan rules most paragraphs out.
 */
const PLACEHOLDER_CHARS = [...new Set(PLACEHOLDER.replace(/\s+/g, ''))].sort(
  (a, b) => Number(b === '填') - Number(a === '填'),
);

/** Spaces a writer or Word may have put into the placeholder do not hide it. */
function holdsPlaceholder(text: string): boolean {
  if (text.includes(PLACEHOLDER)) return true;
  // Removing the spaces copies the paragraph: only worth it when every character is there.
  if (!PLACEHOLDER_CHARS.every((c) => text.includes(c))) return false;
  return text.replace(/\s+/g, '').includes(PLACEHOLDER);
}

export const sectionPlaceholder = defineRule({
  id: 'section-placeholder',
  severity: 'error',
  title: { zh: '模板占位未填写', en: 'Template placeholder left' },
  description: '章节仍是模板的占位文字，未填写内容',
  fix: 'none',
  check({ doc, report }) {
    const seen = new Set<SectionKey | null>();
    for (const p of proseParagraphs(doc, SECTIONS)) {
      if (seen.has(p.section) || !holdsPlaceholder(proseText(p))) continue;
      seen.add(p.section);
      const where = p.section ? `“${officialHeading(p.section)}”` : '报告开头';
      report({
        message: `${where}仍是模板的占位文字“${PLACEHOLDER}”，应填写本部分的实际内容`,
        section: p.section ?? 's1',
        paragraph: p.index,
        quote: boundedQuote(p.text.trim(), 0, p.text.trim().length),
      });
    }
  },
});
