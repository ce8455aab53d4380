import { LIMITS, LimitError } from '../../../src/core/limits';
import { formatNumber, parseDocumentXml } from '../../../src/core/ooxml';
import { doc, num, numbering, numPr, p, pt, r, tbl, tc, tr } from './xml';

function limit(fn: () => unknown): [string, string] {
  try {
    fn();
  } catch (err: unknown) {
    if (err instanceof LimitError) return [err.kind, err.message];
    throw err;
  }
  throw new Error('no limit hit');
}

function level(start: number, fmt: string, text: string, ilvl = 0): string {
  return (
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/>` +
    `<w:lvlText w:val="${text}"/></w:lvl>`
  );
}

function labels(body: string, levels: string, overrides = ''): (string | undefined)[] {
  const xml = numbering(
    `<w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum>` + num(1, 0, overrides),
  );
  return parseDocumentXml(doc(body), { numbering: xml }).paragraphs.map((x) => x.numText);
}

describe('limits of the document parser', () => {
  it('LIMITS.xmlMaxDepth: deeper nesting is refused', () => {
    const deep = (n: number): string => doc(`${'<w:sdt>'.repeat(n)}${'</w:sdt>'.repeat(n)}`);
    // The document, body and the nested elements: 510 levels read, 511 refused.
    expect(() => parseDocumentXml(deep(LIMITS.xmlMaxDepth - 2))).not.toThrow();
    expect(limit(() => parseDocumentXml(deep(LIMITS.xmlMaxDepth - 1)))).toEqual([
      'structure',
      '文件过大或结构异常：XML 元素嵌套超过 512 层。',
    ]);
  });

  it('LIMITS.xmlMaxNamespaceDeclarations: more declarations are refused', () => {
    const decl = (n: number): string => '<v:x xmlns:v="urn:v"/>'.repeat(n);
    // doc() itself declares 3.
    expect(() => parseDocumentXml(doc(decl(LIMITS.xmlMaxNamespaceDeclarations - 3)))).not.toThrow();
    expect(
      limit(() => parseDocumentXml(doc(decl(LIMITS.xmlMaxNamespaceDeclarations - 2)))),
    ).toEqual(['structure', '文件过大或结构异常：XML 命名空间声明超过 100000 个。']);
  });

  it('LIMITS.documentMaxParagraphs: paragraphs in and out of tables count', () => {
    const half = LIMITS.documentMaxParagraphs / 2;
    const body = '<w:p/>'.repeat(half) + tbl(tr(tc('<w:p/>'.repeat(half))), 1);
    expect(parseDocumentXml(doc(body)).paragraphs).toHaveLength(half);
    expect(limit(() => parseDocumentXml(doc(body + '<w:p/>')))).toEqual([
      'too-large',
      '文件过大或结构异常：文档超过 50000 个段落。',
    ]);
  });

  it('LIMITS.documentMaxCells: cells of all tables count', () => {
    const rows = (n: number): string => tr('<w:tc/>'.repeat(50)).repeat(n);
    const tables = tbl(rows(LIMITS.documentMaxCells / 100), 50).repeat(2);
    expect(parseDocumentXml(doc(tables)).tables).toHaveLength(2);
    expect(limit(() => parseDocumentXml(doc(tables + tbl(tr('<w:tc/>'), 1))))).toEqual([
      'too-large',
      '文件过大或结构异常：文档中的表格超过 50000 个单元格。',
    ]);
  });

  it('LIMITS.tableMaxRows: rows of one table', () => {
    expect(
      parseDocumentXml(doc(tbl('<w:tr/>'.repeat(LIMITS.tableMaxRows), 1))).tables[0].rows,
    ).toHaveLength(LIMITS.tableMaxRows);
    expect(
      limit(() => parseDocumentXml(doc(tbl('<w:tr/>'.repeat(LIMITS.tableMaxRows + 1), 1)))),
    ).toEqual(['too-large', '文件过大或结构异常：一个表格超过 10000 行。']);
  });

  it('LIMITS.tableMaxCols: spans are clamped, a row reaching past 63 columns is refused', () => {
    const row = (before: number, spans: number[]): string =>
      tr(
        spans.map((s) => tc(pt('格'), `<w:gridSpan w:val="${s}"/>`)).join(''),
        `<w:gridBefore w:val="${before}"/>`,
      );
    const ok = parseDocumentXml(doc(tbl(row(3, [60]), 1) + tbl(row(0, [1e12]), 1))).tables;
    expect(ok.map((t) => [t.cols, t.rows[0].gridBefore, t.rows[0].cells[0].colSpan])).toEqual([
      [63, 3, 60],
      [63, 0, 63],
    ]);
    // Skipped columns after a full row do not widen the table either.
    const after = tr(tc(pt('满'), '<w:gridSpan w:val="63"/>'), '<w:gridAfter w:val="63"/>');
    const wide = parseDocumentXml(doc(tbl(after, 1))).tables[0];
    expect([wide.cols, wide.rows[0].gridAfter, wide.grid[0].length]).toEqual([63, 0, 63]);
    expect(limit(() => parseDocumentXml(doc(tbl(row(3, [60, 1]), 1))))).toEqual([
      'structure',
      '文件过大或结构异常：表格的一行超过 63 列（Word 表格最多 63 列）。',
    ]);
    expect(LIMITS.tableMaxCols).toBe(63);
  });

  it('LIMITS.paragraphMaxText: text past it is dropped, tabs and breaks included', () => {
    const long = 'a'.repeat(LIMITS.paragraphMaxText - 1);
    const model = parseDocumentXml(
      doc(p(r(long) + '<w:r><w:tab/><w:br/></w:r>' + r('b')) + tbl(tr(tc(pt(long + 'xyz'))), 1)),
    );
    expect(model.paragraphs[0].text).toBe(`${long}\t`);
    expect(model.tables[0].rows[0].cells[0].text).toBe(`${long}x`);
  });
});

describe('limits of list numbering', () => {
  it('LIMITS.numberingMaxStart: w:start and w:startOverride are clamped to 0…32767', () => {
    expect(labels(pt('a', numPr(1)), level(2_600_000_000, 'decimal', '%1.'))).toEqual([
      `${LIMITS.numberingMaxStart}.`,
    ]);
    expect(labels(pt('a', numPr(1)), level(-5, 'decimal', '%1.'))).toEqual(['0.']);
    expect(
      labels(
        pt('a', numPr(1)),
        level(1, 'decimal', '%1.'),
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="99999999999"/></w:lvlOverride>',
      ),
    ).toEqual(['32767.']);
  });

  it('LIMITS.numberingMaxLevel: levels outside 0-8 show no label and define none', () => {
    const levels =
      level(1, 'decimal', '%1.') + level(1, 'decimal', 'X', LIMITS.numberingMaxLevel + 1);
    expect(
      labels(pt('a', numPr(1, 9)) + pt('b', numPr(1, -1)) + pt('c', numPr(1, 0)), levels),
    ).toEqual([undefined, undefined, '1.']);
  });

  it('LIMITS.numberingMaxLabel: labels and level texts are clamped', () => {
    // The level text is cut at 64 characters, the label after its numbers are filled in too.
    expect(labels(pt('a', numPr(1)), level(1, 'decimal', 'x'.repeat(1000)))).toEqual([
      'x'.repeat(LIMITS.numberingMaxLabel),
    ]);
    expect(labels(pt('a', numPr(1)), level(32767, 'decimal', '%1'.repeat(30)))).toEqual([
      '32767'.repeat(30).slice(0, LIMITS.numberingMaxLabel),
    ]);
    expect(formatNumber(2_600_000_000, 'upperLetter')).toBe('Z'.repeat(64));
    expect(formatNumber(27, 'lowerLetter')).toBe('aa');
  });
});

describe('what Word shows', () => {
  const WPS = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape';

  function alternate(choices: [string, string][], fallback: string, decl = ''): string {
    return (
      `<mc:AlternateContent${decl}>` +
      choices.map(([req, body]) => `<mc:Choice Requires="${req}">${body}</mc:Choice>`).join('') +
      `<mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`
    );
  }

  const texts = (body: string): string[] =>
    parseDocumentXml(doc(body)).paragraphs.map((x) => x.text);

  it('takes the first Choice Word understands, else the Fallback, never two', () => {
    const known = ` xmlns:wps="${WPS}" xmlns:foo="urn:example:foo"`;
    expect(texts(p(alternate([['wps', r('甲')]], r('乙'), known)))).toEqual(['甲']);
    expect(texts(p(alternate([['foo', r('甲')]], r('乙'), known)))).toEqual(['乙']);
    expect(
      texts(
        p(
          alternate(
            [
              ['foo', r('甲')],
              ['wps', r('丙')],
            ],
            r('乙'),
            known,
          ),
        ),
      ),
    ).toEqual(['丙']);
    expect(texts(p(alternate([['wps foo', r('甲')]], r('乙'), known)))).toEqual(['乙']);
    // An undeclared prefix cannot be understood.
    expect(texts(p(alternate([['nope', r('甲')]], r('乙'))))).toEqual(['乙']);
    // Nested: the outer Choice, then the inner Fallback.
    const inner = alternate([['foo', r('内甲')]], r('内乙'));
    expect(texts(p(alternate([['wps', inner]], r('外乙'), known)))).toEqual(['内乙']);
  });

  it('reads a VML text box once, and a text box in a cell into the cell', () => {
    const vml = (content: string): string =>
      `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${content}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    expect(texts(p(r('前') + vml(pt('框')) + r('后')))).toEqual(['框', '前后']);
    const model = parseDocumentXml(doc(tbl(tr(tc(p(r('格') + vml(pt('框'))))), 1)));
    expect(model.paragraphs).toHaveLength(0);
    expect(model.tables[0].rows[0].cells[0].paragraphs.map((x) => x.text)).toEqual(['框', '格']);
  });

  it('reads placeholder content controls as empty, others as their text', () => {
    const sdt = (pr: string, content: string): string =>
      `<w:sdt><w:sdtPr>${pr}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
    const body =
      sdt('<w:showingPlcHdr/>', pt('单击或点击此处输入文字。')) +
      sdt('<w:showingPlcHdr w:val="0"/>', pt('已填写')) +
      p(r('年度：') + sdt('<w:rPr><w:b/></w:rPr><w:showingPlcHdr/>', r('请输入')) + r('。')) +
      sdt('<w:alias w:val="x"/>', pt('正文'));
    expect(texts(body)).toEqual(['', '已填写', '年度：。', '正文']);
    // A placeholder cell keeps its place in the grid.
    const table = parseDocumentXml(
      doc(tbl(tr(tc(pt('左')) + sdt('<w:showingPlcHdr/>', tc(pt('占位')))), 2)),
    ).tables[0];
    expect(table.grid[0].map((c) => c?.text)).toEqual(['左', '']);
  });

  it('ignores the grid of a tracked grid change', () => {
    const grid =
      '<w:tblGrid><w:gridCol/><w:tblGridChange w:id="1"><w:tblGrid><w:gridCol/><w:gridCol/>' +
      '</w:tblGrid></w:tblGridChange></w:tblGrid>';
    const table = parseDocumentXml(doc(`<w:tbl>${grid}${tr(tc(pt('独')))}</w:tbl>`)).tables[0];
    expect(table.cols).toBe(1);
  });
});
