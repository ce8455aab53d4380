// A .docx file out: apply an edit plan to word/document.xml and save.
// Every write goes through one path: edits become splices of the document XML string at the
// model's `src` offsets, so each byte outside the edited elements stays as the author's tool wrote
// it, and every other part of the package is written back untouched.

import JSZip from 'jszip';
import { SECTIONS } from '../../core/format';
import type {
  CellAddress,
  DocCell,
  DocCellParagraph,
  DocModel,
  DocParagraph,
  SourceSpan,
} from '../../core/model';
import { cellAt } from '../../core/fix';
import { parseDocumentXml } from '../../core/ooxml';
import type { Anchor, Edit, EditPlan } from '../../core/plan';
import { renderSection, renderTable, type TemplateLike } from '../../core/template';
import { cleanRPr, NUMBERING_OFF } from '../../core/template/style';
import {
  childElements,
  escapeXml,
  findElement,
  innerXml,
  removeElements,
  tagEnd,
  type ChildElement,
} from '../../core/ooxml/xml';
import { wPrefixOf, type WPrefix } from './prefix';
import type { DocxFile } from './read';

/** Replace [start, end) of the source by `text` (start === end: insert). */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * Apply splices, all given in offsets of the original string. At one offset, insertions keep the
 * order they were given in and come before a replacement starting there; overlaps are a bug in
 * the plan and throw.
 */
export function spliceAll(xml: string, splices: readonly Splice[]): string {
  const ordered = splices
    .map((s, i) => ({ s, i }))
    .sort(
      (a, b) =>
        a.s.start - b.s.start ||
        Number(a.s.end > a.s.start) - Number(b.s.end > b.s.start) ||
        a.i - b.i,
    )
    .map((x) => x.s);
  const out: string[] = [];
  let at = 0;
  for (const s of ordered) {
    if (s.start < at) throw new Error(`重叠的修改：${s.start}–${s.end}`);
    out.push(xml.slice(at, s.start), s.text);
    at = s.end;
  }
  out.push(xml.slice(at));
  return out.join('');
}

// ---------- paragraphs ----------

/** Range markers whose partner lies elsewhere: dropping one would unpair it. */
const MARKERS = new Set([
  'w:bookmarkStart',
  'w:bookmarkEnd',
  'w:commentRangeStart',
  'w:commentRangeEnd',
  'w:permStart',
  'w:permEnd',
]);

/**
 * Runs a rewrite keeps as they are: a comment's reference (its range's end point in the text), and
 * anchored objects (pictures, text boxes), which hold content of their own.
 */
const KEPT_IN_RUN = ['commentReference', 'drawing', 'pict', 'object'];

/**
 * What a cell's value may not replace: tracked changes, fields, hyperlinks, inline content
 * controls and notes. Their meaning is in the structure, which a plain new run would lose, so
 * such a cell is left to the user (see `setCellRefused`).
 */
const KEEP_CELL: Readonly<Record<string, string>> = {
  ins: '修订',
  del: '修订',
  moveFrom: '修订',
  moveTo: '修订',
  fldSimple: '域',
  fldChar: '域',
  instrText: '域',
  hyperlink: '超链接',
  sdt: '内容控件',
  footnoteReference: '脚注',
  endnoteReference: '尾注',
};

/** The document XML and how it names WordprocessingML. */
interface Ctx {
  xml: string;
  ns: WPrefix;
}

function is(ctx: Ctx, c: ChildElement | undefined, local: string): boolean {
  return c !== undefined && ctx.ns.canon(c.name) === `w:${local}`;
}

function hasTextIn(ctx: Ctx, run: string): boolean {
  const t = `<${ctx.ns.raw}t`;
  return run.includes(`${t}>`) || run.includes(`${t} `);
}

/** Children of the `w:rPr` that opens the run at `span` (under `w:`), or undefined when none. */
function runRPr(ctx: Ctx, span: SourceSpan): string | undefined {
  const first = childElements(ctx.xml, span)[0];
  if (!is(ctx, first, 'rPr')) return undefined;
  // A copied run must not claim the original's revision history.
  const rPr = ctx.ns.toW(ctx.xml.slice(first.start, first.end));
  return removeElements(innerXml(rPr), 'w:rPrChange');
}

