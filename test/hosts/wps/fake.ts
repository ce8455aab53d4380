// A fake WPS 文字 over a .docx: window.Application / window.wps with exactly the members of
// src/hosts/wps/api.ts (typed against them, hence against wps-jsapi-declare), every call counted.
// The document lives as its document.xml string; each object-model write splices that string
// where the parser's source spans say the cell or paragraph is, so untouched bytes stay untouched
// and tests can compare document.xml exactly. Character positions (Range.Start/End) follow Word's
// scheme closely enough to be consistent: a paragraph is its text plus its mark, a cell its
// paragraphs plus the end-of-cell mark, a row one more for the end-of-row mark.
//
// What it decides where WPS is unknown here: setting a cell's shading to automatic removes a
// `w:shd` the fake created itself; a highlight of 0 removes `w:highlight` (and a `w:rPr` left
// empty); Cell(row, column) counts `w:tc` elements; ContentChange fires synchronously.

// The object model is made of object literals with getters and setters, whose own `this` is the
// literal: they reach the fake through an alias.
/* eslint-disable @typescript-eslint/no-this-alias */
import { readFileSync } from 'fs';
import JSZip from 'jszip';
import type {
  WpsAddon,
  WpsApiEvent,
  WpsApp,
  WpsCell,
  WpsCells,
  WpsContentChange,
  WpsDocument,
  WpsListFormat,
  WpsParagraph,
  WpsParagraphs,
  WpsRange,
  WpsShading,
  WpsTable,
  WpsTables,
  WpsUndoRecord,
  WpsVariable,
  WpsVariables,
  WpsWindow,
} from '../../../src/hosts/wps/api';
import { parseDocumentXml, splitFlatPackage } from '../../../src/core/ooxml';
import type { DocCell, DocModel, DocTable, SourceSpan } from '../../../src/core/model';
import { escapeXml, findElement, insertChild } from '../../../src/core/ooxml/xml';

export interface FakeParts {
  document: string;
  styles?: string;
  numbering?: string;
}

export async function partsOfDocx(file: string): Promise<FakeParts> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const text = (name: string) => zip.file(name)?.async('string');
  const document = await text('word/document.xml');
  if (document === undefined) throw new Error(`${file}: no word/document.xml`);
  return {
    document,
    styles: await text('word/styles.xml'),
    numbering: await text('word/numbering.xml'),
  };
}

/** Options: which reading paths this WPS build has, and whether it has events and undo records. */
export interface FakeOptions {
  documentXml?: boolean;
  contentXml?: boolean;
  events?: boolean;
  undoRecord?: boolean;
  variables?: Record<string, string>;
}

// ---------- layout: positions of paragraphs, cells and tables ----------

interface ParaSlot {
  src: SourceSpan;
  start: number;
  end: number;
  text: string;
  numText?: string;
  inTable: boolean;
}

interface CellSlot {
  src: SourceSpan;
  start: number;
  end: number;
  row: number;
  cell: number;
  paragraphs: ParaSlot[];
}

interface TableSlot {
  src: SourceSpan;
  start: number;
  end: number;
  cells: CellSlot[];
}

interface Layout {
  model: DocModel;
  /** Every paragraph in document order, those in tables included (Document.Paragraphs). */
  paragraphs: ParaSlot[];
  tables: TableSlot[];
  /** Where each block starts, for inserts: position → offset in document.xml. */
  blockStarts: Map<number, number>;
  end: number;
}

