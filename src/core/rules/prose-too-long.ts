// prose-too-long: a paragraph that reaches LIMITS.paragraphMaxText, where the reader stops keeping
// its text (silently). Its rest is not compared with the tables nor checked for years, and the
// user is told so rather than shown "no problem found" for text nobody read.

import { LIMITS } from '../limits';
import { proseParagraphs } from './prose';
import { defineRule } from './rule';

const QUOTE_LENGTH = 40;

export const proseTooLong = defineRule({
  id: 'prose-too-long',
  severity: 'warning',
  title: { zh: '正文过长未核对', en: 'Paragraph too long to check' },
  description: '正文段落过长，超出部分未核对',
  fix: 'none',
  check({ doc, report }) {
    for (const p of proseParagraphs(doc, [null, 's1', 's2', 's3', 's4', 's5', 's6'])) {
      if (p.text.length < LIMITS.paragraphMaxText) continue;
      report({
        message: `这一段正文达到逐段读取的上限（${LIMITS.paragraphMaxText} 字），其后的文字未读取，未与表格和报告年度核对`,
        section: p.section ?? 's1',
        paragraph: p.index,
        quote: `${p.text.trim().slice(0, QUOTE_LENGTH)}…`,
      });
    }
  },
});
