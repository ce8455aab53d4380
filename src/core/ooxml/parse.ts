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
import { Names, type Attrs, type SaxHandler, type Walk } from './sax';
import { scan } from './scan';
import { Styles, type StyleNumPr } from './styles';
import { buildTable } from './table';

export interface ExtraParts {
  /** The part, or how to get it: it is read only if a paragraph is numbered. */
  numbering?: XmlPart | (() => XmlPart | undefined);
  styles?: XmlPart;
}

// Element codes. A start tag's code is looked up once and kept on a stack for its end tag: one
// hash lookup per element instead of two, a numeric switch instead of a call through one of some
// fifty closures, and no closures or maps built per document.
const OTHER = 0;
/** Elements whose whole content we do not read. */
const SKIPPED = 1;
const P = 2;
const PPR = 3;
const PSTYLE = 4;
const NUMID = 5;
const ILVL = 6;
const OUTLINE_LVL = 7;
const R = 8;
const RPR = 9;
const B = 10;
const RSTYLE = 11;
const T = 12;
const TAB = 13;
const BREAK = 14;
const HYPHEN = 15;
const TBL = 16;
const TBL_GRID = 17;
const GRID_COL = 18;
const TR = 19;
const TRPR = 20;
const GRID_BEFORE = 21;
const GRID_AFTER = 22;
const TC = 23;
const TCPR = 24;
const GRID_SPAN = 25;
const VMERGE = 26;
const TXBX_CONTENT = 27;
const ALTERNATE_CONTENT = 28;
const CHOICE = 29;
const FALLBACK = 30;
const SDT = 31;
const SDT_PR = 32;
const SDT_CONTENT = 33;
/** Read by name while a w:sdtPr is skipped (see open), so never an element that changes nothing. */
const SHOWING_PLACEHOLDER = 34;

const CODES = new Map<string, number>([
  // Deleted text, embedded objects, the "before" side of tracked property and grid changes, ruby
  // guides and section properties. (Drawings are read: the paragraphs of their text boxes are
  // text Word shows.)
  ['w:del', SKIPPED],
  ['w:moveFrom', SKIPPED],
  ['w:object', SKIPPED],
  ['w:pPrChange', SKIPPED],
  ['w:rPrChange', SKIPPED],
  ['w:tblPrChange', SKIPPED],
  ['w:tblPrExChange', SKIPPED],
  ['w:trPrChange', SKIPPED],
  ['w:tcPrChange', SKIPPED],
  ['w:sectPrChange', SKIPPED],
  ['w:numberingChange', SKIPPED],
  ['w:tblGridChange', SKIPPED],
  ['w:sectPr', SKIPPED],
  ['w:sdtEndPr', SKIPPED],
  ['w:customXmlPr', SKIPPED],
  ['w:smartTagPr', SKIPPED],
  ['w:rt', SKIPPED],
  ['w:p', P],
  ['w:pPr', PPR],
  ['w:pStyle', PSTYLE],
  ['w:numId', NUMID],
  ['w:ilvl', ILVL],
  ['w:outlineLvl', OUTLINE_LVL],
  ['w:r', R],
  ['w:rPr', RPR],
  ['w:b', B],
  ['w:rStyle', RSTYLE],
  ['w:t', T],
  ['w:tab', TAB],
  ['w:ptab', TAB],
  ['w:br', BREAK],
  ['w:cr', BREAK],
  ['w:noBreakHyphen', HYPHEN],
  ['w:tbl', TBL],
  ['w:tblGrid', TBL_GRID],
  ['w:gridCol', GRID_COL],
  ['w:tr', TR],
  ['w:trPr', TRPR],
  ['w:gridBefore', GRID_BEFORE],
  ['w:gridAfter', GRID_AFTER],
  ['w:tc', TC],
  ['w:tcPr', TCPR],
  ['w:gridSpan', GRID_SPAN],
  ['w:vMerge', VMERGE],
  ['w:txbxContent', TXBX_CONTENT],
  ['mc:AlternateContent', ALTERNATE_CONTENT],
  ['mc:Choice', CHOICE],
  ['mc:Fallback', FALLBACK],
  ['w:sdt', SDT],
  ['w:sdtPr', SDT_PR],
  ['w:sdtContent', SDT_CONTENT],
  ['w:showingPlcHdr', SHOWING_PLACEHOLDER],
]);

