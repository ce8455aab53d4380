// WordprocessingML (word/document.xml) → the document model, in one SAX pass.
import type {
  DocBlock,
  DocCell,
  DocCellParagraph,
  DocModel,
  DocParagraph,
  DocRow,
  DocTable,
} from '../model';
import { Numbering } from './numbering';
import { intAttr, onOff } from './onoff';
import { Names, tagStart, walk, type Attrs } from './sax';
import { Styles } from './styles';
import { buildTable } from './table';

export interface ExtraParts {
  numbering?: string;
  styles?: string;
}

/**
 * Elements whose whole content we do not read: deleted text, text boxes and drawings (not part of
 * the flow of text), the "before" side of tracked property changes, the legacy side of markup
 * compatibility, ruby guides and section properties.
 */
const SKIP = new Set([
  'w:del',
  'w:moveFrom',
  'w:txbxContent',
  'w:drawing',
  'w:pict',
  'w:object',
  'w:pPrChange',
  'w:rPrChange',
  'w:tblPrChange',
  'w:tblPrExChange',
  'w:trPrChange',
  'w:tcPrChange',
  'w:sectPrChange',
  'w:numberingChange',
  'w:sectPr',
  'w:sdtPr',
  'w:sdtEndPr',
  'w:customXmlPr',
  'w:smartTagPr',
  'w:rt',
  'mc:Fallback',
]);

interface Para {
  start: number;
  text: string;
  style?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
  anyText: boolean;
  allBold: boolean;
}

interface Run {
  /** Length of the paragraph text when the run opened. */
  from: number;
  bold?: boolean;
  style?: string;
}

interface TableFrame {
  kind: 'tbl';
  start: number;
  rows: DocRow[];
  gridCols: number;
}

interface RowFrame {
  kind: 'tr';
  start: number;
  cells: DocCell[];
  gridBefore: number;
  gridAfter: number;
}

interface CellFrame {
  kind: 'tc';
  start: number;
  paragraphs: DocCellParagraph[];
  tables: DocTable[];
  colSpan: number;
  vMerge?: 'restart' | 'continue';
}

type Frame = TableFrame | RowFrame | CellFrame;

function hasNonSpace(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0x3000 && c !== 0xa0) return true;
  }
  return false;
}

