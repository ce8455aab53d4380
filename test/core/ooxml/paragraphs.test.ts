import { parseDocumentXml } from '../../../src/core/ooxml';
import { doc, p, pt, r, styles, W_NS } from './xml';

const texts = (body: string): string[] => parseDocumentXml(doc(body)).paragraphs.map((x) => x.text);

describe('paragraph text', () => {
  it('reads runs, tabs, breaks and non-breaking hyphens; ignores symbols and bookmarks', () => {
    const body = p(
      '<w:bookmarkStart w:id="0" w:name="a"/>' +
        r('一、') +
        '<w:r><w:tab/><w:t>总体</w:t><w:br/><w:t>情况</w:t><w:cr/><w:noBreakHyphen/>' +
        '<w:sym w:font="Wingdings" w:char="F0FC"/></w:r><w:bookmarkEnd w:id="0"/>',
      '<w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs>',
    );
    expect(texts(body)).toEqual(['一、\t总体\n情况\n-']);
  });

  it('keeps insertions and drops deletions and moved-from text', () => {
    const body = p(
      r('本年') +
        '<w:ins w:id="1" w:author="a">' +
        r('新收') +
        '</w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>旧</w:delText></w:r></w:del>' +
        '<w:moveFrom w:id="3">' +
        r('移走') +
        '</w:moveFrom><w:moveTo w:id="4">' +
        r('申请') +
        '</w:moveTo>',
    );
    expect(texts(body)).toEqual(['本年新收申请']);
  });

  it('descends into hyperlinks, smart tags, simple fields and run-level content controls', () => {
    const body = p(
      `<w:hyperlink r:id="rId5" xmlns:r="urn:r">${r('网站')}</w:hyperlink>` +
        `<w:smartTag w:uri="u" w:element="date"><w:smartTagPr/>${r('2020年')}</w:smartTag>` +
        `<w:fldSimple w:instr=" PAGE ">${r('3')}</w:fldSimple>` +
        `<w:sdt><w:sdtPr><w:alias w:val="x"/><w:rPr><w:b/></w:rPr></w:sdtPr><w:sdtContent>${r('甲')}</w:sdtContent></w:sdt>` +
        `<w:customXml w:element="e">${r('乙')}</w:customXml>`,
    );
    expect(texts(body)).toEqual(['网站2020年3甲乙']);
  });

  it('reads field results but not field instructions', () => {
    const body = p(
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        r('7') +
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    );
    expect(texts(body)).toEqual(['7']);
  });

  it('takes one branch of mc:AlternateContent, reads a text box once, never footnote references', () => {
    const textbox = `<w:txbxContent>${pt('框内')}</w:txbxContent>`;
    const body = p(
      r('正文') +
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>' +
        `<wps:txbx xmlns:wps="urn:wps">${textbox}</wps:txbx></w:drawing></mc:Choice>` +
        `<mc:Fallback><w:pict><v:textbox xmlns:v="urn:v">${textbox}</v:textbox></w:pict>` +
        '</mc:Fallback></mc:AlternateContent></w:r>' +
        '<mc:AlternateContent><mc:Choice Requires="w14">' +
        r('选') +
        '</mc:Choice><mc:Fallback>' +
        r('选') +
        '</mc:Fallback></mc:AlternateContent>' +
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>' +
        r('。'),
    );
    const model = parseDocumentXml(doc(body));
    // "wps" is not declared where the Choice is, so Word takes the Fallback and its text box; the
    // text box's paragraph comes before the paragraph that anchors it.
    expect(model.paragraphs.map((x) => x.text)).toEqual(['框内', '正文选。']);
  });

  it('flattens body-level content controls and custom XML into body paragraphs', () => {
    const body =
      pt('a') +
      `<w:sdt><w:sdtPr><w:id w:val="1"/></w:sdtPr><w:sdtContent>${pt('b')}${pt('c')}</w:sdtContent></w:sdt>` +
      `<w:customXml w:element="x">${pt('d')}</w:customXml>`;
    const model = parseDocumentXml(doc(body));
    expect(model.paragraphs.map((x) => [x.index, x.text])).toEqual([
      [0, 'a'],
      [1, 'b'],
      [2, 'c'],
      [3, 'd'],
    ]);
    expect(model.blocks).toEqual(model.paragraphs);
  });

  it('ignores paragraph properties recorded as tracked changes', () => {
    const body = pt(
      '二、',
      '<w:pStyle w:val="Body"/><w:pPrChange w:id="1"><w:pPr><w:pStyle w:val="Heading1"/>' +
        '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange>',
    );
    const [para] = parseDocumentXml(doc(body)).paragraphs;
    expect(para.style).toBe('Body');
    expect(para.numText).toBeUndefined();
  });

  it('reads an empty document and one without a body', () => {
    expect(parseDocumentXml(doc(''))).toEqual({ blocks: [], paragraphs: [], tables: [] });
    expect(parseDocumentXml(`<w:document xmlns:w="${W_NS}"/>`).blocks).toEqual([]);
  });

  it('throws on malformed XML', () => {
    expect(() => parseDocumentXml('<w:document><w:body>')).toThrow();
    expect(() => parseDocumentXml('not xml')).toThrow();
  });
});

