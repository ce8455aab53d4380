// The scanner's fast path: one pass over a part's UTF-8 bytes, in one function with every piece of
// state in local variables, that checks the markup Word and WPS write and records it as numbers
// (start tags with their attribute offsets, end tags) and decoded texts. ./scan replays them to
// the handler.
// The general scanner keeps its state in closures that TurboFan cannot keep in registers, and
// calls the handler from deep inside them; this pass is about twice as fast over a report.
//
// It takes only a plain subset of XML 1.0 and gives up (undefined), having told the handler
// nothing, at anything else: a comment, CDATA, DOCTYPE or processing instruction after the
// declaration, a carriage return in text, a non-ASCII name, a character XML does not allow, and
// every malformed construct. The
// general scanner then reads the part from the start, and reports what it reports; the
// differential tests in test/core/ooxml hold the two paths to the same events and the same errors.

import { isChar, NAME_ASCII, NAME_START_ASCII, REFERENCE } from './xml-chars';

/** A start tag: kind, name, start, end, attribute count, flags; then four offsets per attribute. */
export const TOKEN_OPEN = 1;
/** An end tag: kind, name, end. */
export const TOKEN_CLOSE = 2;
/** Text inside the root: kind, its number in `texts`. */
export const TOKEN_TEXT = 3;
/** The same, holding entity or character references (checked) to be decoded. */
export const TOKEN_TEXT_REFERENCES = 4;
/** A start tag's flags. */
export const SELF_CLOSING = 1;
export const DECLARES_NAMESPACES = 2;

/** Parts larger than this take the general scanner: tokens cost up to seven times a part's size
 * (a part of nothing but `<a/>`), and a report's document part is 0.1–2 MB. */
export const TOKENS_MAX_PART_BYTES = 4 * 1024 * 1024;
/** More distinct element names than this: the general scanner (Word uses about a hundred). */
const MAX_NAMES = 512;
const NAME_SLOTS = 1024;

export interface Tokens {
  /** The tokens, `length` numbers of `data`. Offsets of tags are in UTF-16 code units of the
   * decoded text; offsets of texts and attributes are byte offsets into the part. */
  data: Int32Array;
  length: number;
  /** Element names as written, by number. */
  names: string[];
  /** Texts as decoded (references not yet replaced), by number. */
  texts: string[];
}

// What XML 1.0 does not allow in text, once decoded (valid UTF-8 encodes no surrogate). Looked for
// in each text rather than over the whole part: text is a third of a report's bytes, and fewer
// characters still; anywhere else in markup such a byte is refused by the grammar.
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const NOT_CHARACTER = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

/** The end of the reference at `at` (just past its `;`), or -1 if it is none or refers to a
 * character XML 1.0 does not allow. */
function referenceEnd(latin1: string, at: number): number {
  REFERENCE.lastIndex = at;
  const m = REFERENCE.exec(latin1);
  if (m === null) return -1;
  if (m[1] !== undefined || m[2] !== undefined) {
    if (!isChar(m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10), false)) return -1;
  }
  return REFERENCE.lastIndex;
}

// The name tables over every byte value (0 above ASCII, which only the general scanner names),
// so that a loop over bytes makes one test per byte.
const NAME_START_BYTE = new Uint8Array(256);
NAME_START_BYTE.set(NAME_START_ASCII);
const NAME_BYTE = new Uint8Array(256);
NAME_BYTE.set(NAME_ASCII);
/** 1 for the bytes an attribute value takes as they are: ASCII characters but quotes, `&`, `<`
 * and the control characters XML does not allow; every other byte is looked at. */
const VALUE_PLAIN = new Uint8Array(256);
for (let c = 0x20; c < 0x80; c++)
  VALUE_PLAIN[c] = c === 34 || c === 38 || c === 39 || c === 60 ? 0 : 1;
VALUE_PLAIN[9] = VALUE_PLAIN[10] = VALUE_PLAIN[13] = 1;

/** Kept between parts up to this many numbers (4 MB); a larger one is dropped after use. Taken
 * while a part's tokens are replayed (a handler may scan another part meanwhile). */
const KEEP_DATA = 1 << 20;
let kept: Int32Array | null = new Int32Array(1 << 15);

/** Element names by hash slot (-1: free); every slot used is freed before tokenize returns. */
const slotName = new Int16Array(NAME_SLOTS).fill(-1);
/** One more than the name last opened after each name's start tag (2n) or end tag (2n + 1); 0:
 * none. Word writes its elements in a steady order, so the guess is tried before the hash. Every
 * entry set is cleared before tokenize returns. */
const nextName = new Int16Array(MAX_NAMES * 2);

/** Gives tokens' numbers back for the next part, once they are replayed. */
export function release(tokens: Tokens): void {
  if (tokens.data.length <= KEEP_DATA) kept = tokens.data;
}

