// The sentence and clause splitting before they compared character codes (Sets of separators,
// a /\s/ test per trimmed character, a fold of six characters per comma), kept as the reference
// the new one is tested against.

import { foldWidth, type Clause, type Span } from '../../../../src/core/rules/prose/text';

const SENTENCE_END = new Set([...'。！？；!?;\n'].map((c) => c.charCodeAt(0)));
const TITLE_OPEN = '《'.charCodeAt(0);
const TITLE_CLOSE = '》'.charCodeAt(0);
const CLAUSE_END = new Set([...'，,、；;：:'].map((c) => c.charCodeAt(0)));

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { text: text.slice(start, end), start, end } : null;
}

export function oldSplitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let title = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === TITLE_OPEN) title++;
    else if (c === TITLE_CLOSE && title > 0) title--;
    if (i === text.length || (title === 0 && SENTENCE_END.has(c))) {
      const span = trimmed(text, start, i);
      if (span) out.push(span);
      start = i + 1;
    }
  }
  return out;
}

function insideNumber(text: string, i: number): boolean {
  const c = text[i];
  if (c !== ',' && c !== ':') return false;
  const folded = foldWidth(text.slice(Math.max(0, i - 1), i + 5));
  const before = i > 0 ? folded[0] : '';
  const after = folded.slice(i > 0 ? 2 : 1);
  if (!/\d/.test(before)) return false;
  return c === ',' ? /^\d{3}(?!\d)/.test(after) : /^\d{2}/.test(after);
}

export function oldSplitClauses(
  text: string,
  sentences: Span[] = oldSplitSentences(text),
): Clause[] {
  const out: Clause[] = [];
  sentences.forEach((sentence, index) => {
    let start = sentence.start;
    let before = '';
    let title = 0;
    for (let i = sentence.start; i <= sentence.end; i++) {
      const c = text.charCodeAt(i);
      if (i < sentence.end) {
        if (c === TITLE_OPEN) title++;
        else if (c === TITLE_CLOSE && title > 0) title--;
      }
      if (i === sentence.end || (title === 0 && CLAUSE_END.has(c) && !insideNumber(text, i))) {
        const span = trimmed(text, start, i);
        if (span)
          out.push({ text: span.text, start: span.start, end: span.end, sentence: index, before });
        before = i < sentence.end ? text.charAt(i) : '';
        start = i + 1;
      }
    }
  });
  return out;
}
