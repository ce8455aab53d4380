// The formatting an inserted section copies: paragraph and run properties of one of the
// document's own headings, body paragraphs and tables, or GB/T 9704-2012 defaults when the
// document gives no example.

import {
  elementText,
  findElement,
  hasText,
  innerXml,
  insertChild,
  removeElements,
} from '../ooxml/xml';

/** XML of one of the document's own paragraphs / tables, whose formatting an insert copies. */
export interface TemplateLike {
  heading?: string;
  body?: string;
  table?: string;
}

/** Children of `w:pPr` and `w:rPr` for one kind of paragraph. */
export interface ParaStyle {
  pPr: string;
  rPr: string;
}

export interface TableStyle {
  /** Children of `w:tblPr`. */
  tblPr: string;
  /** Sum of the grid column widths, in twips. */
  width: number;
  cell: ParaStyle;
}

/** Text width of an A4 page with the official margins (156 mm), in twips. */
export const TEXT_WIDTH = 8845;

function fonts(name: string): string {
  return `<w:rFonts w:ascii="${name}" w:eastAsia="${name}" w:hAnsi="${name}" w:cs="${name}"/>`;
}

function size(halfPoints: number): string {
  return `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
}

// 三号 is 16pt; the fixed 28pt line (560 twips) and the two-character indent are GB/T 9704's.
const LINE = '<w:spacing w:line="560" w:lineRule="exact"/>';
const INDENT = '<w:ind w:firstLineChars="200" w:firstLine="640"/>';

export const DEFAULT_HEADING: ParaStyle = { pPr: LINE + INDENT, rPr: fonts('黑体') + size(32) };
export const DEFAULT_BODY: ParaStyle = { pPr: LINE + INDENT, rPr: fonts('仿宋_GB2312') + size(32) };

const BORDER_SIDES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];
const BORDERS =
  '<w:tblBorders>' +
  BORDER_SIDES.map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('') +
  '</w:tblBorders>';

// Cells are centred and unindented whatever the document's default paragraph says.
const CELL_PPR =
  '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>' +
  '<w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="center"/>';

export const DEFAULT_TABLE: TableStyle = {
  tblPr:
    '<w:tblW w:w="5000" w:type="pct"/><w:jc w:val="center"/>' +
    BORDERS +
    '<w:tblLayout w:type="fixed"/>',
  width: TEXT_WIDTH,
  cell: { pPr: CELL_PPR, rPr: fonts('宋体') + size(21) },
};

/** The `w:pPr` that opens paragraph `p` (an element string starting with `<w:p`), if any. */
function ownPPr(p: string): string | undefined {
  const gt = p.indexOf('>');
  const rest = p.slice(gt + 1).trimStart();
  return rest.startsWith('<w:pPr') ? elementText(rest, 'w:pPr') : undefined;
}

/** Revision marks belong to the original paragraph, never to a copy. */
export function cleanRPr(children: string): string {
  return ['w:rPrChange', 'w:ins', 'w:del', 'w:moveFrom', 'w:moveTo'].reduce(
    removeElements,
    children,
  );
}

/** Children of the `w:rPr` of the first run holding text in `xml`, if any. */
function firstRunRPr(xml: string): string | undefined {
  for (let at = 0, r = findElement(xml, 'w:r'); r; at = r.end, r = findElement(xml, 'w:r', at)) {
    const run = xml.slice(r.start, r.end);
    if (!hasText(run)) continue;
    const rest = run.slice(run.indexOf('>') + 1).trimStart();
    return rest.startsWith('<w:rPr') ? cleanRPr(innerXml(elementText(rest, 'w:rPr') ?? '')) : '';
  }
  return undefined;
}

/** Direct numbering that switches off what a paragraph's style would number it with. */
export const NUMBERING_OFF = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';

/**
 * Paragraph properties safe to copy: no numbering (an inserted heading writes its numeral), no
 * section break, no revision. A style may carry numbering, so a styled copy switches it off.
 */
export function copyablePPr(pPr: string): string {
  let children = ['w:numPr', 'w:sectPr', 'w:pPrChange'].reduce(removeElements, innerXml(pPr));
  const rPr = elementText(children, 'w:rPr');
  if (rPr) {
    const clean = `<w:rPr>${cleanRPr(innerXml(rPr))}</w:rPr>`;
    children = children.replace(rPr, clean);
  }
  if (children.includes('<w:pStyle')) {
    const style = findElement(children, 'w:pStyle');
    if (style) {
      children = children.slice(0, style.end) + NUMBERING_OFF + children.slice(style.end);
    }
  }
  return children;
}

export function paraStyle(like: string | undefined, fallback: ParaStyle): ParaStyle {
  if (!like) return fallback;
  const pPrEl = ownPPr(like);
  const pPr = pPrEl ? copyablePPr(pPrEl) : '';
  let rPr = firstRunRPr(like);
  if (rPr === undefined) {
    // No run: the paragraph mark's properties are the best hint of how its text would look.
    const mark = pPrEl ? elementText(innerXml(pPrEl), 'w:rPr') : undefined;
    rPr = mark ? cleanRPr(innerXml(mark)) : fallback.rPr;
  }
  return { pPr, rPr };
}

export function tableStyle(like: string | undefined): TableStyle {
  if (!like) return DEFAULT_TABLE;
  const tblPrEl = elementText(like, 'w:tblPr');
  let tblPr = tblPrEl
    ? ['w:tblPrChange', 'w:tblCaption', 'w:tblDescription', 'w:tblpPr'].reduce(
        removeElements,
        innerXml(tblPrEl),
      )
    : '';
  if (!tblPr.includes('<w:tblBorders')) {
    // The document's table may draw borders cell by cell or through a style that has none: an
    // inserted table draws its own.
    tblPr = insertChild(tblPr, BORDERS, [
      'w:shd',
      'w:tblLayout',
      'w:tblCellMar',
      'w:tblLook',
      'w:tblCaption',
      'w:tblDescription',
    ]);
  }
  const grid = elementText(like, 'w:tblGrid') ?? '';
  const widths = [...grid.matchAll(/<w:gridCol\b[^>]*\bw:w="(\d+)"/g)].map((m) => Number(m[1]));
  const width = widths.reduce((a, b) => a + b, 0) || TEXT_WIDTH;
  const rPr = firstRunRPr(like) ?? DEFAULT_TABLE.cell.rPr;
  return { tblPr, width, cell: { pPr: CELL_PPR, rPr } };
}