/** The formatting a paragraph's new text takes: its first text run's, else its mark's. */
function paragraphRPr(ctx: Ctx, span: SourceSpan, pPr: ChildElement | undefined): string {
  const { xml } = ctx;
  const r = `${ctx.ns.raw}r`;
  let first: string | undefined;
  for (let at = span.start, run = findElement(xml, r, at); run && run.end <= span.end;) {
    const rPr = runRPr(ctx, run) ?? '';
    if (hasTextIn(ctx, xml.slice(run.start, run.end))) return rPr;
    first ??= rPr;
    at = run.end;
    run = findElement(xml, r, at);
  }
  if (first !== undefined) return first;
  if (!pPr) return '';
  const mark = childElements(xml, pPr).find((c) => is(ctx, c, 'rPr'));
  if (!mark) return '';
  return cleanRPr(innerXml(ctx.ns.toW(xml.slice(mark.start, mark.end))));
}

function run(text: string, rPr: string): string {
  if (text === '') return '';
  const props = rPr ? `<w:rPr>${rPr}</w:rPr>` : '';
  // A "\n" in the new text is a line break inside the paragraph, as the model reads it.
  const parts = text
    .split('\n')
    .map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`);
  return `<w:r>${props}${parts.join('<w:br/>')}</w:r>`;
}

/** `pPr` without its direct `w:numPr`; a style's numbering is switched off when it had some. */
function withoutNumbering(ctx: Ctx, pPr: ChildElement, numbered: boolean): string {
  const { xml } = ctx;
  const text = xml.slice(pPr.start, pPr.end);
  const children = childElements(xml, pPr);
  const numPr = children.find((c) => is(ctx, c, 'numPr'));
  const pStyle = children.find((c) => is(ctx, c, 'pStyle'));
  let out = text;
  if (numPr) out = out.slice(0, numPr.start - pPr.start) + out.slice(numPr.end - pPr.start);
  if (numbered && pStyle && !numPr) {
    const at = pStyle.end - pPr.start;
    out = out.slice(0, at) + ctx.ns.out(NUMBERING_OFF) + out.slice(at);
  }
  return out;
}

interface RewriteOptions {
  /** Drop automatic numbering (rename-heading). */
  dropNumbering?: boolean;
  /** The paragraph currently shows a number (its own or its style's). */
  numbered?: boolean;
}

/** A child a rewrite keeps: a range marker, or a run holding a comment reference or an object. */
function kept(ctx: Ctx, c: ChildElement): boolean {
  if (MARKERS.has(ctx.ns.canon(c.name))) return true;
  if (!is(ctx, c, 'r')) return false;
  const text = ctx.xml.slice(c.start, c.end);
  return KEPT_IN_RUN.some((local) => new RegExp(`<${ctx.ns.raw}${local}[\\s/>]`).test(text));
}

/**
 * The paragraph at `span` with `text` as its only content: its start tag, `w:pPr`, range markers,
 * comment references and anchored objects are kept, the new run takes the first run's formatting.
 */
function rewriteParagraph(
  ctx: Ctx,
  span: SourceSpan,
  text: string,
  opts: RewriteOptions = {},
): string {
  const { xml } = ctx;
  const open = tagEnd(xml, span.start);
  const selfClosing = xml.charAt(open - 1) === '/';
  const startTag = selfClosing
    ? xml.slice(span.start, open - 1).trimEnd() + '>'
    : xml.slice(span.start, open + 1);
  const name = /^<([^\s/>]+)/.exec(startTag)?.[1] ?? 'w:p';
  const children = selfClosing ? [] : childElements(xml, span);
  const pPr = is(ctx, children[0], 'pPr') ? children[0] : undefined;
  const rPr = paragraphRPr(ctx, span, pPr);
  let props = pPr ? xml.slice(pPr.start, pPr.end) : '';
  if (pPr && opts.dropNumbering) props = withoutNumbering(ctx, pPr, opts.numbered ?? false);
  const keep = children
    .filter((c) => kept(ctx, c))
    .map((c) => xml.slice(c.start, c.end))
    .join('');
  return `${startTag}${props}${ctx.ns.out(run(text, rPr))}${keep}</${name}>`;
}

function hasKept(ctx: Ctx, span: SourceSpan): boolean {
  return childElements(ctx.xml, span).some((c) => kept(ctx, c));
}

/** What in this paragraph a rewrite would lose (see KEEP_CELL), named for the user. */
function losses(ctx: Ctx, span: SourceSpan): string[] {
  const { xml } = ctx;
  const first = childElements(xml, span)[0];
  // The paragraph mark's own revision marks sit in w:pPr, which a rewrite keeps.
  const from = is(ctx, first, 'pPr') && first ? first.end : span.start;
  const body = xml.slice(from, span.end);
  const found = new Set<string>();
  for (const m of body.matchAll(/<([\w.-]+:)?([A-Za-z]+)[\s/>]/g)) {
    if ((m[1] ?? '') !== ctx.ns.raw) continue;
    const what = KEEP_CELL[m[2]];
    if (what) found.add(what);
  }
  return [...found];
}

// ---------- edits → splices ----------

/** An edit the writer left alone, and why (Chinese, for the user). */
export interface SkippedEdit {
  edit: Edit;
  reason: string;
}

/** Why a cell was not written: what it holds, where it is and what to type. */
export function setCellRefused(addr: CellAddress, what: string[], value: string): string {
  const nested = addr.path?.length ? '（嵌套表格中）' : '';
  return (
    `表格 ${addr.table + 1} 第 ${addr.row + 1} 行第 ${addr.cell + 1} 格${nested}含有${what.join('、')}，` +
    `自动修改会使其丢失，未修改；请手动改为“${value}”。`
  );
}

/** Why an edit inside a text box was left: the paragraph holding the box is rewritten too. */
export const INSIDE_REWRITE_REASON =
  '该修改位于文本框中，而文本框所在的段落也在本次修改之列，两处不能同时修改，已跳过文本框中的修改，请再次检查后修改。';

class Refused extends Error {}

function spanOf(src: SourceSpan | undefined, what: string): SourceSpan {
  if (!src) throw new Error(`${what}没有源位置，无法修改`);
  return src;
}

/** The cell an address names; a nested table's cell by its path through the outer cells. */
function cellOf(model: DocModel, addr: CellAddress): DocCell {
  const cell = cellAt(model, addr);
  if (!cell)
    throw new Error(
      `找不到单元格：表 ${addr.table} 行 ${addr.row} 格 ${addr.cell}${addr.path?.length ? `（嵌套 ${addr.path.length} 层）` : ''}`,
    );
  return cell;
}

function setCell(ctx: Ctx, model: DocModel, edit: Extract<Edit, { kind: 'set-cell' }>): Splice[] {
  const cell = cellOf(model, edit.addr);
  const spans = cell.paragraphs.map((p) => spanOf(p.src, '单元格段落'));
  const [first, ...rest] = spans;
  if (!first) throw new Error('单元格中没有段落');
  const lost = [...new Set(spans.flatMap((s) => losses(ctx, s)))];
  if (lost.length > 0) throw new Refused(setCellRefused(edit.addr, lost, edit.value));
  return [
    { ...first, text: rewriteParagraph(ctx, first, edit.value) },
    // The value replaces the whole cell: further paragraphs go, unless they hold what is kept.
    ...rest.map((p) => ({ ...p, text: hasKept(ctx, p) ? rewriteParagraph(ctx, p, '') : '' })),
  ];
}

function renameHeading(
  ctx: Ctx,
  model: DocModel,
  edit: Extract<Edit, { kind: 'rename-heading' }>,
): Splice[] {
  let p: DocCellParagraph | undefined;
  if (edit.paragraph !== undefined) {
    p = model.paragraphs[edit.paragraph];
    if (!p) throw new Error(`找不到段落 ${edit.paragraph}`);
  } else if (edit.cell) {
    // A heading typed in a cell: the cell's first paragraph with text holds it.
    const cell = cellOf(model, edit.cell);
    p = cell.paragraphs.find((q) => q.text.trim() !== '') ?? cell.paragraphs[0];
    if (!p) throw new Error('单元格中没有段落');
  } else {
    throw new Error('改标题的修改没有指明段落或单元格');
  }
  const span = spanOf(p.src, '标题段落');
  const numbered = p.numText !== undefined && p.numText !== '';
  return [
    { ...span, text: rewriteParagraph(ctx, span, edit.text, { dropNumbering: true, numbered }) },
  ];
}

/** The widest body-level block holding `span`: for a text box's paragraph, the one anchoring it. */
function outerBlock(model: DocModel, span: SourceSpan): SourceSpan {
  let out = span;
  for (const block of model.blocks) {
    const src = block.src;
    if (src && src.start <= out.start && out.end <= src.end) out = src;
  }
  return out;
}

/** The offset an anchor names; never inside a text box, which holds no sections. */
function anchorOffset(ctx: Ctx, model: DocModel, anchor: Anchor): number {
  const { xml } = ctx;
  if ('paragraph' in anchor) {
    const own = spanOf(model.paragraphs[anchor.paragraph]?.src, `段落 ${anchor.paragraph}`);
    const span = outerBlock(model, own);
    return anchor.position === 'before' ? span.start : span.end;
  }
  if ('table' in anchor) {
    const span = spanOf(model.tables[anchor.table]?.src, `表格 ${anchor.table}`);
    return anchor.position === 'before' ? span.start : span.end;
  }
  // The end of the body is before its final section properties.
  const w = ctx.ns.raw;
  const bodyEnd = xml.lastIndexOf(`</${w}body>`);
  if (bodyEnd < 0) throw new Error('文档没有正文（w:body）');
  const sect = xml.lastIndexOf(`<${w}sectPr`, bodyEnd);
  const lastBlock = Math.max(
    xml.lastIndexOf(`</${w}p>`, bodyEnd),
    xml.lastIndexOf(`</${w}tbl>`, bodyEnd),
    xml.lastIndexOf(`</${w}sdt>`, bodyEnd),
  );
  return sect > lastBlock ? sect : bodyEnd;
}

function headingText(p: DocParagraph): string {
  return ((p.numText ?? '') + p.text).replace(/\s/g, '');
}

function isHeading(p: DocParagraph): boolean {
  const t = headingText(p);
  return SECTIONS.some((s) => t.includes(s.title) && t.length <= s.title.length + 6);
}

/** The document's own heading, body paragraph and table, for inserts to copy their formatting. */
export function likeOf(xml: string, model: DocModel): TemplateLike {
  const like: TemplateLike = {};
  const ns = wPrefixOf(xml);
  // Under `w:`, as the templates read and write them.
  const slice = (src?: SourceSpan): string | undefined =>
    src && ns.toW(xml.slice(src.start, src.end));
  const headingAt = model.paragraphs.findIndex(isHeading);
  if (headingAt >= 0) like.heading = slice(model.paragraphs[headingAt].src);
  // Body text: a real sentence after the first heading (the title and the agency come before).
  const body =
    model.paragraphs.find((p, i) => i > headingAt && !isHeading(p) && p.text.trim().length >= 20) ??
    model.paragraphs.find((p) => !isHeading(p) && p.text.trim().length >= 20);
  if (body) like.body = slice(body.src);
  const table = model.tables.find((t) => t.rows.length >= 3) ?? model.tables[0];
  if (table) like.table = slice(table.src);
  return like;
}

/** Adjacent tables merge into one when Word opens the file; a table also may not end the body. */
function separated(ctx: Ctx, at: number, fragment: string, atBodyEnd: boolean): string {
  const w = ctx.ns.raw;
  const before = ctx.xml.slice(0, at).trimEnd();
  const after = ctx.xml.slice(at).trimStart();
  let out = fragment;
  if (fragment.startsWith('<w:tbl') && before.endsWith(`</${w}tbl>`)) out = '<w:p/>' + out;
  const bodyEnd = atBodyEnd || after.startsWith(`</${w}body>`) || after.startsWith(`<${w}sectPr`);
  if (fragment.endsWith('</w:tbl>') && (bodyEnd || after.startsWith(`<${w}tbl`))) out += '<w:p/>';
  return out;
}

function insert(ctx: Ctx, model: DocModel, edit: Edit, like: () => TemplateLike): Splice[] {
  if (edit.kind !== 'insert-section' && edit.kind !== 'insert-table') return [];
  const at = anchorOffset(ctx, model, edit.anchor);
  const fragment =
    edit.kind === 'insert-section'
      ? renderSection(edit.section, edit.version, like())
      : renderTable(edit.table, edit.version, like());
  const atEnd = 'position' in edit.anchor && edit.anchor.position === 'end';
  return [{ start: at, end: at, text: ctx.ns.out(separated(ctx, at, fragment, atEnd)) }];
}

function editSplices(ctx: Ctx, model: DocModel, edit: Edit, like: () => TemplateLike): Splice[] {
  switch (edit.kind) {
    case 'set-cell':
      return setCell(ctx, model, edit);
    case 'rename-heading':
      return renameHeading(ctx, model, edit);
    case 'insert-section':
    case 'insert-table':
      return insert(ctx, model, edit, like);
  }
}

/** `inner` falls inside what `outer` replaces (an insert at either end of it does not). */
function inside(inner: Splice, outer: Splice): boolean {
  if (outer.end === outer.start) return false;
  if (inner.start < outer.start || inner.end > outer.end) return false;
  return !(inner.start === inner.end && (inner.start === outer.start || inner.start === outer.end));
}

/** The splices of a plan, and the edits left alone. */
export interface PlannedSplices {
  splices: Splice[];
  skipped: SkippedEdit[];
}

/**
 * The plan's edits as splices of `xml`, whose parse is `model`. An edit that would lose what the
 * document holds is skipped with its reason, and so is one inside a text box whose anchoring
 * paragraph another edit rewrites (the only way two edits can nest): nothing overlaps.
 */
export function planEdits(xml: string, model: DocModel, plan: EditPlan): PlannedSplices {
  const ctx: Ctx = { xml, ns: wPrefixOf(xml) };
  let cached: TemplateLike | undefined;
  const like = (): TemplateLike => (cached ??= likeOf(xml, model));
  const skipped: SkippedEdit[] = [];
  const planned: { edit: Edit; splices: Splice[] }[] = [];
  for (const edit of plan.edits) {
    try {
      planned.push({ edit, splices: editSplices(ctx, model, edit, like) });
    } catch (err: unknown) {
      if (!(err instanceof Refused)) throw err;
      skipped.push({ edit, reason: err.message });
    }
  }
  const kept = planned.filter(({ edit, splices }) => {
    const nested = planned.some(
      (other) =>
        other.edit !== edit &&
        splices.some((s) => other.splices.some((o) => inside(s, o) && !inside(o, s))),
    );
    if (nested) skipped.push({ edit, reason: INSIDE_REWRITE_REASON });
    return !nested;
  });
  const splices = kept.flatMap((p) => p.splices);
  if (splices.length > 0 && ctx.ns.rootSplice) splices.push(ctx.ns.rootSplice);
  return { splices, skipped };
}

/** The plan's edits as splices of `xml` (edits skipped for a reason left out). */
export function planSplices(xml: string, model: DocModel, plan: EditPlan): Splice[] {
  return planEdits(xml, model, plan).splices;
}

/** The document XML with the plan applied. */
export function applyPlanToXml(xml: string, model: DocModel, plan: EditPlan): string {
  return spliceAll(xml, planSplices(xml, model, plan));
}

/** The same file with `documentXml` replaced and its model read again. */
export function withDocumentXml(file: DocxFile, documentXml: string): DocxFile {
  if (documentXml === file.documentXml) return file;
  const model = parseDocumentXml(documentXml, {
    numbering: file.numberingXml,
    styles: file.stylesXml,
  });
  return { ...file, documentXml, model };
}

/** What applying a plan gave: the new file and the edits left to the user, with reasons. */
export interface Applied {
  file: DocxFile;
  skipped: SkippedEdit[];
}

/** Apply a plan, saying which edits were left alone and why; the zip is not touched until `saveDocx`. */
export function applyPlanReporting(file: DocxFile, plan: EditPlan): Applied {
  const { splices, skipped } = planEdits(file.documentXml, file.model, plan);
  return { file: withDocumentXml(file, spliceAll(file.documentXml, splices)), skipped };
}

/** Apply a plan; the zip is not touched until `saveDocx`. */
export function applyPlan(file: DocxFile, plan: EditPlan): DocxFile {
  return applyPlanReporting(file, plan).file;
}

/**
 * A copy of the entry table, so that replacing an entry never changes the zip another DocxFile
 * value still shares. Entries themselves are never mutated (`file()` replaces them), so they are
 * shared, and JSZip reuses their compressed bytes on save. (JSZip's own runtime `clone()` shares
 * the entry table itself, which is what we must avoid.)
 */
export function cloneZip(zip: JSZip): JSZip {
  const copy = new JSZip();
  const files: Record<string, JSZip.JSZipObject> = Object.create(null);
  for (const name of Object.keys(zip.files)) files[name] = zip.files[name];
  copy.files = files;
  // The archive comment is kept too (untyped in JSZip's typings, used by its generate).
  type WithComment = JSZip & { comment: string | null };
  (copy as WithComment).comment = (zip as WithComment).comment;
  return copy;
}

/** The package with the (possibly edited) main document; every other entry as it was read. */
export async function saveDocx(file: DocxFile): Promise<Uint8Array> {
  const zip = cloneZip(await file.zip());
  const entry = zip.file(file.documentPath);
  const original = entry ? await entry.async('string') : undefined;
  if (original !== file.documentXml) {
    // No folder entries the original did not have; the entry keeps its date.
    zip.file(file.documentPath, file.documentXml, { createFolders: false, date: entry?.date });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
