// A small fake of the Word objects the adapter uses, over a real .docx's document.xml.
// Like Office.js: calls are queued and run in order on `context.sync()` (which is counted);
// properties throw until loaded AND synced; `getOoxml()` gives a ClientResult holding a
// pkg:package. Writes change the XML tree, so the document can be re-read and compared.
// office-addin-mock cannot mock collections, hence this fake (ARCHITECTURE.md).

import JSZip from 'jszip';
import type { WordEnv } from '../../../src/hosts/word/env';
import {
  ancestors,
  append,
  attr,
  changes,
  child,
  childEls,
  decode,
  el,
  escape,
  findAll,
  insertAt,
  parseXml,
  remove,
  replaceWith,
  serialize,
  type XElement,
  type XNode,
} from './xmlTree';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W15_NS = 'http://schemas.microsoft.com/office/word/2012/wordml';
const SKIP = ['w:drawing', 'w:pict', 'mc:AlternateContent', 'w:txbxContent'];
const BUILT_IN = new Set([
  'Title',
  'Subtitle',
  'Quote',
  'IntenseQuote',
  'ListParagraph',
  'Caption',
  'NoSpacing',
  ...Array.from({ length: 9 }, (_, i) => `Heading${i + 1}`),
]);

export interface FakeEvent {
  type: 'ParagraphChanged' | 'ParagraphAdded' | 'ParagraphDeleted';
  /** ParagraphChangedEventArgs.source: coauthors' edits arrive as 'Remote' (WordApi 1.6). */
  source: 'Local' | 'Remote';
}

/**
 * Where the fake Word runs. The documented differences it teaches (office-js issues):
 * web: a content control on a whole cell leaves an extra empty paragraph after it, also after
 * deletion (#1947); content controls inside tables are not listed (#2040); paragraph text
 * includes tracked deletions (#1267); TableCell.shadingColor cannot be reset to "no colour"
 * (ARCHITECTURE.md). Both: an empty control shows placeholder text (`w:showingPlcHdr`).
 */
export type FakePlatform = 'desktop' | 'web';

export interface FakeOptions {
  platform?: FakePlatform;
  /** How long after a sync Word reports the add-in's own writes (undocumented; 0 by default). */
  echoDelayMs?: number;
}

/** What an empty content control shows, as Word's `w:showingPlcHdr` placeholder. */
export const PLACEHOLDER_TEXT = '单击或点击此处输入文字。';

/** The document: its XML tree and parts, what was selected, and the round trips made. */
export class FakeDocument {
  root: XElement;
  body: XElement;
  syncs = 0;
  selection: { kind: 'cell' | 'paragraph' | 'range'; text: string } | undefined;
  settings = new Map<string, unknown>();
  savedSettings = new Map<string, unknown>();
  handlers = new Map<FakeEvent['type'], ((e: FakeEvent) => Promise<void>)[]>();
  readonly platform: FakePlatform;
  echoDelayMs: number;
  /** Entries the add-in's writes put on Word's undo stack: one per sync that changed the document. */
  undoEntries = 0;
  /** Document.changeTrackingMode (WordApi 1.4). */
  trackChanges: 'Off' | 'TrackAll' | 'TrackMineOnly' = 'Off';
  /** The paragraph holding the insertion point (the user typing), if any. */
  caret: XElement | undefined;
  /** When set, TableCell.shadingColor writes are silently dropped (a protected document). */
  shadingIgnored = false;
  /**
   * How getCellOrNullObject(row, i) counts i: by `w:tc` ('tc', what the model assumes) or by grid
   * column ('grid': a cell spanning two columns counts two; an index inside a span is a null
   * object). Word does not document which; the adapter must notice, not assume.
   */
  cellCounting: 'tc' | 'grid' = 'tc';
  private nextId = 1000;
  private lists: { at: number; map: Map<XElement, string> } | undefined;

  constructor(
    documentXml: string,
    readonly numbering?: string,
    readonly styles?: string,
    options: FakeOptions = {},
  ) {
    this.root = parseXml(documentXml);
    const body = findAll(this.root, 'w:body')[0];
    if (!body) throw new Error('no w:body');
    this.body = body;
    this.platform = options.platform ?? 'desktop';
    this.echoDelayMs = options.echoDelayMs ?? 0;
  }

  static async fromDocx(
    data: Uint8Array | Buffer,
    options: FakeOptions = {},
  ): Promise<FakeDocument> {
    const zip = await JSZip.loadAsync(data);
    const text = (p: string): Promise<string | undefined> =>
      zip.file(p)?.async('string') ?? Promise.resolve(undefined);
    const doc = await text('word/document.xml');
    if (!doc) throw new Error('no word/document.xml');
    return new FakeDocument(
      doc,
      await text('word/numbering.xml'),
      await text('word/styles.xml'),
      options,
    );
  }

  /** Save, close and open again: the XML and the saved settings stay, nothing else. */
  reopen(options: FakeOptions = {}): FakeDocument {
    const again = new FakeDocument(this.xml(), this.numbering, this.styles, {
      platform: options.platform ?? this.platform,
      echoDelayMs: options.echoDelayMs ?? this.echoDelayMs,
    });
    again.settings = new Map(this.savedSettings);
    again.savedSettings = new Map(this.savedSettings);
    return again;
  }

  xml(): string {
    return serialize(this.root);
  }

  newId(): number {
    return this.nextId++;
  }

  /** The body's top-level blocks (paragraphs, tables, block content controls). */
  blocks(): XElement[] {
    return childEls(this.body).filter((e) => e.name !== 'w:sectPr');
  }