export function parseDocumentXml(xml: string, parts: ExtraParts = {}): DocModel {
  const styles = new Styles(parts.styles);
  const numbering = new Numbering(parts.numbering, styles);
  const names = new Names();

  const blocks: DocBlock[] = [];
  const paragraphs: DocParagraph[] = [];
  const tables: DocTable[] = [];

  const frames: Frame[] = [];
  let para: Para | undefined;
  let run: Run | undefined;
  /** Runs nested in a run (ruby bases) write into the outer run. */
  let nestedRuns = 0;
  let skip = 0;
  let inT = false;
  let inPPr = false;
  let inRPr = false;
  let inTrPr = false;
  let inTcPr = false;
  let inGrid = false;

  const top = (): Frame | undefined => frames[frames.length - 1];
  const val = (attrs: Attrs): string | undefined => names.attr(attrs, 'val');

  const endRun = (): void => {
    if (!para || !run) return;
    if (hasNonSpace(para.text, run.from)) {
      para.anyText = true;
      const bold =
        run.bold ?? styles.bold(run.style) ?? styles.bold(para.style ?? styles.defaultParagraph);
      if (!bold) para.allBold = false;
    }
  };

  const numTextOf = (p: Para): string | undefined => {
    let numId = p.numId;
    let ilvl = p.ilvl;
    const styleId = p.style ?? styles.defaultParagraph;
    if (numId === undefined) {
      const fromStyle = styles.numPr(styleId);
      if (!fromStyle) return undefined;
      numId = fromStyle.numId;
      ilvl ??= fromStyle.ilvl ?? numbering.levelForStyle(numId, styleId);
    }
    return numbering.next(numId, ilvl ?? 0);
  };

  const endParagraph = (end: number): void => {
    if (!para) return;
    const p = para;
    para = undefined;
    const numText = numTextOf(p);
    const src = { start: p.start, end };
    const frame = top();
    if (frame === undefined) {
      const styleId = p.style ?? styles.defaultParagraph;
      const outlineLevel = p.outlineLevel ?? styles.outlineLevel(styleId);
      const out: DocParagraph = { kind: 'paragraph', index: paragraphs.length, text: p.text };
      if (numText !== undefined) out.numText = numText;
      if (p.style !== undefined) out.style = p.style;
      out.bold = p.anyText && p.allBold;
      // Level 9 means "body text": no outline level.
      if (outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel < 9) {
        out.outlineLevel = outlineLevel;
      }
      out.src = src;
      paragraphs.push(out);
      blocks.push(out);
    } else if (frame.kind === 'tc') {
      const out: DocCellParagraph = { text: p.text };
      if (numText !== undefined) out.numText = numText;
      out.src = src;
      frame.paragraphs.push(out);
    }
  };

  const open = (name: string, attrs: Attrs, end: number): void => {
    if (skip > 0 || SKIP.has(name)) {
      skip++;
      return;
    }
    switch (name) {
      case 'w:p':
        para = { start: tagStart(xml, end), text: '', anyText: false, allBold: true };
        run = undefined;
        break;
      case 'w:pPr':
        if (para && !run) inPPr = true;
        break;
      case 'w:pStyle':
        if (para && inPPr && !inRPr) para.style = val(attrs);
        break;
      case 'w:numId':
        if (para && inPPr) para.numId = val(attrs);
        break;
      case 'w:ilvl':
        if (para && inPPr) para.ilvl = intAttr(names, attrs);
        break;
      case 'w:outlineLvl':
        if (para && inPPr) para.outlineLevel = intAttr(names, attrs);
        break;
      case 'w:r':
        if (run) nestedRuns++;
        else if (para) run = { from: para.text.length };
        break;
      case 'w:rPr':
        inRPr = true;
        break;
      case 'w:b':
        if (run && inRPr) run.bold = onOff(names, attrs);
        break;
      case 'w:rStyle':
        if (run && inRPr) run.style = val(attrs);
        break;
      case 'w:t':
        if (run) inT = true;
        break;
      case 'w:tab':
      case 'w:ptab':
        if (run && para && !inRPr) para.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (run && para) para.text += '\n';
        break;
      case 'w:noBreakHyphen':
        if (run && para) para.text += '-';
        break;
      case 'w:tbl':
        frames.push({ kind: 'tbl', start: tagStart(xml, end), rows: [], gridCols: 0 });
        break;
      case 'w:tblGrid':
        inGrid = true;
        break;
      case 'w:gridCol': {
        const frame = top();
        if (inGrid && frame?.kind === 'tbl') frame.gridCols++;
        break;
      }
      case 'w:tr':
        if (top()?.kind === 'tbl') {
          frames.push({
            kind: 'tr',
            start: tagStart(xml, end),
            cells: [],
            gridBefore: 0,
            gridAfter: 0,
          });
        }
        break;
      case 'w:trPr':
        inTrPr = true;
        break;
      case 'w:gridBefore':
      case 'w:gridAfter': {
        const frame = top();
        if (inTrPr && frame?.kind === 'tr') {
          const n = Math.max(0, intAttr(names, attrs) ?? 0);
          if (name === 'w:gridBefore') frame.gridBefore = n;
          else frame.gridAfter = n;
        }
        break;
      }
      case 'w:tc':
        if (top()?.kind === 'tr') {
          frames.push({
            kind: 'tc',
            start: tagStart(xml, end),
            paragraphs: [],
            tables: [],
            colSpan: 1,
          });
        }
        break;
      case 'w:tcPr':
        inTcPr = true;
        break;
      case 'w:gridSpan': {
        const frame = top();
        if (inTcPr && frame?.kind === 'tc') frame.colSpan = Math.max(1, intAttr(names, attrs) ?? 1);
        break;
      }
      case 'w:vMerge': {
        const frame = top();
        if (inTcPr && frame?.kind === 'tc') {
          frame.vMerge = val(attrs) === 'restart' ? 'restart' : 'continue';
        }
        break;
      }
    }
  };

  const close = (name: string, end: number): void => {
    if (skip > 0) {
      skip--;
      return;
    }
    switch (name) {
      case 'w:p':
        endParagraph(end);
        run = undefined;
        nestedRuns = 0;
        inPPr = false;
        inRPr = false;
        inT = false;
        break;
      case 'w:pPr':
        inPPr = false;
        break;
      case 'w:rPr':
        inRPr = false;
        break;
      case 'w:t':
        inT = false;
        break;
      case 'w:r':
        if (nestedRuns > 0) nestedRuns--;
        else {
          endRun();
          run = undefined;
        }
        break;
      case 'w:tblGrid':
        inGrid = false;
        break;
      case 'w:trPr':
        inTrPr = false;
        break;
      case 'w:tcPr':
        inTcPr = false;
        break;
      case 'w:tc': {
        const frame = top();
        if (frame?.kind !== 'tc') break;
        frames.pop();
        const row = top();
        if (row?.kind !== 'tr') break;
        let col = row.gridBefore;
        for (const c of row.cells) col += c.colSpan;
        const cell: DocCell = {
          text: frame.paragraphs.map((p) => (p.numText ?? '') + p.text).join('\n'),
          paragraphs: frame.paragraphs,
          row: 0,
          cell: row.cells.length,
          col,
          colSpan: frame.colSpan,
          rowSpan: 1,
        };
        if (frame.vMerge) cell.vMerge = frame.vMerge;
        if (frame.tables.length > 0) cell.tables = frame.tables;
        cell.src = { start: frame.start, end };
        row.cells.push(cell);
        break;
      }
      case 'w:tr': {
        const frame = top();
        if (frame?.kind !== 'tr') break;
        frames.pop();
        const table = top();
        if (table?.kind !== 'tbl') break;
        const r = table.rows.length;
        for (const cell of frame.cells) cell.row = r;
        table.rows.push({
          cells: frame.cells,
          gridBefore: frame.gridBefore,
          gridAfter: frame.gridAfter,
          src: { start: frame.start, end },
        });
        break;
      }
      case 'w:tbl': {
        const frame = top();
        if (frame?.kind !== 'tbl') break;
        frames.pop();
        const parent = top();
        const src = { start: frame.start, end };
        if (parent === undefined) {
          const table = buildTable(frame.rows, frame.gridCols, tables.length, src);
          tables.push(table);
          blocks.push(table);
        } else if (parent.kind === 'tc') {
          parent.tables.push(buildTable(frame.rows, frame.gridCols, -1, src));
        }
        break;
      }
    }
  };

  const text = (t: string): void => {
    if (inT && skip === 0 && para) para.text += t;
  };

  walk(xml, { open, close, text }, names);
  return { blocks, paragraphs, tables };
}
