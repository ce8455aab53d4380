import { decodeXml } from '../../../src/hosts/docx/xml-text';

function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const units = bom ? [0xfeff] : [];
  for (let i = 0; i < s.length; i++) units.push(s.charCodeAt(i));
  units.forEach((u, i) => {
    out[2 * i + (littleEndian ? 0 : 1)] = u & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = u >> 8;
  });
  return out;
}

const XML = '<?xml version="1.0" encoding="UTF-16"?><a>二〇二三年 𠀀</a>';
const AS_UTF8 = '<?xml version="1.0" encoding="UTF-8"?><a>二〇二三年 𠀀</a>';

describe('decodeXml', () => {
  it('reads UTF-16 either way round, with or without a byte order mark', () => {
    expect(decodeXml(utf16(XML, true, true))).toBe(AS_UTF8);
    expect(decodeXml(utf16(XML, false, true))).toBe(AS_UTF8);
    expect(decodeXml(utf16(XML, true, false))).toBe(AS_UTF8);
    expect(decodeXml(utf16(XML, false, false))).toBe(AS_UTF8);
  });

  it('reads UTF-8 and keeps its byte order mark, as JSZip does', () => {
    const bytes = new TextEncoder().encode(AS_UTF8);
    expect(decodeXml(bytes)).toBe(AS_UTF8);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeXml(withBom)).toBe(`\ufeff${AS_UTF8}`);
  });

  it('reads a long UTF-16 part whole', () => {
    const long = `<a>${'字'.repeat(100_000)}</a>`;
    expect(decodeXml(utf16(long, true, true))).toBe(long);
  });
});
