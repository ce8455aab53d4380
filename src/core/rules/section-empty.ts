// section-empty: 五 (or 一) is present but says nothing, or only "无" — the notice asks for
// specific content ("明确具体，避免笼统模糊"). A missing section is section-missing's finding.

import { officialHeading, type SectionKey } from '../format';
import type { Report } from '../report';
import { proseParagraphs } from './prose';
import { defineRule } from './rule';

const CHECKED: readonly SectionKey[] = ['s1', 's5'];

/** "无", "无。", "暂无", "没有": a placeholder, not content. */
const NOTHING = /^(?:暂无|无|没有|无相关情况)$/;

/** The ideographs of NOTHING's words: a text holding any other one says something. */
const NOTHING_IDEOGRAPHS = new Set([...'暂无没有相关情况'].map((c) => c.charCodeAt(0)));

function isNothing(text: string): boolean {
  // Settled on the first ideograph no placeholder holds, without a copy of the paragraph.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fa5 && !NOTHING_IDEOGRAPHS.has(c)) return false;
  }
  return NOTHING.test(text.replace(/[\s\p{P}]/gu, ''));
}

/**
 * True when a table lies in the section: some reports put its text in a (layout) table, which the
 * prose paragraphs do not show, so the section is not known to be empty.
 */
function holdsTable(report: Report, key: SectionKey): boolean {
  const start = report.sections.find((s) => s.key === key)?.block;
  if (start === undefined) return false;
  const next = report.sections
    .map((s) => s.block)
    .filter((b): b is number => b !== undefined && b > start);
  const end = next.length > 0 ? Math.min(...next) : report.model.blocks.length;
  return report.model.blocks.slice(start + 1, end).some((b) => b.kind === 'table');
}

export const sectionEmpty = defineRule({
  id: 'section-empty',
  severity: 'warning',
  title: { zh: '内容空泛', en: 'Vague section' },
  description: '“总体情况”或“存在的主要问题及改进情况”没有内容或只写“无”',
  fix: 'none',
  check({ doc, report }) {
    for (const key of CHECKED) {
      const section = doc.sections.find((s) => s.key === key);
      if (!section?.found) continue;
      // A heading typed inside a table cell usually has its text in the same table.
      if (section.cell) continue;
      const paragraphs = proseParagraphs(doc, [key]);
      if (paragraphs.some((p) => !isNothing(p.text))) continue;
      if (holdsTable(doc, key)) continue;
      const only = paragraphs[0];
      report({
        message:
          paragraphs.length === 0
            ? `“${officialHeading(key)}”没有内容，应明确具体地填写`
            : `“${officialHeading(key)}”只写了“${only.text.trim()}”，应明确具体地填写`,
        section: key,
        ...(only ? { paragraph: only.index, quote: only.text.trim() } : {}),
      });
    }
  },
});
