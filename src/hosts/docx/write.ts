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
  hasText,
  innerXml,
  removeElements,
  tagEnd,
  type ChildElement,
} from '../../core/template/xml';
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

/** Children of the `w:rPr` that opens the run at `span`, or undefined when it has none. */
function runRPr(xml: string, span: SourceSpan): string | undefined {
  const first = childElements(xml, span)[0];
  if (!first || first.name !== 'w:rPr') return undefined;
  // A copied run must not claim the original's revision history.
  return removeElements(innerXml(xml.slice(first.start, first.end)), 'w:rPrChange');
}

/** The formatting a paragraph's new text takes: its first text run's, else its mark's. */
function paragraphRPr(xml: string, span: SourceSpan, pPr: ChildElement | undefined): string {
  let first: string | undefined;
  for (let at = span.start, r = findElement(xml, 'w:r', at); r && r.end <= span.end;) {
    const rPr = runRPr(xml, r) ?? '';
    if (hasText(xml.slice(r.start, r.end))) return rPr;
    first ??= rPr;
    at = r.end;
    r = findElement(xml, 'w:r', at);
  }
  if (first !== undefined) return first;
  if (!pPr) return '';
  const mark = childElements(xml, pPr).find((c) => c.name === 'w:rPr');
  if (!mark) return '';
  return cleanRPr(innerXml(xml.slice(mark.start, mark.end)));
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
function withoutNumbering(xml: string, pPr: ChildElement, numbered: boolean): string {
  const text = xml.slice(pPr.start, pPr.end);
  const children = childElements(xml, pPr);
  const numPr = children.find((c) => c.name === 'w:numPr');
  const pStyle = children.find((c) => c.name === 'w:pStyle');
  let out = text;
  if (numPr) out = out.slice(0, numPr.start - pPr.start) + out.slice(numPr.end - pPr.start);
  if (numbered && pStyle && !numPr) {
    const at = pStyle.end - pPr.start;
    out = out.slice(0, at) + NUMBERING_OFF + out.slice(at);
  }
  return out;
}

interface RewriteOptions {
  /** Drop automatic numbering (rename-heading). */
  dropNumbering?: boolean;
  /** The paragraph currently shows a number (its own or its style's). */
  numbered?: boolean;
}

/**
 * The paragraph at `span` with `text` as its only content: its start tag, `w:pPr` and range
 * markers are kept, the new run takes the first run's formatting.
 */
function rewriteParagraph(
  xml: string,
  span: SourceSpan,
  text: string,
  opts: RewriteOptions = {},
): string {
  const open = tagEnd(xml, span.start);
  const selfClosing = xml.charAt(open - 1) === '/';
  const startTag = selfClosing
    ? xml.slice(span.start, open - 1).trimEnd() + '>'
    : xml.slice(span.start, open + 1);
  const children = selfClosing ? [] : childElements(xml, span);
  const pPr = children[0]?.name === 'w:pPr' ? children[0] : undefined;
  const rPr = paragraphRPr(xml, span, pPr);
  let props = pPr ? xml.slice(pPr.start, pPr.end) : '';
  if (pPr && opts.dropNumbering) props = withoutNumbering(xml, pPr, opts.numbered ?? false);
  const markers = children
    .filter((c) => MARKERS.has(c.name))
    .map((c) => xml.slice(c.start, c.end))
    .join('');
  return `${startTag}${props}${run(text, rPr)}${markers}</w:p>`;
}

function hasMarkers(xml: string, span: SourceSpan): boolean {
  return childElements(xml, span).some((c) => MARKERS.has(c.name));
}

// ---------- edits → splices ----------

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

function setCell(
  xml: string,
  model: DocModel,
  edit: Extract<Edit, { kind: 'set-cell' }>,
): Splice[] {
  const cell = cellOf(model, edit.addr);
  const [first, ...rest] = cell.paragraphs.map((p) => spanOf(p.src, '单元格段落'));
  if (!first) throw new Error('单元格中没有段落');
  return [
    { ...first, text: rewriteParagraph(xml, first, edit.value) },
    // The value replaces the whole cell: further paragraphs go, unless they hold range markers.
    ...rest.map((p) => ({ ...p, text: hasMarkers(xml, p) ? rewriteParagraph(xml, p, '') : '' })),
  ];
}

function renameHeading(
  xml: string,
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
    { ...span, text: rewriteParagraph(xml, span, edit.text, { dropNumbering: true, numbered }) },
  ];
}

