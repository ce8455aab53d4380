// OOXML body fragments (w:p / w:tbl, `w:` prefix, no namespace declarations) of each section and
// official table, per format version, formatted like the document they go into.

import {
  officialHeading,
  sectionDef,
  type FormatVersion,
  type SectionKey,
  type TableKey,
} from '../format';
import { tableLayout, type LayoutCell } from './layouts';
import {
  DEFAULT_BODY,
  DEFAULT_HEADING,
  paraStyle,
  tableStyle,
  type ParaStyle,
  type TemplateLike,
} from './style';
import { escapeXml } from '../ooxml/xml';

export type { TemplateLike } from './style';
export { tableLayout, type LayoutCell, type TableLayout } from './layouts';

/** The text of the placeholder paragraph a prose section is inserted with. */
export const PLACEHOLDER = '（请填写本部分内容。）';

export function renderParagraph(text: string, style: ParaStyle): string {
  const pPr = style.pPr ? `<w:pPr>${style.pPr}</w:pPr>` : '';
  const rPr = style.rPr ? `<w:rPr>${style.rPr}</w:rPr>` : '';
  const run =
    text === '' ? '' : `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  return `<w:p>${pPr}${run}</w:p>`;
}

/** Share `total` twips among columns in proportion to `weights`, the last taking the rounding. */
function columnWidths(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function renderCell(cell: LayoutCell, width: number, style: ParaStyle): string {
  const span = cell.span ?? 1;
  const tcPr =
    `<w:tcW w:w="${width}" w:type="dxa"/>` +
    (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '') +
    (cell.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : '') +
    (cell.vMerge === 'continue' ? '<w:vMerge/>' : '') +
    '<w:vAlign w:val="center"/>';
  // Every w:tc needs a w:p, continuation cells of a vertical merge included.
  return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${renderParagraph(cell.text, style)}</w:tc>`;
}

export function renderTable(table: TableKey, version: FormatVersion, like?: TemplateLike): string {
  const layout = tableLayout(table, version);
  const style = tableStyle(like?.table);
  const widths = columnWidths(layout.widths, style.width);
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const rows = layout.rows.map((cells) => {
    let col = 0;
    const tcs = cells.map((cell) => {
      const span = cell.span ?? 1;
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      return renderCell(cell, width, style.cell);
    });
    return `<w:tr><w:trPr><w:jc w:val="center"/></w:trPr>${tcs.join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr>${style.tblPr}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

export function renderHeading(section: SectionKey, like?: TemplateLike): string {
  return renderParagraph(officialHeading(section), paraStyle(like?.heading, DEFAULT_HEADING));
}

export function renderSection(
  section: SectionKey,
  version: FormatVersion,
  like?: TemplateLike,
): string {
  const def = sectionDef(section);
  const content = def.table
    ? renderTable(def.table, version, like)
    : renderParagraph(PLACEHOLDER, paraStyle(like?.body, DEFAULT_BODY));
  return renderHeading(section, like) + content;
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

// Namespaces a copied w:pPr / w:rPr may use; mc:Ignorable lets a reader skip the ones it lacks.
const NAMESPACES =
  `xmlns:w="${W_NS}" ` +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ' +
  'mc:Ignorable="w14 w15"';

/** The minimal flat package (`pkg:package`) that Word's `insertOoxml` takes. */
export function wrapFlatPackage(bodyXml: string): string {
  return (
    '<?xml version="1.0" standalone="yes"?>' +
    '<?mso-application progid="Word.Document"?>' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    '<pkg:part pkg:name="/_rels/.rels" ' +
    'pkg:contentType="application/vnd.openxmlformats-package.relationships+xml" pkg:padding="512">' +
    '<pkg:xmlData>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" ' +
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
    'Target="word/document.xml"/>' +
    '</Relationships>' +
    '</pkg:xmlData></pkg:part>' +
    '<pkg:part pkg:name="/word/document.xml" ' +
    'pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">' +
    `<pkg:xmlData><w:document ${NAMESPACES}><w:body>${bodyXml}</w:body></w:document></pkg:xmlData>` +
    '</pkg:part></pkg:package>'
  );
}
