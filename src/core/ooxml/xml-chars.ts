// What XML allows where (1.0 fifth edition; 1.1 where it differs), shared by the general scanner
// (./scan) and its fast path (./tokens), which must refuse exactly the same characters.

/** Name characters in ASCII: a start character, and any character of a name. Above ASCII the
 * general scanner tests ranges; the fast path takes ASCII names only. */
export const NAME_START_ASCII = new Uint8Array(128);
export const NAME_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const start =
    (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 58 /* : */ || c === 95; /* _ */
  NAME_START_ASCII[c] = start ? 1 : 0;
  NAME_ASCII[c] = start || (c >= 48 && c <= 57) || c === 45 || c === 46 ? 1 : 0;
}

/** Whether a character reference may refer to code point `n`. */
export function isChar(n: number, v11: boolean): boolean {
  if (n >= 0x20 && n <= 0xd7ff) return true;
  if (n >= 0xe000 && n <= 0xfffd) return true;
  if (n >= 0x10000 && n <= 0x10ffff) return true;
  if (v11) return n >= 1 && n < 0x20;
  return n === 9 || n === 10 || n === 13;
}

/** A reference at `lastIndex`: one of the five predefined entities (no DOCTYPE is honoured, so
 * there is no other) or a character reference, its digits captured (hexadecimal, decimal). */
export const REFERENCE = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|amp|lt|gt|quot|apos);/y;