// The reader's own records are made with every field they may get, so that setting one later
// does not give the object a second store for its properties.
interface Para {
  start: number;
  text: string;
  style: string | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
  outlineLevel: number | undefined;
  anyText: boolean;
  allBold: boolean;
}

interface Run {
  /** Length of the paragraph text when the run opened. */
  from: number;
  bold: boolean | undefined;
  style: string | undefined;
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
  /** Made on the first paragraph, of its size (an empty array grows by 17 on its first push). */
  paragraphs: DocCellParagraph[] | undefined;
  /** Nested tables, made on the first. */
  tables: DocTable[] | undefined;
  colSpan: number;
  vMerge: 'restart' | 'continue' | undefined;
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

/** Builds the model from the tokenizer's events (one instance per part). */
class DocumentReader implements SaxHandler {
  readonly blocks: DocBlock[] = [];
  readonly paragraphs: DocParagraph[] = [];
  readonly tables: DocTable[] = [];

  private readonly frames: Frame[] = [];
  /** The codes of the open elements outside skipped content, innermost last. */
  private readonly codes: number[] = [];
  private para: Para | undefined;
  private run: Run | undefined;
  /** Runs nested in a run (ruby bases) write into the outer run. */
  private nestedRuns = 0;
  private skip = 0;
  private inT = false;
  private inPPr = false;
  private inRPr = false;
  private inTrPr = false;
  private inTcPr = false;
  private inGrid = false;
  private paragraphCount = 0;
  private cellCount = 0;
  private readonly anchors: Anchor[] = [];
  /** Per open mc:AlternateContent: whether one branch has been taken. */
  private readonly alternates: boolean[] = [];
  private readonly sdts: Sdt[] = [];
  /** Depth of placeholder content controls around the current position. */
  private placeholder = 0;
  /** Set while skipping a w:sdtPr, whose w:showingPlcHdr we still need. */
  private inSdtPr = false;

  // What the default paragraph style gives, found once: most paragraphs name no style, and each
  // would follow its chain per run and per paragraph.
  private readonly plainBold: boolean | undefined;
  private readonly plainNumPr: StyleNumPr | undefined;
  private readonly plainOutlineLevel: number | undefined;

  constructor(
    private readonly names: Names,
    private readonly styles: Styles,
    private readonly numbering: Numbering,
  ) {
    const plain = styles.defaultParagraph;
    this.plainBold = styles.bold(plain);
    this.plainNumPr = styles.numPr(plain);
    this.plainOutlineLevel = styles.outlineLevel(plain);
  }

  codeOf(name: string): number {
    return CODES.get(name) ?? OTHER;
  }

  /** An empty element of no code: open pushes OTHER and close pops it, or both move the skip
   * count, which is never 1 after open (w:showingPlcHdr, read while skipping, has a code). */
  ignoresEmpty(code: number): boolean {
    return code === OTHER;
  }

  open(name: string, attrs: Attrs, _end: number, start: number, known?: number): void {
    if (this.skip > 0) {
      if (this.inSdtPr && this.skip === 1 && name === 'w:showingPlcHdr') {
        this.sdts[this.sdts.length - 1].placeholder = onOff(this.names, attrs);
      }
      this.skip++;
      return;
    }
    const code = known ?? this.codeOf(name);
    if (code !== OTHER) this.start(code, attrs, start);
    // An element that starts skipping is closed by the skip count, not by the stack.
    if (this.skip === 0) this.codes.push(code);
  }

  close(_name: string, end: number): void {
    if (this.skip > 0) {
      this.skip--;
      if (this.skip === 0) this.inSdtPr = false;
      return;
    }
    const code = this.codes.pop();
    if (code !== undefined && code !== OTHER) this.end(code, end);
  }