function layoutOf(model: DocModel): Layout {
  const paragraphs: ParaSlot[] = [];
  const tables: TableSlot[] = [];
  const blockStarts = new Map<number, number>();
  let at = 0;
  const table = (t: DocTable, top: boolean): TableSlot => {
    const slot: TableSlot = { src: t.src!, start: at, end: at, cells: [] };
    for (const row of t.rows) {
      for (const c of row.cells) slot.cells.push(cell(c));
      at += 1; // end-of-row mark
    }
    slot.end = at;
    if (top) tables.push(slot);
    return slot;
  };
  const cell = (c: DocCell): CellSlot => {
    const slot: CellSlot = {
      src: c.src!,
      start: at,
      end: at,
      row: c.row,
      cell: c.cell,
      paragraphs: [],
    };
    const ps = c.paragraphs.length > 0 ? c.paragraphs : [{ text: '', src: c.src }];
    for (const p of ps) {
      const para: ParaSlot = {
        src: p.src!,
        start: at,
        end: at + p.text.length + 1,
        text: p.text,
        inTable: true,
      };
      if ('numText' in p && p.numText !== undefined) para.numText = p.numText;
      paragraphs.push(para);
      slot.paragraphs.push(para);
      at = para.end;
    }
    for (const nested of c.tables ?? []) table(nested, false);
    slot.end = at;
    return slot;
  };
  for (const block of model.blocks) {
    blockStarts.set(at, block.src!.start);
    if (block.kind === 'paragraph') {
      const p: ParaSlot = {
        src: block.src!,
        start: at,
        end: at + block.text.length + 1,
        text: block.text,
        inTable: false,
      };
      if (block.numText !== undefined) p.numText = block.numText;
      paragraphs.push(p);
      at = p.end;
    } else table(block, true);
  }
  return { model, paragraphs, tables, blockStarts, end: at };
}

// ---------- string surgery on document.xml ----------

const HIGHLIGHTS: Record<string, number> = {
  black: 1,
  blue: 2,
  cyan: 3,
  green: 4,
  magenta: 5,
  red: 6,
  yellow: 7,
  white: 8,
  darkBlue: 9,
  darkCyan: 10,
  darkGreen: 11,
  darkMagenta: 12,
  darkRed: 13,
  darkYellow: 14,
  darkGray: 15,
  lightGray: 16,
};
const HIGHLIGHT_NAMES = Object.fromEntries(Object.entries(HIGHLIGHTS).map(([k, v]) => [v, k]));
const AUTOMATIC = -16777216;
const MIXED = 9999999;
const OURS_SHD = (fill: string) => `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>`;

function bgrToHex(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return [r, g, b]
    .map((n) => n.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

function hexToBgr(hex: string): number {
  const rgb = parseInt(hex, 16);
  return ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >> 16) & 0xff);
}

/** The `<w:tcPr>` of a `<w:tc>` string (its own, not a nested table's). */
function tcPrOf(tc: string): { start: number; end: number } | undefined {
  const open = tc.indexOf('>') + 1;
  const span = findElement(tc, 'w:tcPr', open);
  return span && tc.slice(open, span.start).trim() === '' ? span : undefined;
}

function runs(p: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let span = findElement(p, 'w:r'); span; span = findElement(p, 'w:r', span.end))
    out.push(span);
  return out;
}

function textRuns(p: string): string[] {
  return runs(p)
    .map((s) => p.slice(s.start, s.end))
    .filter((r) => r.includes('<w:t>') || r.includes('<w:t '));
}