  paragraphs(scope: XElement = this.body): XElement[] {
    return findAll(scope, 'w:p', SKIP);
  }

  tables(scope: XElement = this.body): XElement[] {
    const out: XElement[] = [];
    const walk = (n: XElement): void => {
      for (const c of childEls(n)) {
        if (SKIP.includes(c.name)) continue;
        if (c.name === 'w:tbl') out.push(c);
        walk(c);
      }
    };
    walk(scope);
    return out;
  }

  contentControls(scope: XElement = this.body): XElement[] {
    const out: XElement[] = [];
    const walk = (n: XElement): void => {
      for (const c of childEls(n)) {
        // Word on the web does not list the controls inside tables (office-js #2040).
        if (this.platform === 'web' && c.name === 'w:tbl') continue;
        if (c.name === 'w:sdt') out.push(c);
        walk(c);
      }
    };
    walk(scope);
    return out;
  }

  /**
   * The automatic numbers Word shows (`listItem.listString`), computed the way Word documents
   * numbering (ECMA-376 17.9): a counter per abstract numbering and level, deeper levels
   * restarting when a shallower one advances, `lvlText` with `%n` replaced by level n's counter
   * in that level's `numFmt`. Independent of src/core/ooxml, so the test is not circular.
   */
  listStrings(): Map<XElement, string> {
    // Cached until the tree changes: every paragraph of a load asks.
    if (this.lists && this.lists.at === changes.count) return this.lists.map;
    const out = listStringsOf(
      this.paragraphs().filter((p) => nesting(p) === 0),
      this.numbering ?? '',
      this.styles ?? '',
    );
    this.lists = { at: changes.count, map: out };
    return out;
  }

  /** A flat package as Word's getOoxml() returns it, holding these body elements. */
  flatPackage(elements: XElement[]): string {
    const part = (name: string, type: string, xml: string): string =>
      `<pkg:part pkg:name="${name}" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${type}"><pkg:xmlData>${xml.replace(/^<\?xml[^>]*\?>\s*/, '')}</pkg:xmlData></pkg:part>`;
    const body = elements.map(serialize).join('');
    // Word ends a range's package with a paragraph (a body cannot end with a table).
    const trailer = elements[elements.length - 1]?.name === 'w:tbl' ? '<w:p/>' : '';
    let pkg =
      '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>' +
      '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
      part(
        '/word/document.xml',
        'document.main+xml',
        `<w:document xmlns:w="${W_NS}" xmlns:w15="${W15_NS}"><w:body>${body}${trailer}</w:body></w:document>`,
      );
    if (this.styles) pkg += part('/word/styles.xml', 'styles+xml', this.styles);
    if (this.numbering) pkg += part('/word/numbering.xml', 'numbering+xml', this.numbering);
    return pkg + '</pkg:package>';
  }

  /** A user's edit: replaces an outside-table paragraph's text and fires Word's event. */
  async userEdits(
    paragraph: number,
    text: string,
    source: FakeEvent['source'] = 'Local',
  ): Promise<void> {
    const p = this.paragraphs().filter((x) => nesting(x) === 0)[paragraph];
    if (!p) throw new Error(`no paragraph ${paragraph}`);
    replaceText(p, text);
    if (source === 'Local') this.caret = p;
    await this.emit('ParagraphChanged', source);
  }

  /** The user types `text` into a top-level table's cell (its first paragraph); the caret stays there. */
  async userTypesInCell(table: number, row: number, cell: number, text: string): Promise<void> {
    const tc = this.topCell(table, row, cell);
    const p = tc && findAll(tc, 'w:p', SKIP)[0];
    if (!p) throw new Error(`no cell ${table}/${row}/${cell}`);
    replaceText(p, text);
    this.caret = p;
    await this.emit('ParagraphChanged', 'Local');
  }

  topCell(table: number, row: number, cell: number): XElement | undefined {
    const top = this.tables().filter((t) => nesting(t) === 0)[table];
    const tr = top && childEls(top, 'w:tr')[row];
    return tr && childEls(tr, 'w:tc')[cell];
  }

  async emit(type: FakeEvent['type'], source: FakeEvent['source'] = 'Local'): Promise<void> {
    for (const h of this.handlers.get(type) ?? []) await h({ type, source });
  }
}

const CHINESE_DIGITS = '零一二三四五六七八九';

function chineseCounting(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? CHINESE_DIGITS[n % 10] : '');
  if (n < 100)
    return CHINESE_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CHINESE_DIGITS[n % 10] : '');
  return String(n);
}

function roman(n: number): string {
  const parts: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of parts) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** A counter in one of Word's number formats (ST_NumberFormat). */
function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
      return chineseCounting(n);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n);
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

interface LevelDef {
  start: number;
  fmt: string;
  text: string;
}

