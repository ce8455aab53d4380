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

// The sentence and clause loops visit every character of the prose: their tests compare
// character codes (no Set lookup, no one-character string per test).

/** What /\s/ matches, by code: the paragraph's offsets stay those of its UTF-16 units. */
function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** 。！？；!?; and a line break. */
function endsSentence(c: number): boolean {
  return (
    c === 0x3002 ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 0xff1b ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x3b ||
    c === 0x0a
  );
}

/** ，,、；;：: */
function endsClause(c: number): boolean {
  return (
    c === 0xff0c ||
    c === 0x2c ||
    c === 0x3001 ||
    c === 0xff1b ||
    c === 0x3b ||
    c === 0xff1a ||
    c === 0x3a
  );
}

const TITLE_OPEN = '《'.charCodeAt(0);
const TITLE_CLOSE = '》'.charCodeAt(0);

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
    if (i === text.length || (title === 0 && endsSentence(c))) {
      let from = start;
      let to = i;
      while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
      while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--;
      if (from < to) out.push({ text: text.slice(from, to), start: from, end: to });
      start = i + 1;
    }
  }
  return out;
}

/** An ASCII digit, or a full-width one (foldWidth folds it to ASCII). */
function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** True when the character at i is a separator that only groups digits ("1,234", "9:00"). */
function insideNumber(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x2c && c !== 0x3a) return false;
  if (i === 0 || !isDigit(text.charCodeAt(i - 1))) return false;
  // charCodeAt past the end is NaN: not a digit, as the end of the text is not one.
  const digits2 = isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2));
  if (c === 0x3a) return digits2;
  return digits2 && isDigit(text.charCodeAt(i + 3)) && !isDigit(text.charCodeAt(i + 4));
}

/** What each clause of `clauseBounds` takes: its start, end, sentence and separator before it. */
export const CLAUSE_FIELDS = 4;

/**
 * splitClauses' clauses as numbers, CLAUSE_FIELDS per clause: start, end, the sentence's index,
 * and the code of the separator before it (0 for none). The quantity reading reads them all and
 * makes a Clause only for the few that hold a count it reads.
 */
export function clauseBounds(text: string, sentences: readonly Span[]): number[] {
  const out: number[] = [];
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index];
    let start = sentence.start;
    let before = 0;
    let title = 0;
    for (let i = sentence.start; i <= sentence.end; i++) {
      const c = text.charCodeAt(i);
      if (i < sentence.end) {
        if (c === TITLE_OPEN) title++;
        else if (c === TITLE_CLOSE && title > 0) title--;
      }
      if (i === sentence.end || (title === 0 && endsClause(c) && !insideNumber(text, i))) {
        let from = start;
        let to = i;
        while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
        while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--;
        if (from < to) out.push(from, to, index, before);
        before = i < sentence.end ? c : 0;
        start = i + 1;
      }
    }
  }
  return out;
}

/** The clause at `index` of `clauseBounds(text, …)`. */
export function clauseAt(text: string, bounds: readonly number[], index: number): Clause {
  const at = index * CLAUSE_FIELDS;
  const start = bounds[at];
  const end = bounds[at + 1];
  const before = bounds[at + 3];
  return {
    text: text.slice(start, end),
    start,
    end,
    sentence: bounds[at + 2],
    before: before === 0 ? '' : String.fromCharCode(before),
  };
}

/** Clauses end where sentences do and at ，,、：: (but not inside 《》 nor inside "1,234"). */
export function splitClauses(text: string, sentences: Span[] = splitSentences(text)): Clause[] {
  const bounds = clauseBounds(text, sentences);
  const out: Clause[] = [];
  for (let i = 0; i < bounds.length / CLAUSE_FIELDS; i++) out.push(clauseAt(text, bounds, i));
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
