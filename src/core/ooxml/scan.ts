// A purpose-built XML scanner for the parts gouji reads (document, styles, numbering). It replaces
// a general SAX parser on the read path: it builds no attribute object per element (attributes are
// looked up, and decoded, only when a handler asks for one), interns element names instead of
// slicing one string per tag, checks text and attribute values in the one pass that finds their
// end, and finds disallowed characters with one regular expression over the whole part.
//
// It still rejects every document that is not well-formed XML 1.0 (or 1.1), as the writer splices
// the document's text and relies on well-formed input: disallowed characters, malformed names,
// unquoted or duplicate attributes, `<` in attribute values, undefined entities, `]]>` in text,
// mismatched or unclosed tags, text or a second element outside the root, misplaced declarations.
// Entities are the five predefined ones and character references; a DOCTYPE is skipped, its
// entity declarations are not honoured (an entity it declares is refused as undefined), so no
// entity expansion can blow up. Where it reports what, it reports it as the parser it replaced
// did (saxes, non-namespace mode), including the order of errors and limit errors; the
// differential test in test/core/ooxml holds it to that.
//
// It scans decoded text or, much faster, UTF-8 bytes seen as a one-byte string (./part): then
// offsets are bytes inside and are turned into UTF-16 offsets of the decoded text for the handler
// (`wide` counts the bytes beyond one code unit per character in what has been scanned), and text,
// names and attribute values are decoded from the bytes when they are reported.
import { LIMITS, LimitError } from '../limits';
import { partText, utf8Latin1, type Utf8Part, type XmlPart } from './part';
import { Names, type Attrs, type SaxHandler } from './sax';
import {
  DECLARES_NAMESPACES,
  release,
  SELF_CLOSING,
  TOKEN_CLOSE,
  TOKEN_OPEN,
  TOKEN_TEXT_REFERENCES,
  tokenize,
  type Tokens,
} from './tokens';
import { isChar, NAME_ASCII, NAME_START_ASCII, REFERENCE } from './xml-chars';

function fail(what: string): never {
  throw new Error(`XML 格式错误：${what}`);
}

// Characters XML 1.0 does not allow, and surrogates (checked for pairing where found: a plain
// character class is several times faster than a Unicode-mode one over Chinese text).
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const BAD_CHAR_10 = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/g;
// XML 1.1 also refuses the C1 controls but NEL, and takes NEL and LINE SEPARATOR as line ends.
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const BAD_CHAR_11 = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/g;

/** Offset of the first character XML does not allow (a lone surrogate included), or Infinity. */
function firstBadChar(xml: string, v11: boolean): number {
  const re = v11 ? BAD_CHAR_11 : BAD_CHAR_10;
  re.lastIndex = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const c = xml.charCodeAt(m.index);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = xml.charCodeAt(m.index + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        re.lastIndex = m.index + 2;
        continue;
      }
    }
    return m.index;
  }
  return Infinity;
}

// In valid UTF-8 no surrogate is encoded, and U+FFFE and U+FFFF are the only bytes EF BF BE and
// EF BF BF (found by indexOf: 0xEF alone leads the fullwidth punctuation of every report). Only
// XML 1.0 is scanned as bytes.
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const BAD_BYTE = /[\x00-\x08\x0B\x0C\x0E-\x1F]/;

/** firstBadChar over the bytes of valid UTF-8 (as a one-byte string), in byte offsets. */
function firstBadByte(bytes: string): number {
  let at = bytes.search(BAD_BYTE);
  if (at < 0) at = Infinity;
  for (const nonChar of ['\xef\xbf\xbe', '\xef\xbf\xbf']) {
    const i = bytes.indexOf(nonChar);
    if (i >= 0 && i < at) at = i;
  }
  return at;
}

/** A part's code units (text) or bytes, read by index: several times faster in V8 than
 * String.prototype.charCodeAt. Past the end, a read gives undefined, which compares as NaN did. */
type Codes = Uint8Array | Uint16Array;

/** The code units of a text. */
function codeUnits(xml: string): Uint16Array {
  const codes = new Uint16Array(xml.length);
  for (let i = 0; i < xml.length; i++) codes[i] = xml.charCodeAt(i);
  return codes;
}