function attrOf(xml: string, name: string): string | undefined {
  return new RegExp(`<w:${name}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];
}

function listStringsOf(
  paragraphs: XElement[],
  numbering: string,
  styles: string,
): Map<XElement, string> {
  const abstract = new Map<string, LevelDef[]>();
  for (const m of numbering.matchAll(
    /<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    const levels: LevelDef[] = [];
    for (const l of m[2].matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g))
      levels[Number(l[1])] = {
        start: Number(attrOf(l[2], 'start') ?? 1),
        fmt: attrOf(l[2], 'numFmt') ?? 'decimal',
        text: attrOf(l[2], 'lvlText') ?? '',
      };
    abstract.set(m[1], levels);
  }
  const nums = new Map<string, string>();
  for (const m of numbering.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const id = attrOf(m[2], 'abstractNumId');
    if (id !== undefined) nums.set(m[1], id);
  }
  // A paragraph style may carry the numbering (w:pStyle → w:style/w:pPr/w:numPr).
  const styleNum = new Map<string, { numId?: string; ilvl?: string }>();
  for (const m of styles.matchAll(
    /<w:style\b[^>]*w:styleId="([^"]*)"[^>]*>([\s\S]*?)<\/w:style>/g,
  )) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2])?.[1];
    if (numPr) styleNum.set(m[1], { numId: attrOf(numPr, 'numId'), ilvl: attrOf(numPr, 'ilvl') });
  }
  const counters = new Map<string, number[]>();
  const out = new Map<XElement, string>();
  for (const p of paragraphs) {
    const pPr = child(p, 'w:pPr');
    const pPrXml = pPr ? serialize(pPr) : '';
    const own = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPrXml)?.[1];
    const style = attrOf(pPrXml, 'pStyle');
    const fromStyle = style ? styleNum.get(style) : undefined;
    const numId = (own && attrOf(own, 'numId')) ?? fromStyle?.numId;
    const ilvl = Number((own && attrOf(own, 'ilvl')) ?? fromStyle?.ilvl ?? 0);
    if (!numId || numId === '0') continue;
    const abs = nums.get(numId);
    const levels = abs !== undefined ? abstract.get(abs) : undefined;
    if (!abs || !levels?.[ilvl]) continue;
    const c = counters.get(abs) ?? [];
    for (let k = 0; k < ilvl; k++) if (c[k] === undefined) c[k] = levels[k]?.start ?? 1;
    c[ilvl] = c[ilvl] === undefined ? levels[ilvl].start : c[ilvl] + 1;
    c.length = ilvl + 1;
    counters.set(abs, c);
    const level = levels[ilvl];
    const text =
      level.fmt === 'bullet'
        ? level.text
        : level.text.replace(/%([1-9])/g, (_m, d: string) => {
            const k = Number(d) - 1;
            return formatNumber(c[k] ?? levels[k]?.start ?? 1, levels[k]?.fmt ?? 'decimal');
          });
    if (text) out.set(p, text);
  }
  return out;
}

function nesting(node: XNode): number {
  return ancestors(node).filter((a) => a.name === 'w:tbl').length;
}

/** Paragraph.text as Word reports it; on the web tracked deletions are included (#1267). */
function runText(p: XElement, platform: FakePlatform = 'desktop'): string {
  let out = '';
  const walk = (n: XElement): void => {
    for (const c of n.children) {
      if (c.type !== 'el' || SKIP.includes(c.name) || c.name === 'w:pPr' || c.name === 'w:rPr')
        continue;
      if (c.name === 'w:t')
        out += decode(c.children.map((t) => (t.type === 'text' ? t.raw : '')).join(''));
      else if (c.name === 'w:tab') out += '\t';
      else if (c.name === 'w:br' || c.name === 'w:cr') out += '\v';
      else if (c.name === 'w:delText' && platform === 'web')
        out += decode(c.children.map((t) => (t.type === 'text' ? t.raw : '')).join(''));
      else if (c.name !== 'w:delText' && c.name !== 'w:instrText') walk(c);
    }
  };
  walk(p);
  return out;
}

function isOn(e: XElement | undefined): boolean {
  if (!e) return false;
  const v = attr(e, 'w:val');
  return v === undefined || !['0', 'false', 'off'].includes(v);
}

function boldOf(p: XElement): boolean | null {
  const runs = findAll(p, 'w:r', SKIP).filter((r) => runText(r).trim() !== '');
  const bold = runs.map((r) => isOn(child(child(r, 'w:rPr') ?? el('x'), 'w:b')));
  if (bold.length === 0 || bold.every((b) => !b)) return false;
  return bold.every((b) => b) ? true : null;
}

/**
 * Paragraph.insertText(text, 'Replace'): keeps pPr and takes the replaced text's formatting (its
 * first run's, #4276); in an empty paragraph only the paragraph mark's, if any: else Word's
 * default font, not the table's. Returns the new run.
 */
function replaceText(p: XElement, text: string): XElement {
  const pPr = child(p, 'w:pPr');
  const firstRun = findAll(p, 'w:r', SKIP)[0];
  const rPr = firstRun ? child(firstRun, 'w:rPr') : pPr ? child(pPr, 'w:rPr') : undefined;
  const keep = p.children.filter((c) => c === pPr);
  const run = el('w:r', '', [
    ...(rPr ? [parseXml(serialize(rPr)).children[0] as XElement] : []),
    el('w:t', ' xml:space="preserve"', [{ type: 'text', raw: escape(text) }]),
  ]);
  if (rPr && rPr.parent?.name === 'w:pPr') {
    // A paragraph mark's rPr may hold revision marks a run must not carry.
    const copy = run.children[0] as XElement;
    copy.children = copy.children.filter(
      (c) => c.type !== 'el' || !['w:ins', 'w:del'].includes(c.name),
    );
  }
  p.children = [];
  for (const k of keep) append(p, k);
  append(p, run);
  return run;
}

/**
 * The body elements insertOoxml puts in. Without a styles part in the package, the styles the
 * paragraphs name are ignored (Microsoft's OOXML guidance): they arrive without w:pStyle.
 */
function bodyElementsOf(pkg: string): XElement[] {
  const start = pkg.indexOf('<w:body>');
  const end = pkg.lastIndexOf('</w:body>');
  if (start < 0 || end < 0) throw new Error('package without w:body');
  const elements = childEls(parseXml(pkg.slice(start + 8, end))).filter(
    (e) => e.name !== 'w:sectPr',
  );
  if (!pkg.includes('pkg:name="/word/styles.xml"'))
    for (const e of elements) for (const s of findAll(e, 'w:pStyle')) remove(s);
  return elements;
}

class PropertyNotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} (load it and sync first)`);
  }
}

