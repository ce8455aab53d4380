// The bytes of an XML part as text. Word writes UTF-8, but UTF-16 parts (with a byte order mark,
// as XML requires) open in Word and LibreOffice, so they are read too. The declaration of a
// UTF-16 part is rewritten to say UTF-8: the text is saved back as UTF-8.
// No TextDecoder needed (jsdom lacks it): fflate decodes UTF-8 with it or without it.
import { strFromU8 } from 'fflate';

const UTF16_DECLARATION = /^(<\?xml[^>]*?encoding\s*=\s*["'])utf-16(?:le|be)?(["'])/i;

/** UTF-8, a byte order mark kept as U+FEFF (as JSZip keeps it: the writer compares texts). */
export function utf8Text(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return '\ufeff' + strFromU8(bytes.subarray(3));
  }
  return strFromU8(bytes);
}

function utf16Text(bytes: Uint8Array, littleEndian: boolean, from: number): string {
  const STEP = 8192;
  let out = '';
  const units = new Uint16Array(STEP);
  for (let at = from; at + 1 < bytes.length;) {
    let n = 0;
    for (; n < STEP && at + 1 < bytes.length; n++, at += 2) {
      units[n] = littleEndian ? bytes[at] | (bytes[at + 1] << 8) : (bytes[at] << 8) | bytes[at + 1];
    }
    out += String.fromCharCode(...units.subarray(0, n));
  }
  return out;
}

export function decodeXml(bytes: Uint8Array): string {
  const [b0, b1, b2, b3] = bytes;
  let text: string;
  if (b0 === 0xff && b1 === 0xfe) text = utf16Text(bytes, true, 2);
  else if (b0 === 0xfe && b1 === 0xff) text = utf16Text(bytes, false, 2);
  else if (b0 === 0x3c && b1 === 0 && b2 === 0x3f && b3 === 0) text = utf16Text(bytes, true, 0);
  else if (b0 === 0 && b1 === 0x3c && b2 === 0 && b3 === 0x3f) text = utf16Text(bytes, false, 0);
  else return utf8Text(bytes);
  return text.replace(UTF16_DECLARATION, '$1UTF-8$2');
}
