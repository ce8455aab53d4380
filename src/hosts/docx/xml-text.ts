// The bytes of an XML part as text. Word writes UTF-8, but UTF-16 parts (with a byte order mark,
// as XML requires) open in Word and LibreOffice, so they are read too. The declaration of a
// UTF-16 part is rewritten to say UTF-8: the text is saved back as UTF-8.

const UTF16_DECLARATION = /^(<\?xml[^>]*?encoding\s*=\s*["'])utf-16(?:le|be)?(["'])/i;

function swapped(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  return out;
}

export function decodeXml(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  let text: string;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0 && bytes[2] === 0x3f)) {
    text = new TextDecoder('utf-16le').decode(bytes);
  } else if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 === 0x3c && bytes[3] === 0x3f)) {
    // Big-endian decoding is not in every runtime's TextDecoder; swap to little-endian.
    text = new TextDecoder('utf-16le').decode(swapped(bytes));
  } else {
    // A UTF-8 byte order mark is kept, as JSZip keeps it: the writer compares with its text.
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  }
  return text.replace(UTF16_DECLARATION, '$1UTF-8$2');
}
