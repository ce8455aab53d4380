// Splitting a paragraph of prose into sentences and clauses, keeping offsets into the paragraph so
// that a finding can quote exactly what the document says.

/** A stretch of a paragraph: `text === paragraph.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Clause extends Span {
  /** Index of the sentence (in `splitSentences`) the clause belongs to. */
  sentence: number;
  /** The separator that ends the previous clause of the same sentence ('' for the first). */
  before: string;
}

const FOLDABLE = /[\uFF10-\uFF19\uFF05\u3000\u00A0]/;

/**
 * The paragraph with full-width digits, percent sign and spaces folded to ASCII. Every fold maps
 * one UTF-16 unit to one, so offsets in the folded text are offsets in the original.
 */
export function foldWidth(text: string): string {
  // Most paragraphs hold nothing to fold: a test scans them several times faster than replace.
  if (!FOLDABLE.test(text)) return text;
  return text.replace(/[\uFF10-\uFF19\uFF05\u3000\u00A0]/g, (c) => {
    if (c === '\u3000' || c === '\u00A0') return ' ';
    if (c === '\uFF05') return '%';
    return String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30);
  });
}

// Character codes: the sentence loop visits every character of the prose.
const SENTENCE_END = new Set([...'。！？；!?;\n'].map((c) => c.charCodeAt(0)));
const TITLE_OPEN = '《'.charCodeAt(0);
const TITLE_CLOSE = '》'.charCodeAt(0);
const CLAUSE_END = new Set([...'，,、；;：:'].map((c) => c.charCodeAt(0)));

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { text: text.slice(start, end), start, end } : null;
}

/** Sentences end at 。！？；, their ASCII forms, and line breaks; the terminator is left out. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let title = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    // A 《title》 may hold any punctuation; it never ends a sentence.
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

/** True when the character at i is a separator that only groups digits ("1,234", "9:00"). */
function insideNumber(text: string, i: number): boolean {
  const c = text[i];
  if (c !== ',' && c !== ':') return false;
  const folded = foldWidth(text.slice(Math.max(0, i - 1), i + 5));
  const before = i > 0 ? folded[0] : '';
  const after = folded.slice(i > 0 ? 2 : 1);
  if (!/\d/.test(before)) return false;
  return c === ',' ? /^\d{3}(?!\d)/.test(after) : /^\d{2}/.test(after);
}

/** Clauses end where sentences do and at ，,、：: (but not inside 《》 nor inside "1,234"). */
export function splitClauses(text: string, sentences: Span[] = splitSentences(text)): Clause[] {
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
        // Spelled out, not spread: this runs for every clause of the prose.
        if (span)
          out.push({ text: span.text, start: span.start, end: span.end, sentence: index, before });
        before = i < sentence.end ? text.charAt(i) : '';
        start = i + 1;
      }
    }
  });
  return out;
}

/** Longest quote a prose finding carries: a clause of a normal report is far shorter. */
export const QUOTE_CHARS = 200;

/**
 * text[start, end), or, when longer than QUOTE_CHARS, the QUOTE_CHARS characters that end at
 * `focusEnd` (or begin at `start`), marked "…" where cut: a clause with thousands of counts must
 * not make every finding carry the whole clause.
 */
export function boundedQuote(text: string, start: number, end: number, focusEnd?: number): string {
  if (end - start <= QUOTE_CHARS) return text.slice(start, end);
  const to = Math.min(end, Math.max(focusEnd ?? start, start + QUOTE_CHARS));
  const from = to - QUOTE_CHARS;
  return `${from > start ? '…' : ''}${text.slice(from, to)}${to < end ? '…' : ''}`;
}