/** Code units beyond one per character in bytes [from, to) of UTF-8: each continuation byte,
 * less one per four-byte character (two UTF-16 units). */
function extraBytes(codes: Codes, from: number, to: number): number {
  let extra = 0;
  for (let i = from; i < to; i++) {
    const c = codes[i];
    if (c >= 0x80) extra += c < 0xc0 ? 1 : c >= 0xf0 ? -1 : 0;
  }
  return extra;
}

const XML_DECL =
  /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"(1\.[0-9]+)"|'(1\.[0-9]+)')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>/y;

const ENTITY_ANY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const NL_10 = /\r\n?/g;
const NL_11 = /\r\n|\r\u0085|[\r\u0085\u2028]/g;
const ATTR_WS_10 = /\r\n|[\r\n\t]/g;
const ATTR_WS_11 = /\r\n|\r\u0085|[\r\n\t\u0085\u2028]/g;

function decodeEntities(s: string): string {
  return s.replace(ENTITY_ANY, (_m, hex?: string, dec?: string, name?: string) => {
    if (name !== undefined) return PREDEFINED[name];
    return String.fromCodePoint(hex !== undefined ? parseInt(hex, 16) : parseInt(dec ?? '', 10));
  });
}

// Name characters above ASCII (XML 1.0 fifth edition); ASCII ones by table (./xml-chars).
function nameStartWide(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    (c >= 0x200c && c <= 0x200d) ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
}

function nameWide(c: number): boolean {
  return (
    nameStartWide(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || (c >= 0x203f && c <= 0x2040)
  );
}

/** Width in code units of the name character at `i` (0 if none); astral U+10000–U+EFFFF count. */
function nameCharAt(codes: Codes, i: number, start: boolean): number {
  const c = codes[i];
  if (c < 128) return (start ? NAME_START_ASCII[c] : NAME_ASCII[c]) === 1 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdb7f) {
    const d = codes[i + 1];
    return d >= 0xdc00 && d <= 0xdfff ? 2 : 0;
  }
  return (start ? nameStartWide(c) : nameWide(c)) ? 1 : 0;
}

/** End of the name starting at `i` in text (i itself when there is none). */
function textNameEnd(codes: Codes, i: number, requireStart: boolean): number {
  let w = nameCharAt(codes, i, requireStart);
  if (w === 0) return i;
  let at = i + w;
  for (;;) {
    const c = codes[at];
    if (c < 128) {
      if (NAME_ASCII[c] !== 1) return at;
      at++;
      continue;
    }
    w = nameCharAt(codes, at, false);
    if (w === 0) return at;
    at += w;
  }
}

/** Width in bytes of the name character whose UTF-8 starts at `i` (0 if none). */
function nameByteAt(codes: Codes, i: number, start: boolean): number {
  const c = codes[i];
  if (c < 128) return (start ? NAME_START_ASCII[c] : NAME_ASCII[c]) === 1 ? 1 : 0;
  const c1 = codes[i + 1] & 0x3f;
  if (c >= 0xf0) {
    // U+10000–U+EFFFF (as the string path takes a high surrogate up to U+DB7F).
    const cp = ((c & 7) << 18) | (c1 << 12);
    return cp <= 0xeffff ? 4 : 0;
  }
  let cp: number;
  let w: number;
  if (c >= 0xe0) {
    cp = ((c & 0xf) << 12) | (c1 << 6) | (codes[i + 2] & 0x3f);
    w = 3;
  } else if (c >= 0xc0) {
    cp = ((c & 0x1f) << 6) | c1;
    w = 2;
  } else return 0;
  return (start ? nameStartWide(cp) : nameWide(cp)) ? w : 0;
}

/** Interned element names, so that an element costs no new string. Bounded: a hostile part with
 * millions of distinct names falls back to slicing. */
const INTERN_SLOTS = 512;

/** Whether codes[from, to) are `s` (a loop: names are short). */
function sameAt(codes: Codes, from: number, to: number, s: string): boolean {
  if (s.length !== to - from) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== codes[from + i]) return false;
  return true;
}

/** Whether codes hold the ASCII string `s` at `from` (over bytes, a decoded non-ASCII name could
 * equal other bytes seen one by one). */
function sameAsciiAt(codes: Codes, from: number, s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c !== codes[from + i]) return false;
  }
  return true;
}

