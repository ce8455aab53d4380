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
import { LIMITS, LimitError } from '../limits';
import { understood } from './compat';
import { Numbering } from './numbering';
import { intAttr, onOff } from './onoff';
import type { XmlPart } from './part';
import { Names, type Attrs, type Walk } from './sax';
import { scan } from './scan';
import { Styles } from './styles';
import { buildTable } from './table';

export interface ExtraParts {
  numbering?: XmlPart;
  styles?: XmlPart;
}

/**
 * Elements whose whole content we do not read: deleted text, embedded objects, the "before" side
 * of tracked property and grid changes, ruby guides and section properties. (Drawings are read:
 * the paragraphs of their text boxes are text Word shows.)
 */
const SKIP = new Set([
  'w:del',
  'w:moveFrom',
  'w:object',
  'w:pPrChange',
  'w:rPrChange',
  'w:tblPrChange',
  'w:tblPrExChange',
  'w:trPrChange',
  'w:tcPrChange',
  'w:sectPrChange',
  'w:numberingChange',
  'w:tblGridChange',
  'w:sectPr',
  'w:sdtEndPr',
  'w:customXmlPr',
  'w:smartTagPr',
  'w:rt',
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
  /** Grid column where the next cell starts. */
  nextCol: number;
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

/** What a text box interrupts: the paragraph (and run) that anchors it. */
interface Anchor {
  para: Para | undefined;
  run: Run | undefined;
  nestedRuns: number;
  inT: boolean;
  inPPr: boolean;
  inRPr: boolean;
}

/** A content control; `placeholder` when it shows its placeholder text (which is not content). */
interface Sdt {
  placeholder: boolean;
  counted: boolean;
}

/** A span (gridSpan, gridBefore, gridAfter) clamped to what a Word table can hold. */
function span(n: number | undefined, min: number): number {
  return Math.min(LIMITS.tableMaxCols, Math.max(min, n ?? min));
}

function hasNonSpace(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0x3000 && c !== 0xa0) return true;
  }
  return false;
}

/** A cell's paragraphs, numbered, one per line (a loop: most cells hold one paragraph, and
 * map + join cost an array and a join per cell). */
function cellText(paragraphs: readonly DocCellParagraph[]): string {
  let out = '';
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (i > 0) out += '\n';
    out += p.numText === undefined ? p.text : p.numText + p.text;
  }
  return out;
}

