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

  const endCell = (end: number): void => {
    const frame = top();
    if (frame?.kind !== 'tc') return;
    frames.pop();
    const row = top();
    if (row?.kind !== 'tr') return;
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
  };

  const endRow = (end: number): void => {
    const frame = top();
    if (frame?.kind !== 'tr') return;
    frames.pop();
    const table = top();
    if (table?.kind !== 'tbl') return;
    const r = table.rows.length;
    for (const cell of frame.cells) cell.row = r;
    table.rows.push({
      cells: frame.cells,
      gridBefore: frame.gridBefore,
      gridAfter: frame.gridAfter,
      src: { start: frame.start, end },
    });
  };

  const endTable = (end: number): void => {
    const frame = top();
    if (frame?.kind !== 'tbl') return;
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
  };

  type OnOpen = (attrs: Attrs, end: number) => void;
  type OnClose = (end: number) => void;
  // One hash lookup per element: most elements (fonts, sizes, spacing…) have no handler at all.
  const onOpen = new Map<string, OnOpen>();
  const onClose = new Map<string, OnClose>();
  const skipIt: OnOpen = () => {
    skip = 1;
  };
  for (const name of SKIP) onOpen.set(name, skipIt);

  onOpen.set('w:p', (_attrs, end) => {
    para = { start: tagStart(xml, end), text: '', anyText: false, allBold: true };
    run = undefined;
  });
  onClose.set('w:p', (end) => {
    endParagraph(end);
    run = undefined;
    nestedRuns = 0;
    inPPr = false;
    inRPr = false;
    inT = false;
  });
  onOpen.set('w:pPr', () => {
    if (para && !run) inPPr = true;
  });
  onClose.set('w:pPr', () => {
    inPPr = false;
  });
  onOpen.set('w:pStyle', (attrs) => {
    if (para && inPPr && !inRPr) para.style = val(attrs);
  });
  onOpen.set('w:numId', (attrs) => {
    if (para && inPPr) para.numId = val(attrs);
  });
  onOpen.set('w:ilvl', (attrs) => {
    if (para && inPPr) para.ilvl = intAttr(names, attrs);
  });
  onOpen.set('w:outlineLvl', (attrs) => {
    if (para && inPPr) para.outlineLevel = intAttr(names, attrs);
  });

  onOpen.set('w:r', () => {
    if (run) nestedRuns++;
    else if (para) run = { from: para.text.length };
  });
  onClose.set('w:r', () => {
    if (nestedRuns > 0) nestedRuns--;
    else {
      endRun();
      run = undefined;
    }
  });
  onOpen.set('w:rPr', () => {
    inRPr = true;
  });
  onClose.set('w:rPr', () => {
    inRPr = false;
  });
  onOpen.set('w:b', (attrs) => {
    if (run && inRPr) run.bold = onOff(names, attrs);
  });
  onOpen.set('w:rStyle', (attrs) => {
    if (run && inRPr) run.style = val(attrs);
  });
  onOpen.set('w:t', () => {
    if (run) inT = true;
  });
  onClose.set('w:t', () => {
    inT = false;
  });
  const append =
    (s: string): OnOpen =>
    () => {
      if (run && para && !inRPr) para.text += s;
    };
  onOpen.set('w:tab', append('\t'));
  onOpen.set('w:ptab', append('\t'));
  onOpen.set('w:br', append('\n'));
  onOpen.set('w:cr', append('\n'));
  onOpen.set('w:noBreakHyphen', append('-'));

  onOpen.set('w:tbl', (_attrs, end) => {
    frames.push({ kind: 'tbl', start: tagStart(xml, end), rows: [], gridCols: 0 });
  });
  onClose.set('w:tbl', (end) => endTable(end));
  onOpen.set('w:tblGrid', () => {
    inGrid = true;
  });
  onClose.set('w:tblGrid', () => {
    inGrid = false;
  });
  onOpen.set('w:gridCol', () => {
    const frame = top();
    if (inGrid && frame?.kind === 'tbl') frame.gridCols++;
  });

  onOpen.set('w:tr', (_attrs, end) => {
    if (top()?.kind !== 'tbl') return;
    frames.push({ kind: 'tr', start: tagStart(xml, end), cells: [], gridBefore: 0, gridAfter: 0 });
  });
  onClose.set('w:tr', (end) => endRow(end));
  onOpen.set('w:trPr', () => {
    inTrPr = true;
  });
  onClose.set('w:trPr', () => {
    inTrPr = false;
  });
  const gridSkip =
    (key: 'gridBefore' | 'gridAfter'): OnOpen =>
    (attrs) => {
      const frame = top();
      if (inTrPr && frame?.kind === 'tr') frame[key] = Math.max(0, intAttr(names, attrs) ?? 0);
    };
  onOpen.set('w:gridBefore', gridSkip('gridBefore'));
  onOpen.set('w:gridAfter', gridSkip('gridAfter'));

  onOpen.set('w:tc', (_attrs, end) => {
    if (top()?.kind !== 'tr') return;
    frames.push({ kind: 'tc', start: tagStart(xml, end), paragraphs: [], tables: [], colSpan: 1 });
  });
  onClose.set('w:tc', (end) => endCell(end));
  onOpen.set('w:tcPr', () => {
    inTcPr = true;
  });
  onClose.set('w:tcPr', () => {
    inTcPr = false;
  });
  onOpen.set('w:gridSpan', (attrs) => {
    const frame = top();
    if (inTcPr && frame?.kind === 'tc') frame.colSpan = Math.max(1, intAttr(names, attrs) ?? 1);
  });
  onOpen.set('w:vMerge', (attrs) => {
    const frame = top();
    if (inTcPr && frame?.kind === 'tc') {
      frame.vMerge = val(attrs) === 'restart' ? 'restart' : 'continue';
    }
  });

  const open = (name: string, attrs: Attrs, end: number): void => {
    if (skip > 0) skip++;
    else onOpen.get(name)?.(attrs, end);
  };
  const close = (name: string, end: number): void => {
    if (skip > 0) skip--;
    else onClose.get(name)?.(end);
  };

  const text = (t: string): void => {
    if (inT && skip === 0 && para) para.text += t;
  };

  walk(xml, { open, close, text }, names);
  return { blocks, paragraphs, tables };
}