type Op = () => void;

/** Base of every proxy: a queue to run on sync, and loaded values that throw until then. */
class Proxy {
  private values = new Map<string, unknown>();
  constructor(readonly context: FakeContext) {}

  protected queue(op: Op): void {
    this.context.ops.push(op);
  }

  protected loaded<T>(key: string): T {
    if (!this.values.has(key)) throw new PropertyNotLoaded(`${this.constructor.name}.${key}`);
    return this.values.get(key) as T;
  }

  protected setLoaded(key: string, v: unknown): void {
    this.values.set(key, v);
  }

  load(_props?: string): this {
    throw new Error(`${this.constructor.name}.load is not faked`);
  }
}

export class FakeClientResult<T> {
  private done = false;
  private v: T | undefined;
  resolve(v: T): void {
    this.done = true;
    this.v = v;
  }
  get value(): T {
    if (!this.done) throw new PropertyNotLoaded('ClientResult.value');
    return this.v as T;
  }
}

export class FakeContext {
  ops: Op[] = [];
  readonly document: FakeWordDocument;
  constructor(readonly doc: FakeDocument) {
    this.document = new FakeWordDocument(this);
  }
  async sync(): Promise<void> {
    this.doc.syncs++;
    const ops = this.ops;
    this.ops = [];
    const before = changes.count;
    try {
      for (const op of ops) op();
    } finally {
      if (changes.count !== before) {
        this.doc.undoEntries++;
        // Word reports the add-in's own writes too, after the sync and after an undocumented
        // delay: the adapter must not take them for the user's.
        setTimeout(() => void this.doc.emit('ParagraphChanged'), this.doc.echoDelayMs);
      }
    }
  }
}

class FakeWordDocument extends Proxy {
  readonly body: FakeBody;
  constructor(context: FakeContext) {
    super(context);
    this.body = new FakeBody(context, () => context.doc.body);
  }
  private event(type: FakeEvent['type']) {
    const doc = this.context.doc;
    return {
      add: (handler: (e: FakeEvent) => Promise<void>) => {
        const list = doc.handlers.get(type) ?? [];
        this.queue(() => doc.handlers.set(type, [...list, handler]));
        return {
          context: this.context,
          remove: () =>
            this.queue(() =>
              doc.handlers.set(
                type,
                (doc.handlers.get(type) ?? []).filter((h) => h !== handler),
              ),
            ),
        };
      },
    };
  }
  get onParagraphChanged() {
    return this.event('ParagraphChanged');
  }
  get onParagraphAdded() {
    return this.event('ParagraphAdded');
  }
  get onParagraphDeleted() {
    return this.event('ParagraphDeleted');
  }
  get changeTrackingMode(): string {
    return this.loaded('changeTrackingMode');
  }
  override load(props = ''): this {
    this.queue(() => {
      for (const key of props.split(',').map((k) => k.trim())) {
        if (key === 'changeTrackingMode') this.setLoaded(key, this.context.doc.trackChanges);
        else throw new Error(`Document.${key} is not faked`);
      }
    });
    return this;
  }
  /** The insertion point: the paragraph the user is typing in (or the document's start). */
  getSelection(): FakeRange {
    return new FakeRange(this.context, () => {
      const doc = this.context.doc;
      const p = doc.caret?.parent ? doc.caret : doc.paragraphs()[0];
      return { kind: 'block', node: p ?? doc.body, where: 'Start' };
    });
  }
}

class FakeBody extends Proxy {
  constructor(
    context: FakeContext,
    /** The element whose content the body is: w:body or a w:tc. */
    readonly node: () => XElement,
  ) {
    super(context);
  }
  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.context, () =>
      this.context.doc.paragraphs(this.node()),
    );
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.context, () => this.context.doc.tables(this.node()));
  }
  get contentControls(): FakeContentControlCollection {
    return new FakeContentControlCollection(this.context, () =>
      this.context.doc.contentControls(this.node()),
    );
  }
  getRange(where: 'Whole' | 'Content' | 'Start' | 'End' = 'Whole'): FakeRange {
    return new FakeRange(this.context, () => ({ kind: 'body', node: this.node(), where }));
  }
  /** Wraps the body's content (all but w:tcPr / w:sectPr) in a block-level content control. */
  insertContentControl(): FakeContentControl {
    const sdt = el('w:sdt');
    this.queue(() => {
      const host = this.node();
      const content = host.children.filter(
        (c) => !(c.type === 'el' && (c.name === 'w:tcPr' || c.name === 'w:sectPr')),
      );
      const at = host.children.indexOf(content[0]);
      for (const c of content) remove(c);
      const sdtPr = el('w:sdtPr', '', [el('w:id', ` w:val="${this.context.doc.newId()}"`)]);
      append(sdt, sdtPr);
      // An empty control shows Word's placeholder text, flagged w:showingPlcHdr.
      const empty = content.every((c) => c.type !== 'el' || runText(c) === '');
      const firstP = content.find((c): c is XElement => c.type === 'el' && c.name === 'w:p');
      if (empty && firstP) {
        append(sdtPr, el('w:showingPlcHdr'));
        append(firstP, el('w:r', '', [el('w:t', '', [{ type: 'text', raw: PLACEHOLDER_TEXT }])]));
      }
      append(sdt, el('w:sdtContent', '', content));
      insertAt(host, at, [sdt]);
      // Word on the web: a control over a whole cell adds a paragraph after it (#1947).
      if (host.name === 'w:tc' && this.context.doc.platform === 'web')
        insertAt(host, at + 1, [el('w:p')]);
    });
    return new FakeContentControl(this.context, () => sdt);
  }
  /** Empties the body (one empty paragraph stays, as in Word). */
  clear(): void {
    this.queue(() => {
      const host = this.node();
      for (const c of [...host.children])
        if (!(c.type === 'el' && (c.name === 'w:sectPr' || c.name === 'w:tcPr'))) remove(c);
      insertAt(host, 0, [el('w:p')]);
    });
  }
  insertOoxml(pkg: string, where: 'End' | 'Start'): void {
    this.queue(() => {
      const host = this.node();
      const sectPr = child(host, 'w:sectPr');
      const at =
        where === 'Start' ? 0 : sectPr ? host.children.indexOf(sectPr) : host.children.length;
      insertAt(host, at, bodyElementsOf(pkg));
    });
  }
}