/** `walk` is the tokenizer: the scanner; the differential test passes the parser it replaced. */
export function parseDocumentXml(
  xml: XmlPart,
  parts: ExtraParts = {},
  walk: Walk = scan,
): DocModel {
  const styles = new Styles(parts.styles, walk);
  const numbering = new Numbering(parts.numbering, styles, walk);
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
  let paragraphCount = 0;
  let cellCount = 0;
  const anchors: Anchor[] = [];
  /** Per open mc:AlternateContent: whether one branch has been taken. */
  const alternates: boolean[] = [];
  const sdts: Sdt[] = [];
  /** Depth of placeholder content controls around the current position. */
  let placeholder = 0;
  /** Set while skipping a w:sdtPr, whose w:showingPlcHdr we still need. */
  let inSdtPr = false;

  const addText = (t: string): void => {
    if (!para || placeholder > 0) return;
    const room = LIMITS.paragraphMaxText - para.text.length;
    if (room <= 0) return;
    para.text += t.length > room ? t.slice(0, room) : t;
  };

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
    if (++paragraphCount > LIMITS.documentMaxParagraphs) {
      throw new LimitError('too-large', `文档超过 ${LIMITS.documentMaxParagraphs} 个段落。`);
    }
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
    if (++cellCount > LIMITS.documentMaxCells) {
      throw new LimitError('too-large', `文档中的表格超过 ${LIMITS.documentMaxCells} 个单元格。`);
    }
    const col = row.nextCol;
    row.nextCol += frame.colSpan;
    if (row.nextCol > LIMITS.tableMaxCols) {
      throw new LimitError(
        'structure',
        `表格的一行超过 ${LIMITS.tableMaxCols} 列（Word 表格最多 ${LIMITS.tableMaxCols} 列）。`,
      );
    }
    const cell: DocCell = {
      text: cellText(frame.paragraphs),
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
    if (r >= LIMITS.tableMaxRows) {
      throw new LimitError('too-large', `一个表格超过 ${LIMITS.tableMaxRows} 行。`);
    }
    for (const cell of frame.cells) cell.row = r;
    table.rows.push({
      cells: frame.cells,
      gridBefore: frame.gridBefore,
      // A row spans at most the 63 columns of a Word table, skipped columns included.
      gridAfter: Math.min(frame.gridAfter, LIMITS.tableMaxCols - frame.nextCol),
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

  type OnOpen = (attrs: Attrs, end: number, start: number) => void;
  type OnClose = (end: number) => void;
  // One hash lookup per element: most elements (fonts, sizes, spacing…) have no handler at all.
  const onOpen = new Map<string, OnOpen>();
  const onClose = new Map<string, OnClose>();
  const skipIt: OnOpen = () => {
    skip = 1;
  };
  for (const name of SKIP) onOpen.set(name, skipIt);

  onOpen.set('w:p', (_attrs, _end, start) => {
    para = { start, text: '', anyText: false, allBold: true };
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
      if (run && !inRPr) addText(s);
    };
  onOpen.set('w:tab', append('\t'));
  onOpen.set('w:ptab', append('\t'));
  onOpen.set('w:br', append('\n'));
  onOpen.set('w:cr', append('\n'));
  onOpen.set('w:noBreakHyphen', append('-'));

  onOpen.set('w:tbl', (_attrs, _end, start) => {
    frames.push({ kind: 'tbl', start, rows: [], gridCols: 0 });
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
    // Grid columns past Word's maximum hold no cell Word could show.
    if (inGrid && frame?.kind === 'tbl' && frame.gridCols < LIMITS.tableMaxCols) frame.gridCols++;
  });

  onOpen.set('w:tr', (_attrs, _end, start) => {
    if (top()?.kind !== 'tbl') return;
    frames.push({
      kind: 'tr',
      start,
      cells: [],
      gridBefore: 0,
      gridAfter: 0,
      nextCol: 0,
    });
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
      if (inTrPr && frame?.kind === 'tr' && frame.cells.length === 0) {
        frame[key] = span(intAttr(names, attrs), 0);
        if (key === 'gridBefore') frame.nextCol = frame.gridBefore;
      }
    };
  onOpen.set('w:gridBefore', gridSkip('gridBefore'));
  onOpen.set('w:gridAfter', gridSkip('gridAfter'));

  onOpen.set('w:tc', (_attrs, _end, start) => {
    if (top()?.kind !== 'tr') return;
    frames.push({ kind: 'tc', start, paragraphs: [], tables: [], colSpan: 1 });
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
    if (inTcPr && frame?.kind === 'tc') frame.colSpan = span(intAttr(names, attrs), 1);
  });
  onOpen.set('w:vMerge', (attrs) => {
    const frame = top();
    if (inTcPr && frame?.kind === 'tc') {
      frame.vMerge = val(attrs) === 'restart' ? 'restart' : 'continue';
    }
  });

  // Text boxes: their paragraphs are read where they are anchored, then the anchoring paragraph
  // goes on.
  onOpen.set('w:txbxContent', () => {
    anchors.push({ para, run, nestedRuns, inT, inPPr, inRPr });
    para = undefined;
    run = undefined;
    nestedRuns = 0;
    inT = inPPr = inRPr = false;
  });
  onClose.set('w:txbxContent', () => {
    const anchor = anchors.pop();
    if (!anchor) return;
    ({ para, run, nestedRuns, inT, inPPr, inRPr } = anchor);
  });

  // Markup compatibility: the first mc:Choice Word understands, else mc:Fallback; never both.
  onOpen.set('mc:AlternateContent', () => {
    alternates.push(false);
  });
  onClose.set('mc:AlternateContent', () => {
    alternates.pop();
  });
  onOpen.set('mc:Choice', (attrs) => {
    const at = alternates.length - 1;
    if (at < 0 || alternates[at] || !understood(attrs.get('Requires'), names)) skip = 1;
    else alternates[at] = true;
  });
  onOpen.set('mc:Fallback', () => {
    const at = alternates.length - 1;
    if (at < 0 || alternates[at]) skip = 1;
    else alternates[at] = true;
  });

  // Content controls showing their placeholder ("单击或点击此处输入文字。") hold no text.
  onOpen.set('w:sdt', () => {
    sdts.push({ placeholder: false, counted: false });
  });
  onClose.set('w:sdt', () => {
    const sdt = sdts.pop();
    if (sdt?.counted) placeholder--;
  });
  onOpen.set('w:sdtPr', () => {
    skip = 1;
    inSdtPr = sdts.length > 0;
  });
  onOpen.set('w:sdtContent', () => {
    const sdt = sdts[sdts.length - 1];
    if (sdt?.placeholder && !sdt.counted) {
      sdt.counted = true;
      placeholder++;
    }
  });
  onClose.set('w:sdtContent', () => {
    const sdt = sdts[sdts.length - 1];
    if (sdt?.counted) {
      sdt.counted = false;
      placeholder--;
    }
  });

  const open = (name: string, attrs: Attrs, end: number, start: number): void => {
    if (skip > 0) {
      if (inSdtPr && skip === 1 && name === 'w:showingPlcHdr') {
        sdts[sdts.length - 1].placeholder = onOff(names, attrs);
      }
      skip++;
    } else onOpen.get(name)?.(attrs, end, start);
  };
  const close = (name: string, end: number): void => {
    if (skip > 0) {
      skip--;
      if (skip === 0) inSdtPr = false;
    } else onClose.get(name)?.(end);
  };

  const text = (t: string): void => {
    if (inT && skip === 0) addText(t);
  };

  walk(xml, { open, close, text }, names);
  return { blocks, paragraphs, tables };
}
