// Builders for small WordprocessingML documents in tests.

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export function doc(body: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    `<w:document xmlns:w="${W_NS}" xmlns:mc="${MC_NS}" ` +
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">' +
    `<w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
  );
}

export function r(text: string, rPr = ''): string {
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}

export function p(content: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
}

/** A paragraph with one run of text. */
export function pt(text: string, pPr = ''): string {
  return p(r(text), pPr);
}

export function tc(content: string, tcPr = ''): string {
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content}</w:tc>`;
}

export function tr(cells: string, trPr = ''): string {
  return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
}

export function tbl(rows: string, gridCols: number): string {
  const grid = '<w:gridCol w:w="1000"/>'.repeat(gridCols);
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}

export function numPr(numId: number | string, ilvl = 0): string {
  return `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
}

export interface LevelDef {
  fmt: string;
  text: string;
  start?: number;
  pStyle?: string;
}

export function abstractNum(id: number, levels: LevelDef[]): string {
  const lvls = levels
    .map(
      (l, i) =>
        `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/>` +
        (l.pStyle ? `<w:pStyle w:val="${l.pStyle}"/>` : '') +
        `<w:lvlText w:val="${l.text}"/><w:lvlJc w:val="left"/>` +
        '<w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>',
    )
    .join('');
  return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${lvls}</w:abstractNum>`;
}

export function num(numId: number, abstractId: number, overrides = ''): string {
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
}

export function numbering(content: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W_NS}">${content}</w:numbering>`;
}

export function styles(content: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}">${content}</w:styles>`;
}
