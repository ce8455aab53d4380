import {
  renderParagraph,
  renderSection,
  renderTable,
  wrapFlatPackage,
} from '../../../src/core/template';
import { copyablePPr } from '../../../src/core/template/style';

const HEADING =
  '<w:p w:rsidR="00AB"><w:pPr><w:pStyle w:val="2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>' +
  '<w:jc w:val="left"/><w:rPr><w:b/></w:rPr></w:pPr>' +
  '<w:r><w:rPr><w:rFonts w:eastAsia="楷体"/><w:b/><w:sz w:val="30"/></w:rPr><w:t>二、</w:t></w:r>' +
  '<w:r><w:t>主动公开</w:t></w:r></w:p>';
const BODY =
  '<w:p><w:pPr><w:ind w:firstLine="600"/><w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:pPr>' +
  '<w:r><w:rPr><w:sz w:val="28"/><w:rPrChange w:id="1"><w:rPr/></w:rPrChange></w:rPr><w:t>正文</w:t></w:r></w:p>';
const TABLE =
  '<w:tbl><w:tblPr><w:tblStyle w:val="a3"/><w:tblW w:w="9000" w:type="dxa"/><w:tblLook w:val="04A0"/></w:tblPr>' +
  '<w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="5000"/></w:tblGrid>' +
  '<w:tr><w:tc><w:p><w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t>规章</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';

test('defaults follow GB/T 9704: 黑体 / 仿宋_GB2312 16pt, table 宋体 10.5pt centred with borders', () => {
  const xml = renderSection('s5', 2021);
  expect(xml).toBe(
    '<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>' +
      '<w:r><w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体" w:cs="黑体"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>' +
      '<w:t xml:space="preserve">五、存在的主要问题及改进情况</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>' +
      '<w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:cs="仿宋_GB2312"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>' +
      '<w:t xml:space="preserve">（请填写本部分内容。）</w:t></w:r></w:p>',
  );
  const table = renderTable('appeals', 2021);
  expect(table).toContain(
    '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>',
  );
  expect(table).toContain('<w:insideV w:val="single"');
  expect(table).toContain('<w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="宋体"');
  expect(table).toContain('<w:sz w:val="21"/>');
  // 8845 twips shared by 15 columns: 589 each, the last taking the rest.
  expect(table).toContain('<w:gridCol w:w="589"/>');
  expect(table).toContain('<w:gridCol w:w="599"/></w:tblGrid>');
});

test('copies the document heading: first run rPr, pPr without numbering, style numbering off', () => {
  const xml = renderSection('s6', 2019, { heading: HEADING, body: BODY });
  expect(xml).toContain(
    '<w:p><w:pPr><w:pStyle w:val="2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>' +
      '<w:jc w:val="left"/><w:rPr><w:b/></w:rPr></w:pPr>' +
      '<w:r><w:rPr><w:rFonts w:eastAsia="楷体"/><w:b/><w:sz w:val="30"/></w:rPr>' +
      '<w:t xml:space="preserve">六、其他需要报告的事项</w:t></w:r></w:p>',
  );
  // Body: no section break, no revision marks.
  expect(xml).toContain(
    '<w:p><w:pPr><w:ind w:firstLine="600"/></w:pPr><w:r><w:rPr><w:sz w:val="28"/></w:rPr>' +
      '<w:t xml:space="preserve">（请填写本部分内容。）</w:t></w:r></w:p>',
  );
});

test('a paragraph without pStyle just loses its numPr', () => {
  expect(
    copyablePPr('<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:jc w:val="center"/></w:pPr>'),
  ).toBe('<w:jc w:val="center"/>');
  expect(copyablePPr('<w:pPr/>')).toBe('');
});

test('a heading without runs lends its paragraph-mark rPr', () => {
  const xml = renderSection('s1', 2021, {
    heading: '<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr></w:p>',
  });
  expect(
    xml.startsWith('<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t'),
  ).toBe(true);
});

test('copies the document table: tblPr, its width, its text rPr; adds borders it lacks', () => {
  const xml = renderTable('active', 2021, { table: TABLE });
  expect(xml).toContain(
    '<w:tblPr><w:tblStyle w:val="a3"/><w:tblW w:w="9000" w:type="dxa"/>' +
      '<w:tblBorders><w:top w:val="single"',
  );
  expect(xml).toContain('</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr>');
  expect(xml).toContain(
    '<w:tblGrid><w:gridCol w:w="2250"/><w:gridCol w:w="2250"/><w:gridCol w:w="2250"/><w:gridCol w:w="2250"/></w:tblGrid>',
  );
  expect(xml).toContain(
    '<w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">第二十条第（一）项</w:t>',
  );
  expect(xml).toContain('<w:tcW w:w="9000" w:type="dxa"/><w:gridSpan w:val="4"/>');
});

test('texts are escaped', () => {
  expect(renderParagraph('A<B & "C"', { pPr: '', rPr: '' })).toBe(
    '<w:p><w:r><w:t xml:space="preserve">A&lt;B &amp; &quot;C&quot;</w:t></w:r></w:p>',
  );
  expect(wrapFlatPackage('<w:p/>')).toContain('<w:body><w:p/></w:body>');
});