class Interner {
  private slots: (string | undefined)[] = new Array<string | undefined>(INTERN_SLOTS);
  /** Where each slot's name was seen: names are compared byte to byte, no string is read. */
  private at = new Int32Array(INTERN_SLOTS);
  /** The handler's code for each slot's name (asked once per name, not per element). */
  readonly codes = new Int32Array(INTERN_SLOTS);
  /** The slot of the name get() last returned. */
  slot = 0;

  constructor(private readonly codeOf: ((name: string) => number) | undefined) {}

  /** The name xml[from, to), whose hash elementNameEnd computed as it found its end. */
  get(xml: string, codes: Codes, from: number, to: number, h: number): string {
    const slot = h & (INTERN_SLOTS - 1);
    this.slot = slot;
    const known = this.slots[slot];
    if (known !== undefined && known.length === to - from) {
      if (sameCodes(codes, from, this.at[slot], to - from)) return known;
    }
    const name = xml.slice(from, to);
    this.slots[slot] = name;
    this.at[slot] = from;
    if (this.codeOf) this.codes[slot] = this.codeOf(name);
    return name;
  }
}

/** Whether codes[a, a + len) equal codes[b, b + len). */
function sameCodes(codes: Codes, a: number, b: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (codes[a + i] !== codes[b + i]) return false;
  return true;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Short ranges (numbers, ids, sizes, a run's few words) are decoded here: a call into the host's
 * UTF-8 decoder costs several times more than decoding a few characters. */
const SHORT_RANGE = 64;

/** The text of bytes [from, to) of a part. */
function decode(bytes: Utf8Part, from: number, to: number): string {
  if (to - from > SHORT_RANGE) return bytes.utf8(from, to);
  const codes = bytes.bytes;
  let i = from;
  while (i < to && codes[i] < 0x80) i++;
  let text = bytes.latin1.slice(from, i);
  // The rest is valid UTF-8, as the host checked: no overlong forms, surrogates or stray bytes.
  while (i < to) {
    const c = codes[i];
    if (c < 0x80) {
      text += String.fromCharCode(c);
      i++;
    } else if (c < 0xe0) {
      text += String.fromCharCode(((c & 0x1f) << 6) | (codes[i + 1] & 0x3f));
      i += 2;
    } else if (c < 0xf0) {
      text += String.fromCharCode(
        ((c & 0xf) << 12) | ((codes[i + 1] & 0x3f) << 6) | (codes[i + 2] & 0x3f),
      );
      i += 3;
    } else {
      const cp =
        ((c & 7) << 18) |
        ((codes[i + 1] & 0x3f) << 12) |
        ((codes[i + 2] & 0x3f) << 6) |
        (codes[i + 3] & 0x3f);
      text += String.fromCharCode(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + (cp & 0x3ff));
      i += 4;
    }
  }
  return text;
}

/** One start tag's attributes, as offsets into the text (or bytes); decoded on demand. */
class TagAttrs implements Attrs {
  count = 0;
  /** name start, name end, value start, value end — four per attribute */
  at: number[] = [];
  v11 = false;

  constructor(
    private readonly xml: string,
    private readonly codes: Codes,
    private readonly bytes: Utf8Part | undefined,
  ) {}

  get(name: string): string | undefined {
    const { at, codes } = this;
    // Over bytes, a name is compared in its UTF-8 form (names asked for are ASCII in practice).
    const key = this.bytes === undefined || isAscii(name) ? name : utf8Latin1(name);
    for (let k = 0; k < this.count * 4; k += 4) {
      if (sameAt(codes, at[k], at[k + 1], key)) {
        return this.value(k);
      }
    }
    return undefined;
  }

  private slice(from: number, to: number): string {
    return this.bytes === undefined ? this.xml.slice(from, to) : decode(this.bytes, from, to);
  }

  value(k: number): string {
    const raw = this.slice(this.at[k + 2], this.at[k + 3]);
    const out = /[\t\n\r\u0085\u2028]/.test(raw)
      ? raw.replace(this.v11 ? ATTR_WS_11 : ATTR_WS_10, ' ')
      : raw;
    return out.indexOf('&') < 0 ? out : decodeEntities(out);
  }

  name(k: number): string {
    return this.slice(this.at[k], this.at[k + 1]);
  }

  /** The name as scanned (bytes or text): equal names, equal raw names. */
  rawName(k: number): string {
    return this.xml.slice(this.at[k], this.at[k + 1]);
  }

  sameName(a: number, b: number): boolean {
    const { at, codes } = this;
    const len = at[a + 1] - at[a];
    if (at[b + 1] - at[b] !== len) return false;
    for (let i = 0; i < len; i++) {
      if (codes[at[a] + i] !== codes[at[b] + i]) return false;
    }
    return true;
  }
}

/**
 * Scans a part in one pass, calling the handler as a SAX parser would. Throws an Error on
 * malformed XML and a LimitError past the nesting and namespace limits. The handler gets canonical
 * names and offsets into the part's decoded text; `attrs` is valid only during its `open` call.
 */
export function scan(part: XmlPart, handler: SaxHandler, names: Names = new Names()): void {
  const bytes = typeof part === 'string' ? undefined : part;
  const xml = typeof part === 'string' ? part : part.latin1;
  const codes: Codes = bytes === undefined ? codeUnits(xml) : bytes.bytes;
  const n = xml.length;
  /** Over bytes: code units of the decoded text fewer than bytes scanned so far. */
  let wide = 0;
  let pos = 0;
  if (bytes === undefined) {
    if (codes[0] === 0xfeff) pos = 1;
  } else if (codes[0] === 0xef && codes[1] === 0xbb && codes[2] === 0xbf) {
    pos = 3;
    wide = 2;
  }
  let v11 = false;
  if (xml.startsWith('<?xml', pos) && isDeclEnd(codes[pos + 5])) {
    XML_DECL.lastIndex = pos;
    const m = XML_DECL.exec(xml);
    if (!m) fail('XML 声明不正确');
    v11 = (m[1] ?? m[2]) !== '1.0';
    // XML 1.1 (its line ends and white space are not ASCII) is scanned as text.
    if (v11 && bytes !== undefined) return scan(partText(bytes), handler, names);
    pos = XML_DECL.lastIndex;
  }
  // The plain markup Word writes, over bytes: tokenized by the fast path, then told to the handler.
  if (bytes !== undefined) {
    const tokens = tokenize(bytes.bytes, xml, pos, wide, LIMITS.xmlMaxDepth, (from, to) =>
      decode(bytes, from, to),
    );
    if (tokens !== undefined) {
      try {
        replay(tokens, bytes, handler, names);
      } finally {
        release(tokens);
      }
      return;
    }
  }
  // A disallowed character fails the construct that holds it, when the scan gets there: what
  // comes before it is reported first, as a streaming parser would.
  const badAt = bytes === undefined ? firstBadChar(xml, v11) : firstBadByte(xml);
  const isS = (c: number): boolean =>
    c === 32 || (c <= 13 ? c === 10 || c === 9 || c === 13 : v11 && (c === 0x85 || c === 0x2028));
  const slice = (from: number, to: number): string =>
    bytes === undefined ? xml.slice(from, to) : decode(bytes, from, to);

  // Read once: a property of an imported module's object costs a load per start tag.
  const maxDepth = LIMITS.xmlMaxDepth;
  const attrs = new TagAttrs(xml, codes, bytes);
  attrs.v11 = v11;
  const codeOf = handler.codeOf?.bind(handler);
  const interner = new Interner(codeOf);
  const stack: string[] = [];
  const decls: string[] = [];
  let declCount = 0;
  let depth = 0;
  let sawRoot = false;
  let closedRoot = false;
  let doctype = false;
  const onText = handler.text?.bind(handler);

  /** End of a name whose first non-ASCII character is at `i` (i itself when it is not one). */
  const wideNameEnd = (i: number, requireStart: boolean): number => {
    if (bytes === undefined) return textNameEnd(codes, i, requireStart);
    let at = i;
    for (let w = nameByteAt(codes, at, requireStart); w > 0; w = nameByteAt(codes, at, false)) {
      wide += w === 4 ? 2 : w - 1;
      at += w;
    }
    return at;
  };

  /** Hash of the element name elementNameEnd last found (for the interner), if it was ASCII. */
  let nameHash = 0;
  let nameAscii = true;
  /** nameEnd for element names, hashing an ASCII name as it goes. */
  const elementNameEnd = (i: number): number => {
    let at = i;
    let c = codes[at];
    if (c < 128) {
      if (NAME_START_ASCII[c] !== 1) return i;
      let h = c;
      for (c = codes[++at]; c < 128; c = codes[++at]) {
        if (NAME_ASCII[c] !== 1) {
          nameHash = h;
          nameAscii = true;
          return at;
        }
        h = (Math.imul(h, 31) + c) | 0;
      }
    }
    nameAscii = false;
    return wideNameEnd(at, at === i);
  };

  /** End of the name starting at `i` (i itself when there is none); ASCII names stay inline. */
  const nameEnd = (i: number, requireStart: boolean): number => {
    let at = i;
    let c = codes[at];
    if (c < 128) {
      if ((requireStart ? NAME_START_ASCII : NAME_ASCII)[c] !== 1) return i;
      for (c = codes[++at]; c < 128; c = codes[++at]) {
        if (NAME_ASCII[c] !== 1) return at;
      }
    }
    return wideNameEnd(at, at === i && requireStart);
  };

  /** Checks the entity references in [from, to), which holds at least one `&`. */
  const checkEntities = (from: number, to: number): void => {
    for (let a = xml.indexOf('&', from); a >= 0 && a < to; a = xml.indexOf('&', a + 1)) {
      REFERENCE.lastIndex = a;
      const m = REFERENCE.exec(xml);
      if (!m || REFERENCE.lastIndex > to) fail('实体引用不正确');
      if (m[1] !== undefined || m[2] !== undefined) {
        const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10);
        if (!isChar(code, v11)) fail('字符引用不正确');
      }
    }
  };

  /** Offset of the next `s` at or after `from`, else n. */
  const next = (s: string, from: number): number => {
    const i = xml.indexOf(s, from);
    return i < 0 ? n : i;
  };
  // Where the next `&`, CR and `]]>` are: text is found by indexOf (most of a report's bytes are
  // text), and what it must be checked for by these, each moved on only when passed.
  let nextAmp = -1;
  let nextCr = -1;
  let nextCdEnd = -1;

  /** Checks and reports the text from `from` to the next `<` (or the end); returns where it ends. */
  const text = (from: number): number => {
    const to = next('<', from);
    if (nextCdEnd < from) nextCdEnd = next(']]>', from);
    if (nextCdEnd + 2 < to && stack.length > 0) {
      if (nextCdEnd + 2 > badAt) fail('含有不允许的字符');
      fail('文字中含有“]]>”');
    }
    if (to > badAt) fail('含有不允许的字符');
    if (nextAmp < from) nextAmp = next('&', from);
    const amp = nextAmp < to;
    if (amp) checkEntities(from, to);
    if (stack.length === 0) {
      for (let i = from; i < to; i++) if (!isS(codes[i])) fail('根元素之外有文字');
      return to;
    }
    if (!onText) {
      if (bytes !== undefined) wide += extraBytes(codes, from, to);
      return to;
    }
    let t = slice(from, to);
    // Over bytes, the decoded text says how many code units its bytes are.
    if (bytes !== undefined) wide += to - from - t.length;
    if (nextCr < from) nextCr = next('\r', from);
    if (v11) t = t.replace(NL_11, '\n');
    else if (nextCr < to) t = t.replace(NL_10, '\n');
    onText(amp ? decodeEntities(t) : t);
    return to;
  };

  const skipS = (from: number): number => {
    let c = codes[from];
    // Most calls (after a name, around `=`) find no white space.
    if (c > 32 && !v11) return from;
    let i = from;
    for (; c === 32 || (c <= 13 ? c === 10 || c === 9 || c === 13 : v11 && isS(c));) {
      c = codes[++i];
    }
    return i;
  };

  const openTag = (lt: number): number => {
    const start = lt - wide;
    const ne = elementNameEnd(lt + 1);
    if (ne === lt + 1) fail('标签名不正确');
    // A name with a non-ASCII character is not interned (and over bytes, is decoded).
    const raw = nameAscii ? interner.get(xml, codes, lt + 1, ne, nameHash) : slice(lt + 1, ne);
    let q = ne;
    let selfClose = false;
    let end = -1;
    attrs.count = 0;
    declCount = 0;
    for (;;) {
      const before = q;
      // White space is tested here before any call: TurboFan does not inline the scanner's
      // helpers into this function (too large), and most places hold none.
      let c = codes[q];
      if (c <= 32 || v11) {
        q = skipS(q);
        c = codes[q];
      }
      if (c === 62 /* > */) {
        end = q + 1;
        break;
      }
      if (c === 47 /* / */) {
        if (codes[q + 1] !== 62) fail('标签中的“/”后不是“>”');
        end = q + 2;
        selfClose = true;
        break;
      }
      if (q === before) fail(q >= n ? '文档意外结束' : '标签中缺少空白或含有不允许的字符');
      // An ASCII attribute name is found here; anything else by nameEnd.
      let an = q;
      if (c < 128 && NAME_START_ASCII[c] === 1) {
        for (c = codes[++an]; c < 128 && NAME_ASCII[c] === 1; c = codes[++an]);
        if (c >= 128) an = nameEnd(q, true);
      } else an = nameEnd(q, true);
      if (an === q) fail('属性名不正确');
      let v = codes[an] === 61 ? an : skipS(an);
      if (codes[v] !== 61 /* = */) fail('属性没有值');
      v++;
      let quote = codes[v];
      if (quote !== 34 && quote !== 39) {
        v = skipS(v);
        quote = codes[v];
      }
      if (quote !== 34 && quote !== 39) fail('属性值没有引号');
      let ve = v + 1;
      let amp = false;
      let extra = 0;
      for (; ; ve++) {
        const d = codes[ve];
        if (d === quote) break;
        if (d >= 0x80) extra += d < 0xc0 ? 1 : d >= 0xf0 ? -1 : 0;
        else if (d === 60) fail('属性值中含有“<”');
        else if (d === 38) amp = true;
        else if (ve >= n) fail('文档意外结束');
      }
      if (bytes !== undefined) wide += extra;
      if (amp) checkEntities(v + 1, ve);
      const k = attrs.count * 4;
      const at = attrs.at;
      at[k] = q;
      at[k + 1] = an;
      at[k + 2] = v + 1;
      at[k + 3] = ve;
      attrs.count++;
      if (codes[q] === 120 /* x */ && xml.startsWith('xmlns', q)) {
        decls[declCount++] = attrs.name(k);
        decls[declCount++] = attrs.value(k);
      }
      q = ve + 1;
    }
    if (end > badAt) fail('含有不允许的字符');
    checkDuplicates();
    if (closedRoot) fail('文档只能有一个根元素');
    sawRoot = true;
    if (declCount > 0 && declarationsCount(raw, depth)) {
      decls.length = declCount;
      names.enter(decls, depth);
    }
    depth++;
    if (depth > maxDepth) {
      throw new LimitError('structure', `XML 元素嵌套超过 ${LIMITS.xmlMaxDepth} 层。`);
    }
    const name = names.name(raw);
    // The remembered code is the raw name's: good while the name is its own canonical name.
    let code: number | undefined;
    if (codeOf !== undefined) {
      code = nameAscii && name === raw ? interner.codes[interner.slot] : codeOf(name);
    }
    handler.open(name, attrs, end - wide, start, code);
    if (selfClose) {
      depth--;
      handler.close(name, end - wide);
      names.leave(depth);
      if (stack.length === 0) closedRoot = true;
    } else stack.push(raw);
    return end;
  };

  const checkDuplicates = (): void => {
    const count = attrs.count;
    if (count < 2) return;
    if (count <= 16) {
      for (let a = 0; a < count; a++) {
        for (let b = a + 1; b < count; b++) {
          if (attrs.sameName(a * 4, b * 4)) fail('属性重复');
        }
      }
      return;
    }
    const seen = new Set<string>();
    for (let k = 0; k < count * 4; k += 4) {
      const name = attrs.rawName(k);
      if (seen.has(name)) fail('属性重复');
      seen.add(name);
    }
  };

  const closeTag = (lt: number): number => {
    // Almost every end tag is `</name>` of the open element: one comparison, no name scan.
    const top = stack[stack.length - 1];
    if (top !== undefined) {
      const gt = lt + 2 + top.length;
      if (codes[gt] === 62 && sameAsciiAt(codes, lt + 2, top) && gt < badAt) {
        stack.pop();
        depth--;
        handler.close(names.name(top), gt + 1 - wide);
        names.leave(depth);
        if (stack.length === 0) closedRoot = true;
        return gt + 1;
      }
    }
    return closeTagSlow(lt);
  };

  const closeTagSlow = (lt: number): number => {
    const wideBefore = wide;
    const ne = nameEnd(lt + 2, false);
    if (ne === lt + 2) fail('结束标签不正确');
    const q = skipS(ne);
    if (codes[q] !== 62) fail(q >= n ? '文档意外结束' : '结束标签不正确');
    const end = q + 1;
    if (end > badAt) fail('含有不允许的字符');
    const top = stack.pop();
    if (top === undefined) fail('结束标签没有对应的开始标签');
    depth--;
    handler.close(names.name(top), end - wide);
    names.leave(depth);
    const same = wide === wideBefore ? sameAt(codes, lt + 2, ne, top) : slice(lt + 2, ne) === top;
    if (!same) fail('结束标签与开始标签不符');
    if (stack.length === 0) closedRoot = true;
    return end;
  };

  const pi = (lt: number): number => {
    const te = nameEnd(lt + 2, true);
    if (te === lt + 2) fail('处理指令没有目标');
    const c = codes[te];
    if (c !== 63 /* ? */ && !isS(c)) fail(te >= n ? '文档意外结束' : '处理指令名不正确');
    if (te - lt - 2 === 3 && xml.slice(lt + 2, te).toLowerCase() === 'xml') {
      fail('XML 声明只能在文档开头');
    }
    const close = xml.indexOf('?>', te);
    if (close < 0) fail('文档意外结束');
    if (bytes !== undefined) wide += extraBytes(codes, te, close);
    return close + 2;
  };

  const comment = (from: number): number => {
    const d = xml.indexOf('--', from);
    if (d < 0) fail('文档意外结束');
    if (codes[d + 2] !== 62) fail(d + 2 >= n ? '文档意外结束' : '注释中含有“--”');
    return d + 3;
  };

  const quoted = (at: number): number => {
    const e = xml.indexOf(xml[at], at + 1);
    if (e < 0) fail('文档意外结束');
    return e + 1;
  };

  /** Skips a DOCTYPE (and its internal subset) starting after `<!DOCTYPE`. */
  const doctypeEnd = (from: number): number => {
    let p = from;
    let inSubset = false;
    for (;;) {
      if (p >= n) fail('文档意外结束');
      const c = codes[p];
      if (c === 34 || c === 39) {
        p = quoted(p);
      } else if (!inSubset) {
        p++;
        if (c === 62) return p;
        if (c === 91 /* [ */) inSubset = true;
      } else if (c === 93 /* ] */) {
        p++;
        inSubset = false;
      } else if (c === 60 /* < */) {
        // Markup declarations: comments and processing instructions may hold quotes and brackets.
        const c1 = codes[p + 1];
        if (c1 === 33 /* ! */) {
          if (codes[p + 2] === 45 && codes[p + 3] === 45) p = comment(p + 4);
          else if (codes[p + 2] === 45) p += 4;
          else p += 3;
        } else if (c1 === 63 /* ? */) {
          const qm = xml.indexOf('?', p + 2);
          const gt = qm < 0 ? -1 : xml.indexOf('>', qm + 1);
          if (gt < 0) fail('文档意外结束');
          p = gt + 1;
        } else p += 2;
      } else p++;
    }
  };

  /** Comments, CDATA sections and DOCTYPEs: skipped (their bytes counted in `wide` after). */
  const bang = (lt: number): number => {
    if (xml.startsWith('<!--', lt)) return comment(lt + 4);
    if (xml.startsWith('<![CDATA[', lt)) {
      if (stack.length === 0) fail('根元素之外有文字');
      const e = xml.indexOf(']]>', lt + 9);
      if (e < 0) fail('文档意外结束');
      return e + 3;
    }
    if (xml.startsWith('<!DOCTYPE', lt)) {
      if (doctype || sawRoot) fail('DOCTYPE 位置不正确');
      doctype = true;
      return doctypeEnd(lt + 9);
    }
    return fail('语法不正确');
  };

  while (pos < n) {
    const lt = codes[pos] === 60 ? pos : text(pos);
    if (lt >= n) break;
    const c = codes[lt + 1];
    let end: number;
    if (c === 47 /* / */) end = closeTag(lt);
    else if (c === 33 /* ! */) {
      end = bang(lt);
      if (bytes !== undefined) wide += extraBytes(codes, lt, end);
    } else if (c === 63 /* ? */) end = pi(lt);
    else end = openTag(lt);
    if (end > badAt) fail('含有不允许的字符');
    pos = end;
  }
  if (!sawRoot) fail('没有根元素');
  if (stack.length > 0) fail(`元素 ${stack[stack.length - 1]} 没有结束`);
}

/** Whether a start tag's namespace declarations are entered: Word declares every namespace on the
 * root, and declarations on the many deep w: elements are not looked at (the model depends on it). */
function declarationsCount(raw: string, depth: number): boolean {
  return depth < 3 || raw.charCodeAt(0) !== 119 /* w */ || raw.charCodeAt(1) !== 58; /* : */
}

/** Tells the handler what ./tokens found, as the general scanner would have told it. */
function replay(tokens: Tokens, bytes: Utf8Part, handler: SaxHandler, names: Names): void {
  const { data, length, names: raws, texts } = tokens;
  const codes = bytes.bytes;
  const attrs = new TagAttrs(bytes.latin1, codes, bytes);
  const at = attrs.at;
  const codeOf = handler.codeOf?.bind(handler);
  const onText = handler.text?.bind(handler);
  /** The handler's code for each name as written, asked once per name. */
  const rawCodes = new Array<number | undefined>(raws.length);
  const ignores = handler.ignoresEmpty?.bind(handler);
  /** Per name as written: 1 where the handler ignores it empty, 2 where not, 0 not yet asked. */
  const quiet = new Uint8Array(raws.length);
  const decls: string[] = [];
  let depth = 0;
  for (let i = 0; i < length;) {
    const kind = data[i];
    if (kind === TOKEN_OPEN) {
      const index = data[i + 1];
      const raw = raws[index];
      const end = data[i + 3];
      const count = data[i + 4];
      const flags = data[i + 5];
      const from = i + 6;
      // About a third of a report's elements are empty ones the reader ignores (w:jc, w:sz, …).
      if (flags === SELF_CLOSING && codeOf !== undefined && ignores !== undefined) {
        if (quiet[index] === 0) quiet[index] = ignores((rawCodes[index] ??= codeOf(raw))) ? 1 : 2;
        if (quiet[index] === 1 && names.name(raw) === raw) {
          i = from + count * 4;
          continue;
        }
      }
      for (let k = 0; k < count * 4; k++) at[k] = data[from + k];
      attrs.count = count;
      if ((flags & DECLARES_NAMESPACES) !== 0) {
        let d = 0;
        for (let k = 0; k < count * 4; k += 4) {
          if (codes[at[k]] === 120 /* x */ && bytes.latin1.startsWith('xmlns', at[k])) {
            decls[d++] = attrs.name(k);
            decls[d++] = attrs.value(k);
          }
        }
        if (declarationsCount(raw, depth)) {
          decls.length = d;
          names.enter(decls, depth);
        }
      }
      depth++;
      const name = names.name(raw);
      let code: number | undefined;
      if (codeOf !== undefined) {
        code = name === raw ? (rawCodes[index] ??= codeOf(raw)) : codeOf(name);
      }
      handler.open(name, attrs, end, data[i + 2], code);
      if ((flags & SELF_CLOSING) !== 0) {
        depth--;
        handler.close(name, end);
        names.leave(depth);
      }
      i = from + count * 4;
    } else if (kind === TOKEN_CLOSE) {
      depth--;
      handler.close(names.name(raws[data[i + 1]]), data[i + 2]);
      names.leave(depth);
      i += 3;
    } else {
      if (onText !== undefined) {
        const text = texts[data[i + 1]];
        onText(kind === TOKEN_TEXT_REFERENCES ? decodeEntities(text) : text);
      }
      i += 2;
    }
  }
}

function isDeclEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 63;
}
