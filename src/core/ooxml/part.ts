// An XML part as the readers take it: decoded text, or valid UTF-8 bytes seen as a one-byte string.
// Markup is ASCII and a report's text is a few KB of a 100 KB part, so scanning the bytes and
// decoding only the text and the attribute values asked for is far cheaper than decoding it all
// (a run's non-ASCII font names push a whole-part UTF-8 decode off V8's fast path).

/** Bytes known to be valid UTF-8 (no surrogates, no overlong forms), as the host checked them. */
export interface Utf8Part {
  /** The bytes as a one-byte string: character i is byte i (latin1). */
  readonly latin1: string;
  /** The bytes themselves (scanned by index: faster than reading the string). */
  readonly bytes: Uint8Array;
  /** The text of bytes [from, to), both on character boundaries. */
  utf8(from: number, to: number): string;
}

export type XmlPart = string | Utf8Part;

/** The whole text of a part, as the string path would have it (a byte order mark kept as U+FEFF). */
export function partText(part: XmlPart): string {
  return typeof part === 'string' ? part : part.utf8(0, part.latin1.length);
}

/** Bytes of a JavaScript string in UTF-8, as a one-byte string (for comparing with a Utf8Part). */
export function utf8Latin1(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out += ch;
    else if (c < 0x800) out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) {
      out += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    } else {
      out += String.fromCharCode(
        0xf0 | (c >> 18),
        0x80 | ((c >> 12) & 0x3f),
        0x80 | ((c >> 6) & 0x3f),
        0x80 | (c & 0x3f),
      );
    }
  }
  return out;
}