/** The offset an anchor names. */
function anchorOffset(xml: string, model: DocModel, anchor: Anchor): number {
  if ('paragraph' in anchor) {
    const span = spanOf(model.paragraphs[anchor.paragraph]?.src, `段落 ${anchor.paragraph}`);
    return anchor.position === 'before' ? span.start : span.end;
  }
  if ('table' in anchor) {
    const span = spanOf(model.tables[anchor.table]?.src, `表格 ${anchor.table}`);
    return anchor.position === 'before' ? span.start : span.end;
  }
  // The end of the body is before its final section properties.
  const bodyEnd = xml.lastIndexOf('</w:body>');
  if (bodyEnd < 0) throw new Error('文档没有正文（w:body）');
  const sect = xml.lastIndexOf('<w:sectPr', bodyEnd);
  const lastBlock = Math.max(
    xml.lastIndexOf('</w:p>', bodyEnd),
    xml.lastIndexOf('</w:tbl>', bodyEnd),
    xml.lastIndexOf('</w:sdt>', bodyEnd),
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
  const slice = (src?: SourceSpan): string | undefined => src && xml.slice(src.start, src.end);
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
function separated(xml: string, at: number, fragment: string, atBodyEnd: boolean): string {
  const before = xml.slice(0, at).trimEnd();
  const after = xml.slice(at).trimStart();
  let out = fragment;
  if (fragment.startsWith('<w:tbl') && before.endsWith('</w:tbl>')) out = '<w:p/>' + out;
  const bodyEnd = atBodyEnd || after.startsWith('</w:body>') || after.startsWith('<w:sectPr');
  if (fragment.endsWith('</w:tbl>') && (bodyEnd || after.startsWith('<w:tbl'))) out += '<w:p/>';
  return out;
}

function insert(xml: string, model: DocModel, edit: Edit, like: () => TemplateLike): Splice[] {
  if (edit.kind !== 'insert-section' && edit.kind !== 'insert-table') return [];
  const at = anchorOffset(xml, model, edit.anchor);
  const fragment =
    edit.kind === 'insert-section'
      ? renderSection(edit.section, edit.version, like())
      : renderTable(edit.table, edit.version, like());
  const text = separated(
    xml,
    at,
    fragment,
    'position' in edit.anchor && edit.anchor.position === 'end',
  );
  return [{ start: at, end: at, text }];
}

/** The plan's edits as splices of `xml`, whose parse is `model`. */
export function planSplices(xml: string, model: DocModel, plan: EditPlan): Splice[] {
  let cached: TemplateLike | undefined;
  const like = (): TemplateLike => (cached ??= likeOf(xml, model));
  return plan.edits.flatMap((edit): Splice[] => {
    switch (edit.kind) {
      case 'set-cell':
        return setCell(xml, model, edit);
      case 'rename-heading':
        return renameHeading(xml, model, edit);
      case 'insert-section':
      case 'insert-table':
        return insert(xml, model, edit, like);
    }
  });
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

/** Apply a plan; the zip is not touched until `saveDocx`. */
export function applyPlan(file: DocxFile, plan: EditPlan): DocxFile {
  return withDocumentXml(file, applyPlanToXml(file.documentXml, file.model, plan));
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
  const zip = cloneZip(file.zip);
  const entry = zip.file(file.documentPath);
  const original = entry ? await entry.async('string') : undefined;
  if (original !== file.documentXml) {
    // No folder entries the original did not have; the entry keeps its date.
    zip.file(file.documentPath, file.documentXml, { createFolders: false, date: entry?.date });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