/** A paragraph holding `text`: the old one's pPr and its first run's rPr kept. */
function paragraphWith(old: string, text: string): string {
  const open = old.slice(0, old.indexOf('>') + 1);
  const pPr = findElement(old, 'w:pPr');
  const firstRun = runs(old)[0];
  const rPr = firstRun ? findElement(old.slice(firstRun.start, firstRun.end), 'w:rPr') : undefined;
  const runXml = firstRun ? old.slice(firstRun.start, firstRun.end) : '';
  const body =
    text === ''
      ? ''
      : `<w:r>${rPr ? runXml.slice(rPr.start, rPr.end) : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  return `${open}${pPr ? old.slice(pPr.start, pPr.end) : ''}${body}</w:p>`;
}

// ---------- the fake ----------

export class FakeWps {
  /** Calls by member, e.g. "Document.WordOpenXML", "Cell.Range.Text=". */
  readonly calls = new Map<string, number>();
  readonly variables = new Map<string, string>();
  readonly listeners: WpsContentChange[] = [];
  /** The last range selected (Start, End). */
  selection?: { start: number; end: number };
  /** Undo records opened and closed, in order. */
  readonly undoRecords: string[] = [];
  private xml: string;
  private cached?: Layout;
  readonly app: WpsApp;
  readonly addon: WpsAddon;

  constructor(
    private readonly partsIn: FakeParts,
    private readonly options: FakeOptions = {},
  ) {
    this.xml = partsIn.document;
    for (const [k, v] of Object.entries(options.variables ?? {})) this.variables.set(k, v);
    this.app = this.makeApp();
    this.addon = this.makeAddon();
  }

  static async fromDocx(file: string, options?: FakeOptions): Promise<FakeWps> {
    return new FakeWps(await partsOfDocx(file), options);
  }

  /** The parts as they are now (document.xml with every write so far). */
  parts(): FakeParts {
    return { ...this.partsIn, document: this.xml };
  }

  /** document.xml as it is now, whole. */
  documentXml(): string {
    return this.xml;
  }

  /** A reopened copy: the same document.xml and variables (saved in the file), nothing else. */
  reopen(options: FakeOptions = this.options): FakeWps {
    return new FakeWps(
      { ...this.partsIn, document: this.xml },
      { ...options, variables: Object.fromEntries(this.variables) },
    );
  }

  count(name: string): number {
    return this.calls.get(name) ?? 0;
  }

  /** An edit by the user: replaces a cell's text and fires ContentChange. */
  userSetsCell(table: number, row: number, cell: number, text: string): void {
    const slot = this.layout().tables[table]?.cells.find((c) => c.row === row && c.cell === cell);
    if (!slot) throw new Error('fake: no such cell');
    this.setCellText(slot, text);
  }

  // ----- internals -----

  private hit(name: string): void {
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
  }

  private layout(): Layout {
    this.cached ??= layoutOf(parseDocumentXml(this.xml, this.partsIn));
    return this.cached;
  }

  /**
   * Replaces document.xml[span] and moves the live ranges as Word does: those from `editEnd` (an
   * old position: the end of what was edited) on shift by the change in length, those around it
   * grow or shrink with it.
   */
  private splice(span: SourceSpan, replacement: string, editEnd: number, sameText = false): void {
    const before = this.layout().end;
    this.xml = this.xml.slice(0, span.start) + replacement + this.xml.slice(span.end);
    // Formatting only (shading, highlight, numbering): the text and so every position stay; the
    // byte offsets after the edit move, which is cheaper than parsing again (marks come by
    // the hundred in real reports).
    if (sameText && this.cached)
      this.shiftSpans(this.cached, span.end, replacement.length - (span.end - span.start));
    else this.cached = undefined;
    const delta = this.layout().end - before;
    if (delta !== 0)
      for (const r of this.live) {
        if (r.start >= editEnd) r.start += delta;
        if (r.end >= editEnd) r.end += delta;
      }
    for (const l of this.listeners) l(undefined, undefined, 0);
  }

  private shiftSpans(layout: Layout, from: number, delta: number): void {
    const spans = new Set<SourceSpan>();
    for (const p of layout.paragraphs) spans.add(p.src);
    for (const t of layout.tables) {
      spans.add(t.src);
      for (const c of t.cells) {
        spans.add(c.src);
        for (const p of c.paragraphs) spans.add(p.src);
      }
    }
    for (const s of spans) {
      if (s.start >= from) s.start += delta;
      if (s.end >= from) s.end += delta;
    }
    for (const [at, offset] of layout.blockStarts)
      if (offset >= from) layout.blockStarts.set(at, offset + delta);
  }

  /** Every range handed out, kept up to date as in Word (ranges there are live). */
  private readonly live: { start: number; end: number }[] = [];

  private flatPackage(): string {
    const strip = (x: string) => x.replace(/^<\?xml[^>]*\?>\s*/, '');
    const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.';
    const part = (name: string, type: string, xml?: string) =>
      xml === undefined
        ? ''
        : `<pkg:part pkg:name="${name}" pkg:contentType="${CT}${type}"><pkg:xmlData>${strip(xml)}</pkg:xmlData></pkg:part>`;
    return (
      '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>' +
      '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
      part('/word/document.xml', 'document.main+xml', this.xml) +
      part('/word/styles.xml', 'styles+xml', this.partsIn.styles) +
      part('/word/numbering.xml', 'numbering+xml', this.partsIn.numbering) +
      '</pkg:package>'
    );
  }

  private cellAt(start: number, end: number): CellSlot | undefined {
    for (const t of this.layout().tables)
      for (const c of t.cells) if (c.start === start && c.end === end) return c;
    return undefined;
  }

  private paragraphAt(start: number, end: number): { slot: ParaSlot; whole: boolean } | undefined {
    for (const p of this.layout().paragraphs) {
      if (p.start === start && p.end === end) return { slot: p, whole: true };
      if (p.start === start && p.end - 1 === end) return { slot: p, whole: false };
    }
    return undefined;
  }

  private setCellText(slot: CellSlot, text: string): void {
    const tc = this.xml.slice(slot.src.start, slot.src.end);
    const open = tc.slice(0, tc.indexOf('>') + 1);
    const tcPr = tcPrOf(tc);
    const firstP = findElement(tc, 'w:p');
    const oldP = firstP ? tc.slice(firstP.start, firstP.end) : '<w:p>';
    const ps = text.split('\r').map((t) => paragraphWith(oldP.endsWith('/>') ? '<w:p>' : oldP, t));
    this.splice(
      slot.src,
      `${open}${tcPr ? tc.slice(tcPr.start, tcPr.end) : ''}${ps.join('')}</w:tc>`,
      slot.end,
    );
  }

  private setParagraphText(slot: ParaSlot, text: string): void {
    const p = this.xml.slice(slot.src.start, slot.src.end);
    this.splice(slot.src, paragraphWith(p.endsWith('/>') ? '<w:p>' : p, text), slot.end - 1);
  }

  private shading(slot: CellSlot): number {
    const tc = this.xml.slice(slot.src.start, slot.src.end);
    const tcPr = tcPrOf(tc);
    const shd = tcPr ? findElement(tc.slice(tcPr.start, tcPr.end), 'w:shd') : undefined;
    if (!tcPr || !shd) return AUTOMATIC;
    const fill = /w:fill="([^"]*)"/.exec(
      tc.slice(tcPr.start, tcPr.end).slice(shd.start, shd.end),
    )?.[1];
    return !fill || fill === 'auto' ? AUTOMATIC : hexToBgr(fill);
  }

  private setShading(slot: CellSlot, value: number): void {
    const tc = this.xml.slice(slot.src.start, slot.src.end);
    const open = tc.indexOf('>') + 1;
    const tcPr = tcPrOf(tc);
    let props = tcPr ? tc.slice(tcPr.start, tcPr.end) : '<w:tcPr></w:tcPr>';
    const shd = findElement(props, 'w:shd');
    if (value === AUTOMATIC) {
      if (!shd) return;
      const existing = props.slice(shd.start, shd.end);
      props = /^<w:shd w:val="clear" w:color="auto" w:fill="[0-9A-F]{6}"\/>$/.test(existing)
        ? props.slice(0, shd.start) + props.slice(shd.end)
        : props.slice(0, shd.start) +
          existing.replace(/w:fill="[^"]*"/, 'w:fill="auto"') +
          props.slice(shd.end);
    } else if (shd) {
      const existing = props.slice(shd.start, shd.end);
      const next = /w:fill="/.test(existing)
        ? existing.replace(/w:fill="[^"]*"/, `w:fill="${bgrToHex(value)}"`)
        : existing.replace(/\/>$/, ` w:fill="${bgrToHex(value)}"/>`);
      props = props.slice(0, shd.start) + next + props.slice(shd.end);
    } else {
      const inner = props.slice(props.indexOf('>') + 1, props.lastIndexOf('</'));
      const withShd = insertChild(inner, OURS_SHD(bgrToHex(value)), [
        'w:noWrap',
        'w:tcMar',
        'w:textDirection',
        'w:tcFitText',
        'w:vAlign',
        'w:hideMark',
      ]);
      props = `${props.slice(0, props.indexOf('>') + 1)}${withShd}</w:tcPr>`;
    }
    if (props === '<w:tcPr></w:tcPr>') props = '';
    const rest = tcPr ? tc.slice(tcPr.end) : tc.slice(open);
    this.splice(slot.src, tc.slice(0, open) + props + rest, slot.end, true);
  }

  private highlight(slot: ParaSlot): number {
    const p = this.xml.slice(slot.src.start, slot.src.end);
    const values = new Set(
      textRuns(p).map((r) => {
        const name = /<w:highlight w:val="([^"]*)"/.exec(r)?.[1];
        return name ? (HIGHLIGHTS[name] ?? 0) : 0;
      }),
    );
    return values.size === 0 ? 0 : values.size === 1 ? [...values][0] : MIXED;
  }

  private setHighlight(slot: ParaSlot, value: number): void {
    const p = this.xml.slice(slot.src.start, slot.src.end);
    let out = '';
    let at = 0;
    for (const span of runs(p)) {
      let run = p.slice(span.start, span.end);
      if (run.includes('<w:t>') || run.includes('<w:t ')) {
        run = run.replace(/<w:highlight [^>]*\/>/, '');
        if (value !== 0) {
          const mark = `<w:highlight w:val="${HIGHLIGHT_NAMES[value]}"/>`;
          run = run.includes('<w:rPr>')
            ? run.replace('</w:rPr>', `${mark}</w:rPr>`)
            : run.replace(/^<w:r( [^>]*)?>/, (m) => `${m}<w:rPr>${mark}</w:rPr>`);
        }
        run = run.replace('<w:rPr></w:rPr>', '');
      }
      out += p.slice(at, span.start) + run;
      at = span.end;
    }
    this.splice(slot.src, out + p.slice(at), slot.end, true);
  }

  private insertXml(position: number, pkg: string): void {
    const document = splitFlatPackage(pkg).document;
    const body = findElement(document, 'w:body');
    if (!body) throw new Error('fake: InsertXML without a body');
    let content = document.slice(
      document.indexOf('>', body.start) + 1,
      document.lastIndexOf('</w:body>', body.end),
    );
    const sectPr = findElement(content, 'w:sectPr');
    if (sectPr) content = content.slice(0, sectPr.start) + content.slice(sectPr.end);
    const layout = this.layout();
    let offset = layout.blockStarts.get(position);
    if (offset === undefined && position >= layout.end) {
      const bodyEnd = this.xml.lastIndexOf('</w:body>');
      const sect = this.xml.lastIndexOf('<w:sectPr', bodyEnd);
      offset =
        sect > this.xml.lastIndexOf('</w:p>', bodyEnd) &&
        sect > this.xml.lastIndexOf('</w:tbl>', bodyEnd)
          ? sect
          : bodyEnd;
    }
    if (offset === undefined)
      throw new Error(`fake: InsertXML at ${position}, not a block boundary`);
    this.splice({ start: offset, end: offset }, content, position);
  }

  private range(from: number, to: number): WpsRange {
    const fake = this;
    const state = { start: from, end: to };
    this.live.push(state);
    const unsupported = (what: string): never => {
      throw new Error(`fake: ${what} on range [${state.start}, ${state.end})`);
    };
    const listFormat: WpsListFormat = {
      get ListString() {
        fake.hit('Range.ListFormat.ListString');
        return fake.paragraphAt(state.start, state.end)?.slot.numText ?? '';
      },
      RemoveNumbers() {
        fake.hit('Range.ListFormat.RemoveNumbers');
        const slot = fake.paragraphAt(state.start, state.end)?.slot;
        if (!slot) return unsupported('RemoveNumbers');
        const p = fake.xml.slice(slot.src.start, slot.src.end);
        const numPr = findElement(p, 'w:numPr');
        // Parsed again: the automatic number (numText) goes with it.
        if (numPr) fake.splice(slot.src, p.slice(0, numPr.start) + p.slice(numPr.end), slot.end);
      },
    };
    return {
      get Start() {
        return state.start;
      },
      get End() {
        return state.end;
      },
      get Text() {
        fake.hit('Range.Text');
        const cell = fake.cellAt(state.start, state.end);
        if (cell) return cell.paragraphs.map((p) => p.text).join('\r') + '\r\u0007';
        const para = fake.paragraphAt(state.start, state.end);
        if (para) return para.slot.text + (para.whole ? '\r' : '');
        if (state.start === 0 && state.end === fake.layout().end)
          return fake
            .layout()
            .paragraphs.map((p) => p.text + '\r')
            .join('');
        return unsupported('Text');
      },
      set Text(value: string) {
        fake.hit('Range.Text=');
        const cell = fake.cellAt(state.start, state.end);
        const para = fake.paragraphAt(state.start, state.end);
        if (cell) fake.setCellText(cell, value);
        else if (para && !para.whole) fake.setParagraphText(para.slot, value);
        else unsupported('Text=');
      },
      get WordOpenXML() {
        fake.hit('Range.WordOpenXML');
        if (fake.options.contentXml === false || state.start !== 0) return undefined;
        return fake.flatPackage();
      },
      get HighlightColorIndex() {
        fake.hit('Range.HighlightColorIndex');
        const para = fake.paragraphAt(state.start, state.end);
        return (
          para ? fake.highlight(para.slot) : unsupported('HighlightColorIndex')
        ) as Wps.WdColorIndex;
      },
      set HighlightColorIndex(value: Wps.WdColorIndex) {
        fake.hit('Range.HighlightColorIndex=');
        const para = fake.paragraphAt(state.start, state.end);
        if (para) fake.setHighlight(para.slot, value);
        else unsupported('HighlightColorIndex=');
      },
      ListFormat: listFormat,
      InsertXML(xml: string) {
        fake.hit('Range.InsertXML');
        if (state.start !== state.end) return unsupported('InsertXML');
        fake.insertXml(state.start, xml);
      },
      Select() {
        fake.hit('Range.Select');
        fake.selection = { ...state };
      },
      Information(type: Wps.WdInformation) {
        fake.hit('Range.Information');
        if (type !== 12) return unsupported(`Information(${type})`);
        return fake
          .layout()
          .paragraphs.some((p) => p.inTable && p.start <= state.start && state.end <= p.end);
      },
      get Cells(): WpsCells {
        fake.hit('Range.Cells');
        const table = fake
          .layout()
          .tables.find((t) => t.start === state.start && t.end === state.end);
        if (!table) return unsupported('Cells');
        return {
          Count: table.cells.length,
          Item: (i: number) => fake.cell(table.cells[i - 1]),
        };
      },
    };
  }

  private cell(slot: CellSlot | undefined): WpsCell {
    if (!slot) throw new Error('集合所要求的成员不存在。');
    const fake = this;
    const state = { start: slot.start, end: slot.end };
    this.live.push(state);
    const now = (): CellSlot => {
      const c = fake.cellAt(state.start, state.end);
      if (!c) throw new Error('fake: the cell is gone');
      return c;
    };
    const shading: WpsShading = {
      get BackgroundPatternColor() {
        fake.hit('Cell.Shading.BackgroundPatternColor');
        return fake.shading(now()) as Wps.WdColor;
      },
      set BackgroundPatternColor(value: Wps.WdColor) {
        fake.hit('Cell.Shading.BackgroundPatternColor=');
        fake.setShading(now(), value);
      },
    };
    return {
      get Range() {
        return fake.range(state.start, state.end);
      },
      RowIndex: slot.row + 1,
      ColumnIndex: slot.cell + 1,
      Shading: shading,
      Select() {
        fake.hit('Cell.Select');
        fake.selection = { ...state };
      },
    };
  }

  private table(index: number): WpsTable {
    const fake = this;
    if (!this.layout().tables[index - 1]) throw new Error('集合所要求的成员不存在。');
    return {
      get Range() {
        const now = fake.layout().tables[index - 1];
        return fake.range(now.start, now.end);
      },
      Cell(row: number, column: number) {
        fake.hit('Table.Cell');
        const c = fake
          .layout()
          .tables[index - 1]?.cells.find((x) => x.row === row - 1 && x.cell === column - 1);
        return fake.cell(c);
      },
    };
  }

  private variable(name: string): WpsVariable {
    const fake = this;
    return {
      Name: name,
      get Value() {
        fake.hit('Variable.Value');
        const v = fake.variables.get(name);
        if (v === undefined) throw new Error('fake: variable deleted');
        return v;
      },
      set Value(v: string) {
        fake.hit('Variable.Value=');
        fake.variables.set(name, v);
      },
      Delete() {
        fake.hit('Variable.Delete');
        fake.variables.delete(name);
      },
    };
  }

  private makeApp(): WpsApp {
    const fake = this;
    const tables: WpsTables = {
      get Count() {
        fake.hit('Tables.Count');
        return fake.layout().tables.length;
      },
      Item: (i: number) => {
        fake.hit('Tables.Item');
        return fake.table(i);
      },
    };
    const paragraphs: WpsParagraphs = {
      get Count() {
        fake.hit('Paragraphs.Count');
        return fake.layout().paragraphs.length;
      },
      Item(i: number): WpsParagraph {
        fake.hit('Paragraphs.Item');
        const p = fake.layout().paragraphs[i - 1];
        if (!p) throw new Error('集合所要求的成员不存在。');
        return { Range: fake.range(p.start, p.end) };
      },
    };
    const variables: WpsVariables = {
      get Count() {
        return fake.variables.size;
      },
      Item(index: number | string) {
        fake.hit('Variables.Item');
        const name = typeof index === 'number' ? [...fake.variables.keys()][index - 1] : index;
        if (name === undefined || !fake.variables.has(name)) throw new Error('对象已被删除。');
        return fake.variable(name);
      },
      Add(name: string, value = '') {
        fake.hit('Variables.Add');
        if (fake.variables.has(name)) throw new Error('fake: variable exists');
        fake.variables.set(name, value);
        return fake.variable(name);
      },
    };
    const document: WpsDocument = {
      get WordOpenXML() {
        fake.hit('Document.WordOpenXML');
        return fake.options.documentXml === false ? undefined : fake.flatPackage();
      },
      get Content() {
        fake.hit('Document.Content');
        return fake.range(0, fake.layout().end);
      },
      Tables: tables,
      Paragraphs: paragraphs,
      Variables: variables,
      Range(start = 0, end = start) {
        fake.hit('Document.Range');
        return fake.range(start, end);
      },
    };
    const window: WpsWindow = {
      ScrollIntoView() {
        fake.hit('Window.ScrollIntoView');
      },
    };
    const undo: WpsUndoRecord = {
      StartCustomRecord(name = '') {
        fake.hit('UndoRecord.StartCustomRecord');
        fake.undoRecords.push(`start:${name}`);
      },
      EndCustomRecord() {
        fake.hit('UndoRecord.EndCustomRecord');
        fake.undoRecords.push('end');
      },
    };
    return {
      ActiveDocument: document,
      ActiveWindow: window,
      Build: '12.1.0.fake',
      ...(fake.options.undoRecord === false ? {} : { UndoRecord: undo }),
    };
  }

  private makeAddon(): WpsAddon {
    const fake = this;
    const events: WpsApiEvent = {
      AddApiEventListener(_name: 'ContentChange', callback: WpsContentChange) {
        fake.hit('ApiEvent.AddApiEventListener');
        fake.listeners.push(callback);
      },
      RemoveApiEventListener(_name: 'ContentChange', callback?: WpsContentChange) {
        fake.hit('ApiEvent.RemoveApiEventListener');
        const i = callback ? fake.listeners.indexOf(callback) : -1;
        if (i >= 0) fake.listeners.splice(i, 1);
      },
    };
    const storage = new Map<string, string>();
    return {
      ...(fake.options.events === false ? {} : { ApiEvent: events }),
      PluginStorage: {
        getItem: (k: string) => storage.get(k) ?? '',
        setItem: (k: string, v: number | boolean | string) => void storage.set(k, String(v)),
      },
      WpsApplication: () => fake.app,
    };
  }
}