/**
 * The tokens of the bytes `codes` (the part as a one-byte string in `latin1`) from `pos`, just
 * past the XML declaration, with `wide` code units fewer than bytes before it; undefined where
 * the general scanner must read the part. `maxDepth` as the general scanner's limit; `decode`
 * gives the text of bytes [from, to).
 */
export function tokenize(
  codes: Uint8Array,
  latin1: string,
  pos: number,
  wide: number,
  maxDepth: number,
  decode: (from: number, to: number) => string,
): Tokens | undefined {
  if (codes.length > TOKENS_MAX_PART_BYTES) return undefined;
  const data = kept ?? new Int32Array(1 << 15);
  kept = null;
  const names: string[] = [];
  const slots: number[] = [];
  const tokens = run(codes, latin1, pos, wide, maxDepth, decode, data, names, slots);
  for (const slot of slots) slotName[slot] = -1;
  nextName.fill(0, 0, names.length * 2);
  if (tokens === undefined) kept = data;
  return tokens;
}

function run(
  codes: Uint8Array,
  latin1: string,
  pos: number,
  startWide: number,
  maxDepth: number,
  decode: (from: number, to: number) => string,
  first: Int32Array,
  names: string[],
  slots: number[],
): Tokens | undefined {
  const n = codes.length;
  // Locals, not module bindings: the compiled module reads those as properties in every loop.
  const nameStartByte = NAME_START_BYTE;
  const nameByte = NAME_BYTE;
  const valuePlain = VALUE_PLAIN;
  const guesses = nextName;
  const slotOf = slotName;
  const open = TOKEN_OPEN;
  const close = TOKEN_CLOSE;
  const selfClosing = SELF_CLOSING;
  // The name last opened or closed, as an index into `guesses` (-1: none yet).
  let after = -1;
  let data = first;
  let wide = startWide;
  let len = 0;
  const texts: string[] = [];
  let nextAmp = -1;
  let nextCr = -1;
  let nextCdEnd = -1;
  const nameAt: number[] = [];
  const nameSize: number[] = [];
  const stack: number[] = [];
  let sawRoot = false;
  let p = pos;
  while (p < n) {
    // Room for the longest token but a start tag's attributes (grown for those as they come).
    if (len + 8 > data.length) data = grow(data, len + 8);
    let c = codes[p];
    if (c !== 60 /* < */) {
      let lt = latin1.indexOf('<', p);
      if (lt < 0) lt = n;
      if (stack.length === 0) {
        // Outside the root only white space.
        for (let i = p; i < lt; i++) {
          const d = codes[i];
          if (d !== 32 && d !== 10 && d !== 9 && d !== 13) return undefined;
        }
      } else {
        // Text is found and checked by indexOf, not walked: most of a report's bytes are text.
        // What it must be checked for is found ahead, each moved on only when passed.
        let kind = TOKEN_TEXT;
        if (nextAmp < p) nextAmp = found(latin1.indexOf('&', p), n);
        while (nextAmp < lt) {
          const end = referenceEnd(latin1, nextAmp);
          if (end < 0 || end > lt) return undefined;
          kind = TOKEN_TEXT_REFERENCES;
          nextAmp = found(latin1.indexOf('&', end), n);
        }
        if (nextCr < p) nextCr = found(latin1.indexOf('\r', p), n);
        if (nextCr < lt) return undefined;
        if (nextCdEnd < p) nextCdEnd = found(latin1.indexOf(']]>', p), n);
        if (nextCdEnd + 2 < lt) return undefined;
        const text = decode(p, lt);
        if (NOT_CHARACTER.test(text)) return undefined;
        wide += lt - p - text.length;
        data[len++] = kind;
        data[len++] = texts.length;
        texts.push(text);
      }
      if (lt >= n) break;
      p = lt;
    }
    c = codes[p + 1];
    if (c === 47 /* / */) {
      // `</name>` of the open element (white space may precede the `>`).
      const top = stack.pop();
      if (top === undefined) return undefined;
      const at = nameAt[top];
      const size = nameSize[top];
      for (let i = 0; i < size; i++) if (codes[p + 2 + i] !== codes[at + i]) return undefined;
      let gt = p + 2 + size;
      for (c = codes[gt]; c === 32 || c === 10 || c === 9 || c === 13; c = codes[++gt]);
      if (c !== 62) return undefined;
      after = top * 2 + 1;
      data[len++] = close;
      data[len++] = top;
      data[len++] = gt + 1 - wide;
      p = gt + 1;
      continue;
    }
    // A second root, or a start tag that may be markup of another kind.
    if (sawRoot && stack.length === 0) return undefined;
    if (nameStartByte[c] !== 1) return undefined;
    const start = p - wide;
    let q = p + 2;
    // The name: the one that followed the last tag's name last time if it is that, else by hash.
    let name = after < 0 ? -1 : guesses[after] - 1;
    if (name >= 0) {
      const at = nameAt[name];
      const size = nameSize[name];
      let i = 0;
      while (i < size && codes[at + i] === codes[p + 1 + i]) i++;
      c = codes[p + 1 + size];
      if (i === size && nameByte[c] !== 1) q = p + 1 + size;
      else name = -1;
    }
    if (name < 0) {
      c = codes[q];
      let h = codes[p + 1];
      for (; nameByte[c] === 1; c = codes[++q]) h = (Math.imul(h, 31) + c) | 0;
      const size = q - p - 1;
      let slot = h & (NAME_SLOTS - 1);
      name = slotOf[slot];
      while (name >= 0) {
        if (nameSize[name] === size) {
          const at = nameAt[name];
          let i = 0;
          while (i < size && codes[at + i] === codes[p + 1 + i]) i++;
          if (i === size) break;
        }
        slot = (slot + 1) & (NAME_SLOTS - 1);
        name = slotOf[slot];
      }
      if (name < 0) {
        if (names.length === MAX_NAMES) return undefined;
        name = names.length;
        names.push(latin1.slice(p + 1, q));
        nameAt.push(p + 1);
        nameSize.push(size);
        slotOf[slot] = name;
        slots.push(slot);
      }
      if (after >= 0) guesses[after] = name + 1;
    }
    if (c >= 128) return undefined;
    after = name * 2;
    const head = len;
    len += 6;
    let count = 0;
    let flags = 0;
    let end: number;
    for (;;) {
      const before = q;
      while (c === 32 || c === 10 || c === 9 || c === 13) c = codes[++q];
      if (c === 62) {
        end = q + 1;
        break;
      }
      if (c === 47) {
        if (codes[q + 1] !== 62) return undefined;
        end = q + 2;
        flags |= selfClosing;
        break;
      }
      // An attribute, after white space.
      if (q === before || nameStartByte[c] !== 1) return undefined;
      const nameFrom = q;
      for (c = codes[++q]; nameByte[c] === 1; c = codes[++q]);
      if (c >= 128) return undefined;
      const nameTo = q;
      while (c === 32 || c === 10 || c === 9 || c === 13) c = codes[++q];
      if (c !== 61 /* = */) return undefined;
      for (c = codes[++q]; c === 32 || c === 10 || c === 9 || c === 13; c = codes[++q]);
      if (c !== 34 && c !== 39) return undefined;
      const quote = c;
      const valueFrom = q + 1;
      let extra = 0;
      for (c = codes[++q]; c !== quote; c = codes[++q]) {
        if (valuePlain[c] === 1) continue;
        if (c >= 0x80) {
          // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are no characters.
          if (c === 0xef && codes[q + 1] === 0xbf && codes[q + 2] >= 0xbe) return undefined;
          extra += c < 0xc0 ? 1 : c >= 0xf0 ? -1 : 0;
        } else if (c === 38) {
          const end = referenceEnd(latin1, q);
          if (end < 0) return undefined;
          q = end - 1;
        } else if (c !== 34 && c !== 39) {
          // `<`, a control character, or the end of the part.
          return undefined;
        }
      }
      wide += extra;
      // Another attribute of the same name.
      const nameSize = nameTo - nameFrom;
      for (let k = head + 6; k < len; k += 4) {
        if (data[k + 1] - data[k] !== nameSize) continue;
        let i = 0;
        while (i < nameSize && codes[data[k] + i] === codes[nameFrom + i]) i++;
        if (i === nameSize) return undefined;
      }
      if (
        codes[nameFrom] === 120 /* x */ &&
        codes[nameFrom + 1] === 109 /* m */ &&
        codes[nameFrom + 2] === 108 /* l */ &&
        codes[nameFrom + 3] === 110 /* n */ &&
        codes[nameFrom + 4] === 115 /* s */
      )
        flags |= DECLARES_NAMESPACES;
      if (len + 4 + 8 > data.length) data = grow(data, len + 4 + 8);
      data[len++] = nameFrom;
      data[len++] = nameTo;
      data[len++] = valueFrom;
      data[len++] = q;
      count++;
      c = codes[++q];
    }
    if (stack.length + 1 > maxDepth) return undefined;
    data[head] = open;
    data[head + 1] = name;
    data[head + 2] = start;
    data[head + 3] = end - wide;
    data[head + 4] = count;
    data[head + 5] = flags;
    sawRoot = true;
    if ((flags & selfClosing) === 0) stack.push(name);
    p = end;
  }
  if (!sawRoot || stack.length > 0) return undefined;
  return { data, length: len, names, texts };
}

/** An indexOf result, with "none" as `n`. */
function found(at: number, n: number): number {
  return at < 0 ? n : at;
}

function grow(data: Int32Array, need: number): Int32Array {
  let size = data.length * 2;
  while (size < need) size *= 2;
  const out = new Int32Array(size);
  out.set(data);
  return out;
}
