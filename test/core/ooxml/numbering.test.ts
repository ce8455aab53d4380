import { formatNumber, parseDocumentXml } from '../../../src/core/ooxml';
import { abstractNum, doc, num, numbering, numPr, pt, styles } from './xml';

const labels = (body: string, nb: string, st?: string): (string | undefined)[] =>
  parseDocumentXml(doc(body), { numbering: nb, styles: st }).paragraphs.map((x) => x.numText);

describe('formatNumber', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [3, 'chineseCounting', '三'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'],
    [21, 'chineseCountingThousand', '二十一'],
    [100, 'chineseCountingThousand', '一百'],
    [101, 'chineseCountingThousand', '一百零一'],
    [110, 'chineseCountingThousand', '一百一十'],
    [1010, 'chineseCountingThousand', '一千零一十'],
    [12, 'chineseLegalSimplified', '拾贰'],
    [3, 'ideographTraditional', '丙'],
    [11, 'ideographTraditional', '甲'],
    [10, 'ideographDigital', '一〇'],
    [1, 'upperLetter', 'A'],
    [27, 'lowerLetter', 'aa'],
    [4, 'upperRoman', 'IV'],
    [14, 'lowerRoman', 'xiv'],
    [1, 'decimalEnclosedCircle', '①'],
    [20, 'decimalEnclosedCircleChinese', '⑳'],
    [21, 'decimalEnclosedCircle', '21'],
    [2, 'decimalEnclosedParen', '⑵'],
    [5, 'decimalZero', '05'],
    [12, 'decimalFullWidth', '１２'],
    [7, 'decimal', '7'],
    [7, 'somethingNew', '7'],
    [7, 'none', ''],
  ])('%d as %s is %s', (n, fmt, want) => {
    expect(formatNumber(n, fmt)).toBe(want);
  });
});

describe('automatic numbering', () => {
  const nb = numbering(
    abstractNum(0, [
      { fmt: 'chineseCounting', text: '%1、' },
      { fmt: 'chineseCounting', text: '（%2）' },
      { fmt: 'decimal', text: '%3.' },
    ]) +
      abstractNum(1, [{ fmt: 'decimal', text: '%1、' }]) +
      abstractNum(2, [
        { fmt: 'decimal', text: '%1.' },
        { fmt: 'decimal', text: '%1.%2' },
      ]) +
      num(1, 0) +
      num(2, 1) +
      num(3, 2) +
      // Same abstract list as 1 but restarted at 五.
      num(4, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>') +
      num(5, 0),
  );

  it('counts chineseCounting "%1、" as 一、二、三', () => {
    const body = pt('总体情况', numPr(1)) + pt('主动公开', numPr(1)) + pt('申请', numPr(1));
    expect(labels(body, nb)).toEqual(['一、', '二、', '三、']);
  });

  it('counts decimal "%1、" and leaves unnumbered paragraphs alone', () => {
    const body = pt('a', numPr(2)) + pt('plain') + pt('b', numPr(2)) + pt('off', numPr(0));
    expect(labels(body, nb)).toEqual(['1、', undefined, '2、', undefined]);
  });

  it('resets deeper levels when a higher level advances', () => {
    const body =
      pt('', numPr(1, 0)) +
      pt('', numPr(1, 1)) +
      pt('', numPr(1, 1)) +
      pt('', numPr(1, 2)) +
      pt('', numPr(1, 0)) +
      pt('', numPr(1, 1)) +
      pt('', numPr(1, 2));
    expect(labels(body, nb)).toEqual(['一、', '（一）', '（二）', '1.', '二、', '（一）', '1.']);
  });

  it('renders multi-level labels and shares counters between instances of one list', () => {
    const body =
      pt('', numPr(3, 0)) +
      pt('', numPr(3, 1)) +
      pt('', numPr(3, 1)) +
      pt('', numPr(1, 0)) +
      pt('', numPr(5, 0)) +
      pt('', numPr(3, 0)) +
      pt('', numPr(3, 1));
    expect(labels(body, nb)).toEqual(['1.', '1.1', '1.2', '一、', '二、', '2.', '2.1']);
  });

  it('restarts at startOverride', () => {
    const body = pt('', numPr(1)) + pt('', numPr(4)) + pt('', numPr(4)) + pt('', numPr(1));
    expect(labels(body, nb)).toEqual(['一、', '五、', '六、', '二、']);
  });

  it('counts numbered paragraphs inside tables in document order', () => {
    const body =
      pt('', numPr(2)) +
      '<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>' +
      pt('', numPr(2)) +
      '</w:tc></w:tr></w:tbl>' +
      pt('', numPr(2));
    const model = parseDocumentXml(doc(body), { numbering: nb });
    expect(model.paragraphs.map((x) => x.numText)).toEqual(['1、', '3、']);
    expect(model.tables[0].rows[0].cells[0].paragraphs[0].numText).toBe('2、');
  });

  it('takes numbering from the paragraph style, and lets the paragraph override it', () => {
    const st = styles(
      '<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>' +
        '<w:outlineLvl w:val="0"/></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="H2"><w:basedOn w:val="H1"/><w:pPr>' +
        '<w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="NoNum"><w:basedOn w:val="H1"/><w:pPr>' +
        '<w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style>',
    );
    const body =
      pt('', '<w:pStyle w:val="H1"/>') +
      pt('', '<w:pStyle w:val="H2"/>') +
      pt('', '<w:pStyle w:val="NoNum"/>') +
      pt('', '<w:pStyle w:val="H1"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
      pt('', '<w:pStyle w:val="H1"/>');
    expect(labels(body, nb, st)).toEqual(['一、', '（一）', undefined, undefined, '二、']);
  });

  it('finds the level of a style linked from w:lvl/w:pStyle', () => {
    const linked = numbering(
      abstractNum(0, [
        { fmt: 'chineseCounting', text: '%1、', pStyle: 'S1' },
        { fmt: 'chineseCounting', text: '（%2）', pStyle: 'S2' },
      ]) + num(1, 0),
    );
    const st = styles(
      '<w:style w:type="paragraph" w:styleId="S1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="S2"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
    );
    const body = pt('', '<w:pStyle w:val="S1"/>') + pt('', '<w:pStyle w:val="S2"/>');
    expect(labels(body, linked, st)).toEqual(['一、', '（一）']);
  });

  it('uses the standard fallback of a custom number format and survives unknown lists', () => {
    const custom = numbering(
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>' +
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
        '<mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>' +
        '<mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent>' +
        '<w:lvlText w:val="%1"/></w:lvl></w:abstractNum>' +
        num(1, 0),
    );
    const body = pt('', numPr(1)) + pt('', numPr(9)) + pt('', numPr(1, 4));
    expect(labels(body, custom)).toEqual(['01', undefined, undefined]);
    expect(labels(pt('', numPr(1)), '')).toEqual([undefined]);
  });

  it('shows the bullet character of a bulleted list', () => {
    const bullets = numbering(abstractNum(0, [{ fmt: 'bullet', text: '●' }]) + num(1, 0));
    expect(labels(pt('', numPr(1)), bullets)).toEqual(['●']);
  });
});