class FakeCollection<T extends Proxy> extends Proxy {
  constructor(
    context: FakeContext,
    readonly nodes: () => XElement[],
    readonly make: (n: XElement) => T,
  ) {
    super(context);
  }
  get items(): T[] {
    return this.loaded<T[]>('items');
  }
  override load(props = ''): this {
    const keys = props
      .split(',')
      .map((s) => s.trim().replace(/^items\//, ''))
      .filter(Boolean);
    this.queue(() => {
      const items = this.nodes().map((n) => this.make(n));
      for (const item of items) (item as unknown as Loadable).snapshot(keys);
      this.setLoaded('items', items);
    });
    return this;
  }
  getFirst(): T {
    return this.make(this.lazy(() => this.nodes()[0]));
  }
  getLast(): T {
    return this.make(this.lazy(() => this.nodes()[this.nodes().length - 1]));
  }
  /** An element resolved when the batch runs, as Office.js resolves chained calls. */
  private lazy(pick: () => XElement | undefined): XElement {
    const placeholder = el('#lazy');
    (placeholder as XElement & { resolve?: () => XElement | undefined }).resolve = pick;
    return placeholder;
  }
}

interface Loadable {
  snapshot(keys: string[]): void;
}

/** Follows a lazy placeholder to the element it names at run time. */
function resolve(n: XElement): XElement {
  const r = (n as XElement & { resolve?: () => XElement | undefined }).resolve;
  if (!r) return n;
  const found = r();
  if (!found) throw new Error('ItemNotFound');
  return found;
}

class FakeParagraphCollection extends FakeCollection<FakeParagraph> {
  constructor(context: FakeContext, nodes: () => XElement[]) {
    super(context, nodes, (n) => new FakeParagraph(context, n));
  }
}

/** TableRow: only cellCount, counted the way getCellOrNullObject counts (see cellCounting). */
class FakeTableRow extends Proxy implements Loadable {
  constructor(
    context: FakeContext,
    readonly node: XElement,
  ) {
    super(context);
  }
  get cellCount(): number {
    return this.loaded('cellCount');
  }
  snapshot(keys: string[]): void {
    for (const key of keys) {
      if (key !== 'cellCount') throw new Error(`TableRow.${key} is not faked`);
      const cells = childEls(this.node, 'w:tc');
      this.setLoaded(
        key,
        this.context.doc.cellCounting === 'tc'
          ? cells.length
          : cells.reduce((n, tc) => n + gridSpanOf(tc), 0),
      );
    }
  }
}

function gridSpanOf(tc: XElement): number {
  const span = /<w:gridSpan w:val="(\d+)"/.exec(serialize(child(tc, 'w:tcPr') ?? el('x')));
  return Number(span?.[1] ?? 1);
}

class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(context: FakeContext, nodes: () => XElement[]) {
    super(context, nodes, (n) => new FakeTable(context, n));
  }
}

class FakeContentControlCollection extends FakeCollection<FakeContentControl> {
  constructor(context: FakeContext, nodes: () => XElement[]) {
    super(context, nodes, (n) => new FakeContentControl(context, () => n));
  }
}

class FakeFont extends Proxy {
  get bold(): boolean | null {
    return this.loaded('bold');
  }
  loadBold(v: boolean | null): void {
    this.setLoaded('bold', v);
  }
}

class FakeListItem extends Proxy {
  constructor(
    context: FakeContext,
    readonly p: () => XElement,
  ) {
    super(context);
  }
  get listString(): string {
    return this.loaded('listString');
  }
  override load(): this {
    this.queue(() => {
      const s = this.context.doc.listStrings().get(this.p());
      if (s === undefined) throw new Error('ItemNotFound: not a list item');
      this.setLoaded('listString', s);
    });
    return this;
  }
}

class FakeParagraph extends Proxy implements Loadable {
  readonly font: FakeFont;
  constructor(
    context: FakeContext,
    private readonly n: XElement,
  ) {
    super(context);
    this.font = new FakeFont(context);
  }
  node(): XElement {
    return resolve(this.n);
  }
  get text(): string {
    return this.loaded('text');
  }
  get style(): string {
    return this.loaded('style');
  }
  get styleBuiltIn(): string {
    return this.loaded('styleBuiltIn');
  }
  get tableNestingLevel(): number {
    return this.loaded('tableNestingLevel');
  }
  get isListItem(): boolean {
    return this.loaded('isListItem');
  }
  get listItem(): FakeListItem {
    return new FakeListItem(this.context, () => this.node());
  }
  snapshot(keys: string[]): void {
    const p = this.node();
    const styleId = attr(child(child(p, 'w:pPr') ?? el('x'), 'w:pStyle') ?? el('x'), 'w:val');
    for (const key of keys) {
      if (key === 'text') this.setLoaded('text', runText(p, this.context.doc.platform));
      else if (key === 'tableNestingLevel') this.setLoaded(key, nesting(p));
      else if (key === 'style') this.setLoaded(key, styleId ?? 'Normal');
      else if (key === 'styleBuiltIn')
        this.setLoaded(key, !styleId ? 'Normal' : BUILT_IN.has(styleId) ? styleId : 'Other');
      else if (key === 'isListItem')
        this.setLoaded(key, nesting(p) === 0 && this.context.doc.listStrings().has(p));
      else if (key === 'font/bold') this.font.loadBold(boldOf(p));
      else throw new Error(`Paragraph.${key} is not faked`);
    }
  }
  override load(props = ''): this {
    this.queue(() => this.snapshot(props.split(',').map((s) => s.trim())));
    return this;
  }
  /** Returns the inserted range, whose font can be set (name → w:rFonts, size → w:sz). */
  insertText(text: string, where: 'Replace'): { font: { set(f: FontProps): void } } {
    if (where !== 'Replace') throw new Error(`insertText ${where} not faked`);
    let run: XElement | undefined;
    this.queue(() => {
      run = replaceText(this.node(), text);
    });
    return {
      font: {
        set: (f: FontProps) =>
          this.queue(() => {
            if (!run) return;
            let rPr = child(run, 'w:rPr');
            if (!rPr) {
              rPr = el('w:rPr');
              insertAt(run, 0, [rPr]);
            }
            for (const old of childEls(rPr).filter((c) => ['w:rFonts', 'w:sz'].includes(c.name)))
              remove(old);
            if (f.name) append(rPr, el('w:rFonts', ` w:ascii="${f.name}" w:hAnsi="${f.name}"`));
            if (f.size) append(rPr, el('w:sz', ` w:val="${Math.round(f.size * 2)}"`));
          }),
      },
    };
  }
  delete(): void {
    this.queue(() => {
      const p = this.node();
      if (isLastInCell(p)) throw new Error("GeneralException: a cell's last paragraph");
      remove(p);
    });
  }
  /** The paragraph before this one in the same container, or a null object. */
  getPreviousOrNullObject(): FakeParagraph {
    const lazy = el('#lazy');
    (lazy as XElement & { resolve?: () => XElement | undefined }).resolve = () => {
      const p = this.node();
      const siblings = childEls(p.parent as XElement, 'w:p');
      return siblings[siblings.indexOf(p) - 1];
    };
    return new FakeParagraph(this.context, lazy);
  }
  detachFromList(): void {
    this.queue(() => {
      const pPr = child(this.node(), 'w:pPr');
      const numPr = pPr && child(pPr, 'w:numPr');
      if (numPr) remove(numPr);
    });
  }
  select(): void {
    this.queue(() => {
      this.context.doc.selection = { kind: 'paragraph', text: runText(this.node()) };
    });
  }
  getRange(where: 'Whole' | 'Content' = 'Whole'): FakeRange {
    return new FakeRange(this.context, () => ({ kind: 'block', node: this.node(), where }));
  }
  getOoxml(): FakeClientResult<string> {
    const r = new FakeClientResult<string>();
    this.queue(() => r.resolve(this.context.doc.flatPackage([this.node()])));
    return r;
  }
  /** Wraps the paragraph in a block-level content control. */
  insertContentControl(): FakeContentControl {
    const sdt = el('w:sdt');
    this.queue(() => {
      const p = this.node();
      append(sdt, el('w:sdtPr', '', [el('w:id', ` w:val="${this.context.doc.newId()}"`)]));
      const content = el('w:sdtContent');
      replaceWith(p, [sdt]);
      append(content, p);
      append(sdt, content);
    });
    return new FakeContentControl(this.context, () => sdt);
  }
}

class FakeTable extends Proxy implements Loadable {
  constructor(
    context: FakeContext,
    private readonly at: XElement | (() => XElement | undefined),
  ) {
    super(context);
  }
  get node(): XElement {
    const n = typeof this.at === 'function' ? this.at() : this.at;
    if (!n) throw new Error('ItemNotFound: the table is a null object');
    return n;
  }
  get nestingLevel(): number {
    return this.loaded('nestingLevel');
  }
  get isNullObject(): boolean {
    return this.loaded('isNullObject');
  }
  snapshot(keys: string[]): void {
    for (const key of keys) {
      if (key === 'nestingLevel') this.setLoaded(key, nesting(this.node) + 1);
      else if (key === 'isNullObject')
        this.setLoaded(key, typeof this.at === 'function' && !this.at());
      else throw new Error(`Table.${key} is not faked`);
    }
  }
  override load(props = ''): this {
    this.queue(() => this.snapshot(props.split(',').map((k) => k.trim())));
    return this;
  }
  getRange(where: 'Whole' = 'Whole'): FakeRange {
    return new FakeRange(this.context, () => ({ kind: 'block', node: this.node, where }));
  }
  /** A null object (isNullObject) when there is no such cell; using one throws, as in Word. */
  get rows(): FakeCollection<FakeTableRow> {
    return new FakeCollection(
      this.context,
      () => childEls(this.node, 'w:tr'),
      (n) => new FakeTableRow(this.context, n),
    );
  }
  getCellOrNullObject(row: number, cell: number): FakeTableCell {
    return new FakeTableCell(this.context, () => {
      const tr = childEls(this.node, 'w:tr')[row];
      if (!tr) return undefined;
      const cells = childEls(tr, 'w:tc');
      if (this.context.doc.cellCounting === 'tc') return cells[cell];
      let col = 0;
      for (const tc of cells) {
        if (col === cell) return tc;
        col += gridSpanOf(tc);
      }
      return undefined;
    });
  }
}

class FakeTableCell extends Proxy {
  constructor(
    context: FakeContext,
    readonly find: () => XElement | undefined,
  ) {
    super(context);
  }
  readonly node = (): XElement => {
    const tc = this.find();
    if (!tc) throw new Error('ItemNotFound: the cell is a null object');
    return tc;
  };
  get body(): FakeBody {
    return new FakeBody(this.context, this.node);
  }
  get isNullObject(): boolean {
    return this.loaded('isNullObject');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  /** TableCell.value: the cell's text, paragraphs separated by "\r" as Word reports them. */
  get value(): string {
    return this.loaded('value');
  }
  get shadingColor(): string {
    return this.loaded('shadingColor');
  }
  /** "#RRGGBB", or '' for none. On the web '' is ignored: shading cannot be reset there. */
  set shadingColor(color: string) {
    this.queue(() => {
      const doc = this.context.doc;
      if (doc.shadingIgnored) return;
      const tc = this.node();
      let tcPr = child(tc, 'w:tcPr');
      const shd = tcPr && child(tcPr, 'w:shd');
      if (color === '') {
        if (doc.platform === 'web') return;
        if (shd) remove(shd);
        return;
      }
      if (!tcPr) {
        tcPr = el('w:tcPr');
        insertAt(tc, 0, [tcPr]);
      }
      const next = el(
        'w:shd',
        ` w:val="clear" w:color="auto" w:fill="${color.replace('#', '').toUpperCase()}"`,
      );
      if (shd) replaceWith(shd, [next]);
      else append(tcPr, next);
    });
  }
  override load(props = ''): this {
    this.queue(() => {
      const tc = this.find();
      for (const key of props.split(',').map((k) => k.trim())) {
        if (key === 'isNullObject') this.setLoaded(key, !tc);
        else if (key === 'value') {
          // A null object's properties stay unloaded; reading one throws, as in Word.
          if (tc)
            this.setLoaded(
              key,
              this.context.doc
                .paragraphs(tc)
                .map((p) => runText(p, this.context.doc.platform))
                .join('\r'),
            );
        } else if (key === 'rowIndex') {
          if (!tc) throw new Error('ItemNotFound: the cell is a null object');
          const tr = tc.parent as XElement;
          this.setLoaded(key, childEls(tr.parent as XElement, 'w:tr').indexOf(tr));
        } else if (key === 'cellIndex') {
          // Word fails the whole sync on a vertically merged cell (office-js #3200).
          if (tc && /<w:vMerge\b/.test(serialize(tc)))
            throw new Error('GeneralException: cellIndex of a merged cell');
          throw new Error('TableCell.cellIndex is not faked');
        } else if (key === 'shadingColor') {
          if (!tc) throw new Error('ItemNotFound: the cell is a null object');
          const shd = child(child(tc, 'w:tcPr') ?? el('x'), 'w:shd');
          const fill = shd && attr(shd, 'w:fill');
          this.setLoaded(key, fill && fill !== 'auto' ? `#${fill}` : '');
        } else throw new Error(`TableCell.${key} is not faked`);
      }
    });
    return this;
  }
}

type RangeTarget = { kind: 'body' | 'block'; node: XElement; where: string; to?: XElement };

interface FontProps {
  name?: string;
  size?: number;
}

/** Word cannot delete a cell's last paragraph (its mark ends the cell). */
function isLastInCell(p: XElement): boolean {
  const parent = p.parent;
  if (parent?.name !== 'w:tc') return false;
  const ps = childEls(parent, 'w:p');
  return ps[ps.length - 1] === p;
}

class FakeRange extends Proxy {
  constructor(
    context: FakeContext,
    readonly target: () => RangeTarget,
  ) {
    super(context);
  }
  getOoxml(): FakeClientResult<string> {
    const r = new FakeClientResult<string>();
    this.queue(() => {
      const t = this.target();
      r.resolve(this.context.doc.flatPackage(t.kind === 'block' ? [t.node] : childEls(t.node)));
    });
    return r;
  }
  /** From this range's block to `other`'s (siblings), as one range. */
  expandTo(other: FakeRange): FakeRange {
    return new FakeRange(this.context, () => ({ ...this.target(), to: other.target().node }));
  }
  /** Deletes the blocks of the range, all in one go (tables between its ends included). */
  delete(): void {
    this.queue(() => {
      const t = this.target();
      // The ends' ancestors that share one parent: a range from a table's cell spans the table.
      const chain = (n: XElement): XElement[] => [n, ...ancestors(n)];
      const end = t.to ?? t.node;
      const parent = chain(t.node).find(
        (a) => chain(end).includes(a) && a !== t.node && a !== end,
      ) as XElement;
      const top = (n: XElement): XElement => chain(n).find((a) => a.parent === parent) as XElement;
      const from = parent.children.indexOf(top(t.node));
      const to = parent.children.indexOf(top(end));
      if (to < from) throw new Error('InvalidArgument: range ends before it starts');
      const nodes = parent.children.slice(from, to + 1);
      for (const n of nodes)
        if (n.type === 'el' && n.name === 'w:p' && isLastInCell(n))
          throw new Error("GeneralException: a cell's last paragraph");
      for (const n of nodes) remove(n);
    });
  }
  /** The cell holding the range's start, or a null object. */
  get parentTableCellOrNullObject(): FakeTableCell {
    return new FakeTableCell(this.context, () =>
      ancestors(this.target().node).find((a) => a.name === 'w:tc'),
    );
  }
  get parentTableOrNullObject(): FakeTable {
    return new FakeTable(this.context, () =>
      ancestors(this.target().node).find((a) => a.name === 'w:tbl'),
    );
  }
  /** Only 'Equal' or 'Unrelated' here: enough to tell which table a range is. */
  compareLocationWith(other: FakeRange): FakeClientResult<string> {
    const r = new FakeClientResult<string>();
    this.queue(() => {
      const a = this.target();
      const b = other.target();
      r.resolve(a.node === b.node && a.where === b.where ? 'Equal' : 'Unrelated');
    });
    return r;
  }
  get text(): string {
    return this.loaded('text');
  }
  override load(props = ''): this {
    this.queue(() => {
      for (const key of props.split(',').map((k) => k.trim())) {
        if (key !== 'text') throw new Error(`Range.${key} is not faked`);
        const t = this.target();
        const ps = t.node.name === 'w:p' ? [t.node] : this.context.doc.paragraphs(t.node);
        this.setLoaded(key, ps.map((p) => runText(p, this.context.doc.platform)).join('\r'));
      }
    });
    return this;
  }
  select(): void {
    this.queue(() => {
      const t = this.target();
      this.context.doc.caret =
        t.node.name === 'w:p' ? t.node : this.context.doc.paragraphs(t.node)[0];
      this.context.doc.selection = {
        kind: t.node.name === 'w:tc' ? 'cell' : 'range',
        text: this.context.doc
          .paragraphs(t.node)
          .map((p) => runText(p))
          .join('\n'),
      };
    });
  }
  insertOoxml(pkg: string, where: 'After' | 'Before'): void {
    this.queue(() => {
      const t = this.target();
      if (t.kind !== 'block') throw new Error('insertOoxml Before/After is faked on blocks only');
      const parent = t.node.parent as XElement;
      const at = parent.children.indexOf(t.node) + (where === 'After' ? 1 : 0);
      const elements = bodyElementsOf(pkg);
      // After a paragraph, Word leaves an empty paragraph behind what it inserted.
      if (where === 'After' && t.node.name === 'w:p') elements.push(el('w:p'));
      insertAt(parent, at, elements);
    });
  }
}

class FakeContentControl extends Proxy implements Loadable {
  constructor(
    context: FakeContext,
    readonly node: () => XElement,
  ) {
    super(context);
  }
  get tag(): string {
    return this.loaded('tag');
  }
  snapshot(keys: string[]): void {
    const sdtPr = child(this.node(), 'w:sdtPr');
    for (const key of keys) {
      if (key === 'tag')
        this.setLoaded(key, attr(child(sdtPr ?? el('x'), 'w:tag') ?? el('x'), 'w:val') ?? '');
      else throw new Error(`ContentControl.${key} is not faked`);
    }
  }
  /** tag, title, appearance, color as Word writes them into w:sdtPr. */
  set(props: { tag?: string; title?: string; appearance?: string; color?: string }): void {
    this.queue(() => {
      const sdtPr = child(this.node(), 'w:sdtPr');
      if (!sdtPr) throw new Error('no sdtPr');
      const id = child(sdtPr, 'w:id');
      const kids: XElement[] = [];
      if (props.title !== undefined) kids.push(el('w:alias', ` w:val="${escape(props.title)}"`));
      if (props.tag !== undefined) kids.push(el('w:tag', ` w:val="${escape(props.tag)}"`));
      if (id) kids.push(id);
      if (props.color !== undefined)
        kids.push(el('w15:color', ` w:val="${props.color.replace('#', '')}"`));
      if (props.appearance !== undefined)
        kids.push(el('w15:appearance', ` w15:val="${props.appearance.toLowerCase()}"`));
      sdtPr.children = [];
      for (const k of kids) append(sdtPr, k);
    });
  }
  delete(keepContent: boolean): void {
    this.queue(() => {
      const sdt = this.node();
      const content = child(sdt, 'w:sdtContent');
      replaceWith(sdt, keepContent && content ? [...content.children] : []);
    });
  }
}

/** A WordEnv over the fake document: Word.run, requirement sets, settings, selection events. */
export function fakeEnv(doc: FakeDocument, opts: { wordApi?: string } = {}): WordEnv {
  const api = opts.wordApi ?? '1.6';
  const minor = (v: string): number => Number(v.split('.')[1] ?? 0);
  return {
    run: async (batch) => {
      const context = new FakeContext(doc);
      const result = await batch(context as unknown as Word.RequestContext);
      // Word.run syncs what is left queued when the batch returns.
      if (context.ops.length) await context.sync();
      return result;
    },
    isSetSupported: (name, version) => name === 'WordApi' && minor(version) <= minor(api),
    diagnostics: () => ({
      version: '16.0.17928.20114',
      platform: doc.platform === 'web' ? 'OfficeOnline' : 'PC',
    }),
    settings: {
      get: (name: string) => doc.settings.get(name),
      set: (name: string, value: unknown) => void doc.settings.set(name, value),
      remove: (name: string) => void doc.settings.delete(name),
      saveAsync: (callback?: (r: Office.AsyncResult<void>) => void) => {
        doc.savedSettings = new Map(doc.settings);
        callback?.({ status: 'succeeded' } as unknown as Office.AsyncResult<void>);
      },
    } as unknown as WordEnv['settings'],
    onSelectionChanged: async (handler) => {
      const list = doc.handlers.get('ParagraphChanged') ?? [];
      const h = async (): Promise<void> => handler();
      doc.handlers.set('ParagraphChanged', [...list, h]);
      return () =>
        doc.handlers.set(
          'ParagraphChanged',
          (doc.handlers.get('ParagraphChanged') ?? []).filter((x) => x !== h),
        );
    },
  };
}
