// overview-length: from the 2021 format on, 一、总体情况 should be no longer than about a thousand
// characters (国办公开办函〔2021〕30号: "原则上不超过一千字").

import { proseParagraphs } from './prose';
import { defineRule } from './rule';

export const OVERVIEW_LIMIT = 1000;

/** Characters as a reader counts 字: CJK characters, letters and digits, not spaces or punctuation. */
export function countCharacters(text: string): number {
  // Counted in place: an array of every character of a long overview would cost its length in memory.
  const letter = /[\p{L}\p{N}]/uy;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    // ASCII and the ideographs every engine knows (U+4E00–U+9FA5) without the regex.
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) n++;
      continue;
    }
    if (c >= 0x4e00 && c <= 0x9fa5) {
      n++;
      continue;
    }
    letter.lastIndex = i;
    if (letter.test(text)) {
      n++;
      // A character outside the BMP is one letter in two code units.
      if (letter.lastIndex === i + 2) i++;
    }
  }
  return n;
}

export const overviewLength = defineRule({
  id: 'overview-length',
  severity: 'warning',
  title: { zh: '总体情况过长', en: 'Overview length' },
  description: '“总体情况”超过一千字',
  fix: 'none',
  check({ doc, report }) {
    if (doc.year === null || doc.year < 2021) return;
    const count = proseParagraphs(doc, ['s1']).reduce((n, p) => n + countCharacters(p.text), 0);
    if (count <= OVERVIEW_LIMIT) return;
    report({
      message: `“一、总体情况”约 ${count} 字，超过“原则上不超过一千字”的要求`,
      section: 's1',
    });
  },
});
