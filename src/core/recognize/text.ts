// Text normalisation shared by recognition and the rules. Real reports mix full-width and
// half-width forms, insert spaces (U+0020, U+00A0, U+3000) anywhere and split labels over lines.

import { MAX_LABEL_CHARS } from '../limits';

const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const QUOTES = /[“”"'‘’「」『』]/g;

/**
 * Characters NFKC leaves as they are, in any sequence: ASCII and the CJK Unified Ideographs are
 * stable alone, combine with nothing (no combining marks among them) and compose with each other
 * into nothing.
 */
function isStable(code: number): boolean {
  return code < 0x80 || (code >= 0x4e00 && code <= 0x9fff);
}

/** NFKC folds full-width digits, letters and brackets to their half-width forms. */
export function fold(s: string): string {
  // Most texts (digits, plain Chinese) are already folded: ICU's pass and copy are not needed.
  for (let i = 0; i < s.length; i++) if (!isStable(s.charCodeAt(i))) return s.normalize('NFKC');
  return s;
}

const normCache = new Map<string, string>();
/** Labels and headings are short; whole tables' text is normalised once per recognition anyway. */
const CACHED_CHARS = 4 * MAX_LABEL_CHARS;

/** For comparing labels: folded, without any white space, quotes, or the separator after a number. */
export function normLabel(s: string): string {
  // Labels repeat across rows, tables and reports; NFKC on each comparison dominated recognition.
  // Only label-sized text is kept: a cache of 20,000 hostile megabyte cells would hold gigabytes.
  if (s.length > CACHED_CHARS) return computeNormLabel(s);
  if (isNormal(s)) return s;
  const hit = normCache.get(s);
  if (hit !== undefined) return hit;
  const n = computeNormLabel(s);
  if (normCache.size > 20000) normCache.clear();
  normCache.set(s, n);
  return n;
}

/** True when normLabel leaves `s` as it is: folded already, no space, no quote ("12", "本年新收"). */
function isNormal(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isStable(c) || c <= 0x20 || c === 0x22 || c === 0x27) return false;
  }
  return true;
}

function computeNormLabel(s: string): string {
  return fold(s)
    .replace(SPACES, '')
    .replace(QUOTES, '')
    .replace(/[、．.]/g, '.')
    .replace(/[：]/g, ':');
}

/** True when some code unit is at or above U+2E80: below it, no character folds into an ideograph. */
export function holdsCJK(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x2e80) return true;
  return false;
}

export function stripSpaces(s: string): string {
  // Most texts hold no space: one scan instead of a regex replace and a copy.
  for (let i = 0; i < s.length; i++) if (isSpace(s.charCodeAt(i))) return s.replace(SPACES, '');
  return s;
}

/** The characters of SPACES: what \s matches, and U+200B. */
export function isSpace(code: number): boolean {
  // Most characters are ideographs, above every space but U+FEFF: one comparison rules them out.
  if (code > 0x3000) return code === 0xfeff;
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x200b ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f
  );
}

/**
 * Trims white space (also U+00A0, U+3000, zero-width) at both ends in one pass each way. A regex
 * such as /\s+$/ retries from every space of a long run: quadratic on "1", 10^5 spaces, "x".
 */
export function trimSpaces(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** The length of `s` without white space, counted in one pass and stopping once past `limit`. */
export function compactLength(s: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= limit; i++) if (!isSpace(s.charCodeAt(i))) n++;
  return n;
}

/** True when the two labels name the same thing: equal, or one holds the other (long labels get shortened). */
export function labelMatches(cellText: string, official: string): boolean {
  return sameLabel(normLabel(cellText), normLabel(official));
}

/** labelMatches on labels already normalised (normLabel). */
export function sameLabel(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const short = Math.min(a.length, b.length);
  if (short < 4) return false;
  return a.startsWith(b) || b.startsWith(a);
}

const FOUR_DIGITS = /[12０-９][0-9０-９]{3}/;

/** Years written as "2020年" (also full-width or with spaces): every match with its offset. */
export function findYears(text: string): { year: number; index: number; length: number }[] {
  const out: { year: number; index: number; length: number }[] = [];
  // Most paragraphs hold no four digits: a test finds that faster than the global search.
  if (!FOUR_DIGITS.test(text)) return out;
  const re = /([12０-９][0-9０-９]{3})\s*年/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const year = Number(fold(m[1] ?? ''));
    if (year >= 1990 && year <= 2100) out.push({ year, index: m.index, length: m[0].length });
  }
  return out;
}
