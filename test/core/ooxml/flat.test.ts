import { parseDocumentXml, parseFlatPackage, splitFlatPackage } from '../../../src/core/ooxml';
import { abstractNum, doc, num, numbering, numPr, pt, styles, tbl, tc, tr } from './xml';

const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.';

/** What Range.getOoxml() returns, trimmed to the parts we read. */
function flat(documentXml: string, numberingXml?: string, stylesXml?: string): string {
  const strip = (x: string): string => x.replace(/^<\?xml[^>]*\?>\s*/, '');
  const part = (name: string, type: string, xml: string): string =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${strip(xml)}</pkg:xmlData></pkg:part>`;
  return (
    '<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml" pkg:padding="512">' +
    '<pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '</Relationships></pkg:xmlData></pkg:part>' +
    part('/word/document.xml', `${CT}document.main+xml`, documentXml) +
    '<pkg:part pkg:name="/word/media/image1.png" pkg:contentType="image/png" pkg:compression="store"><pkg:binaryData>iVBORw0KGgo=</pkg:binaryData></pkg:part>' +
    (stylesXml ? part('/word/styles.xml', `${CT}styles+xml`, stylesXml) : '') +
    (numberingXml ? part('/word/numbering.xml', `${CT}numbering+xml`, numberingXml) : '') +
    '</pkg:package>'
  );
}

describe('flat OPC packages', () => {
  const nb = numbering(abstractNum(0, [{ fmt: 'chineseCounting', text: '%1、' }]) + num(1, 0));
  const st = styles(
    '<w:style w:type="paragraph" w:styleId="T"><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
  );
  const documentXml = doc(
    pt('总体情况', numPr(1)) + pt('标题', '<w:pStyle w:val="T"/>') + tbl(tr(tc(pt('格'))), 1),
  );
  const pkg = flat(documentXml, nb, st);

  it('splits out each part as a standalone XML string', () => {
    const parts = splitFlatPackage(pkg);
    expect(parts.document.startsWith('<w:document ')).toBe(true);
    expect(parts.document.endsWith('</w:document>')).toBe(true);
    expect(parts.numbering?.startsWith('<w:numbering ')).toBe(true);
    expect(parts.styles?.startsWith('<w:styles ')).toBe(true);
    expect(parseDocumentXml(parts.document).paragraphs.map((x) => x.text)).toEqual([
      '总体情况',
      '标题',
    ]);
  });

  it('parses the package with its numbering and styles; spans index the document part', () => {
    const model = parseFlatPackage(pkg);
    expect(model.paragraphs.map((x) => [x.numText, x.text, x.outlineLevel])).toEqual([
      ['一、', '总体情况', undefined],
      [undefined, '标题', 0],
    ]);
    const { document } = splitFlatPackage(pkg);
    const src = model.tables[0].rows[0].cells[0].src;
    expect(src && document.slice(src.start, src.end)).toBe(tc(pt('格')));
  });

  it('reads a package that holds only the document part', () => {
    const model = parseFlatPackage(flat(documentXml));
    expect(model.paragraphs[0]).toMatchObject({ text: '总体情况' });
    expect(model.paragraphs[0].numText).toBeUndefined();
    expect(splitFlatPackage(flat(documentXml)).numbering).toBeUndefined();
  });

  it('throws when there is no document part', () => {
    expect(() => splitFlatPackage('<pkg:package xmlns:pkg="x"></pkg:package>')).toThrow();
  });
});