describe('paragraph properties', () => {
  it('reads the style and outline level, from the paragraph or its style', () => {
    const st = styles(
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="1"><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="H1b"><w:basedOn w:val="1"/></w:style>',
    );
    const body =
      pt('标题', '<w:pStyle w:val="H1b"/>') +
      pt('直接', '<w:outlineLvl w:val="1"/>') +
      pt('正文级', '<w:outlineLvl w:val="9"/>') +
      pt('普通');
    const got = parseDocumentXml(doc(body), { styles: st }).paragraphs;
    expect(got.map((x) => [x.style, x.outlineLevel])).toEqual([
      ['H1b', 0],
      [undefined, 1],
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it('is bold when every non-empty run is bold', () => {
    const st = styles(
      '<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="BoldPara"><w:rPr><w:b/></w:rPr></w:style>',
    );
    const body =
      p(r('一、', '<w:b/>') + r(' ') + r('总体情况', '<w:b w:val="1"/>')) +
      p(r('一、', '<w:b/>') + r('总体情况')) +
      p(r('a', '<w:b w:val="0"/>')) +
      p(r('a', '<w:b w:val="false"/>')) +
      p(r('a', '<w:rStyle w:val="Strong"/>')) +
      pt('a', '<w:pStyle w:val="BoldPara"/>') +
      p(r('a', '<w:b w:val="0"/>'), '<w:pStyle w:val="BoldPara"/>') +
      p('', '<w:rPr><w:b/></w:rPr>');
    const got = parseDocumentXml(doc(body), { styles: st }).paragraphs.map((x) => x.bold);
    expect(got).toEqual([true, false, false, false, true, true, false, false]);
  });
});

describe('namespaces', () => {
  it('resolves WordprocessingML by namespace URI, whatever the prefix', () => {
    const xml =
      `<ns0:document xmlns:ns0="${W_NS}"><ns0:body><ns0:p><ns0:pPr><ns0:pStyle ns0:val="A"/></ns0:pPr>` +
      '<ns0:r><ns0:t>甲</ns0:t><ns0:tab/></ns0:r></ns0:p>' +
      '<ns0:tbl><ns0:tblGrid><ns0:gridCol/></ns0:tblGrid><ns0:tr><ns0:tc><ns0:p><ns0:r><ns0:t>乙</ns0:t></ns0:r></ns0:p></ns0:tc></ns0:tr></ns0:tbl>' +
      '</ns0:body></ns0:document>';
    const model = parseDocumentXml(xml);
    expect(model.paragraphs[0]).toMatchObject({ text: '甲\t', style: 'A' });
    expect(model.tables[0].grid[0][0]?.text).toBe('乙');
  });

  it('reads a document in the default namespace', () => {
    const xml = `<document xmlns="${W_NS}" xmlns:w="${W_NS}"><body><p><r><t>丙</t></r></p></body></document>`;
    expect(parseDocumentXml(xml).paragraphs[0].text).toBe('丙');
  });

  it('does not take another vocabulary bound to the w prefix for WordprocessingML', () => {
    const xml = `<w:document xmlns:w="urn:other"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>`;
    expect(parseDocumentXml(xml).paragraphs).toEqual([]);
  });
});