  text(t: string): void {
    if (this.inT && this.skip === 0) this.addText(t);
  }

  private start(code: number, attrs: Attrs, start: number): void {
    const para = this.para;
    switch (code) {
      case SKIPPED:
        this.skip = 1;
        break;
      case P:
        this.para = {
          start,
          text: '',
          style: undefined,
          numId: undefined,
          ilvl: undefined,
          outlineLevel: undefined,
          anyText: false,
          allBold: true,
        };
        this.run = undefined;
        break;
      case PPR:
        if (para && !this.run) this.inPPr = true;
        break;
      case PSTYLE:
        if (para && this.inPPr && !this.inRPr) para.style = this.val(attrs);
        break;
      case NUMID:
        if (para && this.inPPr) para.numId = this.val(attrs);
        break;
      case ILVL:
        if (para && this.inPPr) para.ilvl = intAttr(this.names, attrs);
        break;
      case OUTLINE_LVL:
        if (para && this.inPPr) para.outlineLevel = intAttr(this.names, attrs);
        break;
      case R:
        if (this.run) this.nestedRuns++;
        else if (para) this.run = { from: para.text.length, bold: undefined, style: undefined };
        break;
      case RPR:
        this.inRPr = true;
        break;
      case B:
        if (this.run && this.inRPr) this.run.bold = onOff(this.names, attrs);
        break;
      case RSTYLE:
        if (this.run && this.inRPr) this.run.style = this.val(attrs);
        break;
      case T:
        if (this.run) this.inT = true;
        break;
      case TAB:
        if (this.run && !this.inRPr) this.addText('\t');
        break;
      case BREAK:
        if (this.run && !this.inRPr) this.addText('\n');
        break;
      case HYPHEN:
        if (this.run && !this.inRPr) this.addText('-');
        break;
      case TBL:
        this.frames.push({ kind: 'tbl', start, rows: [], gridCols: 0 });
        break;
      case TBL_GRID:
        this.inGrid = true;
        break;
      case GRID_COL: {
        const frame = this.top();
        // Grid columns past Word's maximum hold no cell Word could show.
        if (this.inGrid && frame?.kind === 'tbl' && frame.gridCols < LIMITS.tableMaxCols) {
          frame.gridCols++;
        }
        break;
      }
      case TR:
        if (this.top()?.kind !== 'tbl') break;
        this.frames.push({
          kind: 'tr',
          start,
          cells: [],
          gridBefore: 0,
          gridAfter: 0,
          nextCol: 0,
        });
        break;
      case TRPR:
        this.inTrPr = true;
        break;
      case GRID_BEFORE:
      case GRID_AFTER: {
        const frame = this.top();
        if (this.inTrPr && frame?.kind === 'tr' && frame.cells.length === 0) {
          const n = span(intAttr(this.names, attrs), 0);
          if (code === GRID_BEFORE) {
            frame.gridBefore = n;
            frame.nextCol = n;
          } else frame.gridAfter = n;
        }
        break;
      }
      case TC:
        if (this.top()?.kind !== 'tr') break;
        this.frames.push({
          kind: 'tc',
          start,
          paragraphs: undefined,
          tables: undefined,
          colSpan: 1,
          vMerge: undefined,
        });
        break;
      case TCPR:
        this.inTcPr = true;
        break;
      case GRID_SPAN: {
        const frame = this.top();
        if (this.inTcPr && frame?.kind === 'tc')
          frame.colSpan = span(intAttr(this.names, attrs), 1);
        break;
      }
      case VMERGE: {
        const frame = this.top();
        if (this.inTcPr && frame?.kind === 'tc') {
          frame.vMerge = this.val(attrs) === 'restart' ? 'restart' : 'continue';
        }
        break;
      }
      // Text boxes: their paragraphs are read where they are anchored, then the anchoring
      // paragraph goes on.
      case TXBX_CONTENT:
        this.anchors.push({
          para,
          run: this.run,
          nestedRuns: this.nestedRuns,
          inT: this.inT,
          inPPr: this.inPPr,
          inRPr: this.inRPr,
        });
        this.para = undefined;
        this.run = undefined;
        this.nestedRuns = 0;
        this.inT = this.inPPr = this.inRPr = false;
        break;
      // Markup compatibility: the first mc:Choice Word understands, else mc:Fallback; never both.
      case ALTERNATE_CONTENT:
        this.alternates.push(false);
        break;
      case CHOICE: {
        const at = this.alternates.length - 1;
        if (at < 0 || this.alternates[at] || !understood(attrs.get('Requires'), this.names)) {
          this.skip = 1;
        } else this.alternates[at] = true;
        break;
      }
      case FALLBACK: {
        const at = this.alternates.length - 1;
        if (at < 0 || this.alternates[at]) this.skip = 1;
        else this.alternates[at] = true;
        break;
      }
      // Content controls showing their placeholder ("单击或点击此处输入文字。") hold no text.
      case SDT:
        this.sdts.push({ placeholder: false, counted: false });
        break;
      case SDT_PR:
        this.skip = 1;
        this.inSdtPr = this.sdts.length > 0;
        break;
      case SDT_CONTENT: {
        const sdt = this.sdts[this.sdts.length - 1];
        if (sdt?.placeholder && !sdt.counted) {
          sdt.counted = true;
          this.placeholder++;
        }
        break;
      }
    }
  }

