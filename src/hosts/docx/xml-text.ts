// The bytes of an XML part as text. Word writes UTF-8, but UTF-16 parts (with a byte order mark,
// as XML requires) open in Word and LibreOffice, so they are read too. The declaration of a
// UTF-16 part is rewritten to say UTF-8: the text is saved back as UTF-8.
// No TextDecoder needed (jsdom lacks it): fflate decodes UTF-8 with it or without it.
import { strFromU8 } from 'fflate';
import type { XmlPart } from '../../core/ooxml/part';
import { nodeBuiltin } from './node-builtin';

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

/** The parts of node:buffer used here. */
interface NodeBuffer {
  Buffer: {
    from(
      data: ArrayBufferLike,
      offset: number,
      length: number,
    ): {
      latin1Slice(from: number, to: number): string;
      utf8Slice(from: number, to: number): string;
    };
  };
  isUtf8?: (bytes: Uint8Array) => boolean;
}

/** node:buffer in Node, else undefined. */
const nodeBuffer = nodeBuiltin<NodeBuffer>('node:buffer');

/**
 * An XML part for the readers: valid UTF-8 as bytes (scanned without decoding, ./core/ooxml/part)
 * where Node can check and slice them natively, else its text as decodeXml gives it (browsers,
 * UTF-16 parts, invalid UTF-8 — which decodeXml turns into U+FFFD, as before).
 */
export function xmlPart(bytes: Uint8Array): XmlPart {
  // UTF-16 with a byte order mark is not UTF-8; without one, a NUL in the first two bytes says it.
  const utf16 = bytes[0] === 0 || bytes[1] === 0;
  // A second byte order mark is dropped by utf8Text's decoder (TextDecoder): keep to its text.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const twice = bom && bytes[3] === 0xef && bytes[4] === 0xbb && bytes[5] === 0xbf;
  if (utf16 || twice || bytes.length === 0 || !nodeBuffer?.isUtf8?.(bytes)) return decodeXml(bytes);
  const buf = nodeBuffer.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return {
    latin1: buf.latin1Slice(0, bytes.length),
    bytes,
    utf8: (from, to) => buf.utf8Slice(from, to),
  };
}
