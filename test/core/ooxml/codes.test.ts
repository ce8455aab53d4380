// The scanner remembers a handler's code per element name (codeOf is asked once per name): every
// start tag must still get exactly codeOf(its canonical name), whatever the prefixes bind.
import { scan } from '../../../src/core/ooxml/scan';
import { NS_W, type SaxHandler } from '../../../src/core/ooxml/sax';
import { xmlPart } from '../../../src/hosts/docx/xml-text';

const OTHER = 'urn:example:other';

function opened(xml: string): [string, number | undefined, number][] {
  const seen: [string, number | undefined, number][] = [];
  const codeOf = (name: string): number => name.length * 100 + name.charCodeAt(name.length - 1);
  const handler: SaxHandler = {
    codeOf,
    open: (name, _attrs, _end, _start, code) => {
      seen.push([name, code, codeOf(name)]);
    },
    close: () => {},
  };
  // Both paths: the bytes (Node) and the text (browsers, other encodings).
  scan(xmlPart(Buffer.from(xml)), handler);
  const bytes = seen.splice(0);
  scan(xml, handler);
  expect(seen).toEqual(bytes);
  return seen;
}

describe('element codes', () => {
  it('gives each start tag its name’s code, remembered or not', () => {
    const xml =
      `<w:document xmlns:w="${NS_W}"><w:body><w:p><w:r><w:t>甲</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>乙</w:t></w:r></w:p>` +
      // Here w: means another namespace and x: means WordprocessingML: the same raw names
      // stand for other elements, and other raw names for the same ones.
      `<w:p xmlns:w="${OTHER}" xmlns:x="${NS_W}"><x:r><w:t>丙</w:t></x:r></w:p>` +
      `<w:p><w:r><w:t>丁</w:t></w:r></w:p><中文/></w:body></w:document>`;
    const seen = opened(xml);
    for (const [, code, expected] of seen) expect(code).toBe(expected);
    expect(seen.map(([name]) => name)).toEqual([
      'w:document',
      'w:body',
      'w:p',
      'w:r',
      'w:t',
      'w:p',
      'w:r',
      'w:t',
      '?w:p',
      'w:r',
      '?w:t',
      'w:p',
      'w:r',
      'w:t',
      '中文',
    ]);
  });
});