  private end(code: number, end: number): void {
    switch (code) {
      case P:
        this.endParagraph(end);
        this.run = undefined;
        this.nestedRuns = 0;
        this.inPPr = false;
        this.inRPr = false;
        this.inT = false;
        break;
      case PPR:
        this.inPPr = false;
        break;
      case R:
        if (this.nestedRuns > 0) this.nestedRuns--;
        else {
          this.endRun();
          this.run = undefined;
        }
        break;
      case RPR:
        this.inRPr = false;
        break;
      case T:
        this.inT = false;
        break;
      case TBL:
        this.endTable(end);
        break;
      case TBL_GRID:
        this.inGrid = false;
        break;
      case TR:
        this.endRow(end);
        break;
      case TRPR:
        this.inTrPr = false;
        break;
      case TC:
        this.endCell(end);
        break;
      case TCPR:
        this.inTcPr = false;
        break;
      case TXBX_CONTENT: {
        const anchor = this.anchors.pop();
        if (!anchor) break;
        this.para = anchor.para;
        this.run = anchor.run;
        this.nestedRuns = anchor.nestedRuns;
        this.inT = anchor.inT;
        this.inPPr = anchor.inPPr;
        this.inRPr = anchor.inRPr;
        break;
      }
      case ALTERNATE_CONTENT:
        this.alternates.pop();
        break;
      case SDT: {
        const sdt = this.sdts.pop();
        if (sdt?.counted) this.placeholder--;
        break;
      }
      case SDT_CONTENT: {
        const sdt = this.sdts[this.sdts.length - 1];
        if (sdt?.counted) {
          sdt.counted = false;
          this.placeholder--;
        }
        break;
      }
    }
  }

  private val(attrs: Attrs): string | undefined {
    return this.names.attr(attrs, 'val');
  }

  private top(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }

  private addText(t: string): void {
    const para = this.para;
    if (!para || this.placeholder > 0) return;
    const room = LIMITS.paragraphMaxText - para.text.length;
    if (room <= 0) return;
    para.text += t.length > room ? t.slice(0, room) : t;
  }

  private endRun(): void {
    const { para, run, styles } = this;
    if (!para || !run) return;
    if (hasNonSpace(para.text, run.from)) {
      para.anyText = true;
      const bold =
        run.bold ??
        (run.style === undefined ? undefined : styles.bold(run.style)) ??
        (para.style === undefined ? this.plainBold : styles.bold(para.style));
      if (!bold) para.allBold = false;
    }
  }

  private numTextOf(p: Para): string | undefined {
    const { styles, numbering } = this;
    let numId = p.numId;
    let ilvl = p.ilvl;
    const styleId = p.style ?? styles.defaultParagraph;
    if (numId === undefined) {
      const fromStyle = p.style === undefined ? this.plainNumPr : styles.numPr(p.style);
      if (!fromStyle) return undefined;
      numId = fromStyle.numId;
      ilvl ??= fromStyle.ilvl ?? numbering.levelForStyle(numId, styleId);
    }
    return numbering.next(numId, ilvl ?? 0);
  }

  private endParagraph(end: number): void {
    const p = this.para;
    if (!p) return;
    this.para = undefined;
    if (++this.paragraphCount > LIMITS.documentMaxParagraphs) {
      throw new LimitError('too-large', `文档超过 ${LIMITS.documentMaxParagraphs} 个段落。`);
    }
    const numText = this.numTextOf(p);
    const src = { start: p.start, end };
    const frame = this.top();
    if (frame === undefined) {
      const outlineLevel =
        p.outlineLevel ??
        (p.style === undefined ? this.plainOutlineLevel : this.styles.outlineLevel(p.style));
      const out: DocParagraph = {
        kind: 'paragraph',
        index: this.paragraphs.length,
        text: p.text,
      };
      if (numText !== undefined) out.numText = numText;
      if (p.style !== undefined) out.style = p.style;
      out.bold = p.anyText && p.allBold;
      // Level 9 means "body text": no outline level.
      if (outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel < 9) {
        out.outlineLevel = outlineLevel;
      }
      out.src = src;
      this.paragraphs.push(out);
      this.blocks.push(out);
    } else if (frame.kind === 'tc') {
      // One literal per shape: properties added one by one need a second store.
      const out: DocCellParagraph =
        numText === undefined ? { text: p.text, src } : { text: p.text, numText, src };
      if (frame.paragraphs === undefined) frame.paragraphs = [out];
      else frame.paragraphs.push(out);
    }
  }

  private endCell(end: number): void {
    const frame = this.top();
    if (frame?.kind !== 'tc') return;
    this.frames.pop();
    const row = this.top();
    if (row?.kind !== 'tr') return;
    if (++this.cellCount > LIMITS.documentMaxCells) {
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
    const paragraphs = frame.paragraphs ?? [];
    const text = cellText(paragraphs);
    const cell = row.cells.length;
    const { colSpan, vMerge, tables } = frame;
    const src = { start: frame.start, end };
    // Built whole, in the model's key order (added properties would need a second store).
    if (tables !== undefined) {
      const out: DocCell = { text, paragraphs, row: 0, cell, col, colSpan, rowSpan: 1 };
      if (vMerge) out.vMerge = vMerge;
      out.tables = tables;
      out.src = src;
      row.cells.push(out);
    } else if (vMerge) {
      row.cells.push({ text, paragraphs, row: 0, cell, col, colSpan, rowSpan: 1, vMerge, src });
    } else {
      row.cells.push({ text, paragraphs, row: 0, cell, col, colSpan, rowSpan: 1, src });
    }
  }

  private endRow(end: number): void {
    const frame = this.top();
    if (frame?.kind !== 'tr') return;
    this.frames.pop();
    const table = this.top();
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
  }

  private endTable(end: number): void {
    const frame = this.top();
    if (frame?.kind !== 'tbl') return;
    this.frames.pop();
    const parent = this.top();
    const src = { start: frame.start, end };
    if (parent === undefined) {
      const table = buildTable(frame.rows, frame.gridCols, this.tables.length, src);
      this.tables.push(table);
      this.blocks.push(table);
    } else if (parent.kind === 'tc') {
      (parent.tables ??= []).push(buildTable(frame.rows, frame.gridCols, -1, src));
    }
  }
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
  const reader = new DocumentReader(names, styles, numbering);
  walk(xml, reader, names);
  return { blocks: reader.blocks, paragraphs: reader.paragraphs, tables: reader.tables };
}
