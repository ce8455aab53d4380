// Visible, removable marks on flagged cells and paragraphs: a block-level content control around
// the cell's content (or the paragraph), tagged "gouji-mark:<rule>". The Word adapter makes the same
// thing with Office.js (insertContentControl, tag, title, color, appearance "Tags"), so either host
// clears the other's marks, and a mark survives a save and a reload.

import { cellAt } from '../../core/fix';
import type { DocModel, SourceSpan } from '../../core/model';
import { MARK_COLORS, MARK_TAG_PREFIX, MARK_TITLE, type Mark } from '../../core/plan';
import { childElements, findElement, tagEnd } from '../../core/ooxml/xml';
import { rootTag, W_NS, wPrefixOf, type WPrefix } from './prefix';
import type { DocxFile } from './read';
import { spliceAll, withDocumentXml, type Splice } from './write';

export { MARK_TAG_PREFIX, MARK_TITLE };

const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const W_DECL = ` xmlns:w="${W_NS}"`;
const W15_DECL = ` xmlns:w15="${W15}"`;
const MC_DECL = ` xmlns:mc="${MC}"`;
const IGNORABLE_ATTR = ' mc:Ignorable="w15"';
/**
 * When addMarks must declare w15 on the root, it also appends this (unused, hence harmless)
 * namespace declaration, listing what it added, so that clearMarks can tell its own additions
 * from a document that declared w15 itself and restore the root byte for byte.
 */
const NOTE_PREFIX = ' xmlns:gouji-root="urn:gouji:root-added:';
type Added = 'w' | 'w15' | 'mc' | 'ignorable' | 'ignorable-w15';

/** The root start tag with w15 declared and ignorable, or undefined when it already is. */
function rootWithW15(tag: string, needW: boolean): string | undefined {
  let out = tag.slice(0, -1);
  const added: Added[] = [];
  // WordprocessingML as the default namespace: the marks are written under w:.
  if (needW && !/\sxmlns:w\s*=/.test(out)) {
    out += W_DECL;
    added.push('w');
  }
  if (!/\sxmlns:w15\s*=/.test(out)) {
    out += W15_DECL;
    added.push('w15');
  }
  const ignorable = /(\smc:Ignorable\s*=\s*")([^"]*)"/.exec(out);
  if (!ignorable) {
    if (!/\sxmlns:mc\s*=/.test(out)) {
      out += MC_DECL;
      added.push('mc');
    }
    out += IGNORABLE_ATTR;
    added.push('ignorable');
  } else if (!ignorable[2].split(/\s+/).includes('w15')) {
    const at = ignorable.index + ignorable[1].length + ignorable[2].length;
    out = out.slice(0, at) + ' w15' + out.slice(at);
    added.push('ignorable-w15');
  }
  if (added.length === 0) return undefined;
  return `${out}${NOTE_PREFIX}${added.join(',')}">`;
}

/** The root start tag without what `rootWithW15` added, as its note says. */
function rootWithoutW15(tag: string): string {
  const note = tag.lastIndexOf(NOTE_PREFIX);
  if (note < 0 || !tag.endsWith('">')) return tag;
  const added = tag.slice(note + NOTE_PREFIX.length, -2).split(',') as Added[];
  let out = tag.slice(0, note);
  for (const what of [...added].reverse()) {
    const suffix = { w: W_DECL, w15: W15_DECL, mc: MC_DECL, ignorable: IGNORABLE_ATTR }[
      what === 'ignorable-w15' ? 'ignorable' : what
    ];
    if (what === 'ignorable-w15') out = out.replace(/(\smc:Ignorable\s*="[^"]*?) w15"/, '$1"');
    else if (out.endsWith(suffix)) out = out.slice(0, -suffix.length);
    else return tag;
  }
  return out + '>';
}

function sdtOpen(mark: Mark, id: number): string {
  const rule = mark.rule;
  return (
    '<w:sdt><w:sdtPr>' +
    `<w:alias w:val="${MARK_TITLE}"/><w:tag w:val="${MARK_TAG_PREFIX}${rule}"/><w:id w:val="${id}"/>` +
    `<w15:color w:val="${MARK_COLORS[mark.severity]}"/><w15:appearance w15:val="tags"/>` +
    '</w:sdtPr><w:sdtContent>'
  );
}

const SDT_CLOSE = '</w:sdtContent></w:sdt>';

/** What a mark wraps: a cell's content after its `w:tcPr`, or a body paragraph. */
function markTarget(xml: string, ns: WPrefix, model: DocModel, mark: Mark): SourceSpan | undefined {
  if (mark.cell) {
    const cell = cellAt(model, mark.cell);
    if (!cell?.src) return undefined;
    const content = childElements(xml, cell.src).filter((c) => ns.canon(c.name) !== 'w:tcPr');
    if (content.length === 0) return undefined;
    return { start: content[0].start, end: content[content.length - 1].end };
  }
  if (mark.paragraph !== undefined) return model.paragraphs[mark.paragraph]?.src;
  return undefined;
}

/** A fresh content-control id above every `w:id` in the document. */
function firstFreeId(xml: string): number {
  let max = 0;
  // Under any prefix: a document may bind WordprocessingML to another one.
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?id\s+(?:[\w.-]+:)?val="(\d+)"/g))
    max = Math.max(max, Number(m[1]));
  return max + 1;
}

/** The document XML with a content control around each mark's cell or paragraph. */
export function addMarksToXml(xml: string, model: DocModel, marks: readonly Mark[]): string {
  const ns = wPrefixOf(xml);
  const seen = new Set<string>();
  const splices: Splice[] = [];
  const close = ns.out(SDT_CLOSE);
  let id = firstFreeId(xml);
  for (const mark of marks) {
    const span = markTarget(xml, ns, model, mark);
    // One mark per place: a cell flagged by two rules carries the first rule's tag.
    if (!span || seen.has(`${span.start}`)) continue;
    seen.add(`${span.start}`);
    splices.push({ start: span.start, end: span.start, text: ns.out(sdtOpen(mark, id++)) });
    splices.push({ start: span.end, end: span.end, text: close });
  }
  if (splices.length === 0) return xml;
  const root = rootTag(xml);
  const newRoot = rootWithW15(xml.slice(root.start, root.end), ns.rootSplice !== undefined);
  if (newRoot) splices.push({ ...root, text: newRoot });
  // A mark's close and the next mark's open can meet at one offset: closes must come first.
  const closeFirst = (s: Splice): number => (s.text === close ? 0 : 1);
  splices.sort((a, b) => a.start - b.start || closeFirst(a) - closeFirst(b));
  return spliceAll(xml, splices);
}

/** The prefix marks are written under: the document's, or w: beside a default namespace. */
function markPrefix(xml: string): string {
  try {
    const raw = wPrefixOf(xml).raw;
    return raw === '' ? 'w:' : raw;
  } catch {
    // `w` bound elsewhere: no mark could have been written, none is found.
    return 'w:';
  }
}

/** Where the next content control tagged as a mark starts, from `from` on; `w` is its prefix. */
function nextMark(xml: string, w: string, from: number): SourceSpan | undefined {
  const tagValue = `${w}val="${MARK_TAG_PREFIX}`;
  const open = new RegExp(`^<${w}sdt[\\s>]`);
  for (let at = xml.indexOf(tagValue, from); at >= 0;) {
    let start = xml.lastIndexOf(`<${w}sdt`, at);
    while (start >= 0 && !open.test(xml.slice(start, start + w.length + 6))) {
      start = xml.lastIndexOf(`<${w}sdt`, start - 1);
    }
    const sdt = start >= 0 ? findElement(xml, `${w}sdt`, start) : undefined;
    const pr = sdt ? findElement(xml, `${w}sdtPr`, sdt.start) : undefined;
    // The tag must be this control's own (in its w:sdtPr), not some other element's value.
    if (sdt && pr && pr.start < at && at < pr.end && pr.end <= sdt.end) return sdt;
    at = xml.indexOf(tagValue, at + 1);
  }
  return undefined;
}

/** The document XML with every mark's content control replaced by its content. */
export function clearMarksFromXml(xml: string): string {
  const w = markPrefix(xml);
  let out = xml;
  let removed = false;
  for (let sdt = nextMark(out, w, 0); sdt; sdt = nextMark(out, w, sdt.start)) {
    const content = findElement(out, `${w}sdtContent`, sdt.start);
    let inner = '';
    if (content && content.end <= sdt.end) {
      const open = tagEnd(out, content.start);
      inner =
        out.charAt(open - 1) === '/'
          ? ''
          : out.slice(open + 1, content.end - `</${w}sdtContent>`.length);
    }
    out = out.slice(0, sdt.start) + inner + out.slice(sdt.end);
    removed = true;
  }
  if (!removed) return out;
  const root = rootTag(out);
  const rest = out.slice(0, root.start) + out.slice(root.end);
  if (/[<\s]w15:/.test(rest)) return out;
  // xmlns:w added by addMarks stays while a later write (gouji fix) still uses it.
  const note = out.slice(root.start, root.end).lastIndexOf(NOTE_PREFIX);
  const addedW = note >= 0 && /[:,]w[,"]/.test(out.slice(root.start + note, root.end));
  if (addedW && /<\/?w:|\sw:[\w.-]+\s*=/.test(rest)) return out;
  return (
    out.slice(0, root.start) + rootWithoutW15(out.slice(root.start, root.end)) + out.slice(root.end)
  );
}

export function addMarks(file: DocxFile, marks: readonly Mark[]): DocxFile {
  return withDocumentXml(file, addMarksToXml(file.documentXml, file.model, marks));
}

export function clearMarks(file: DocxFile): DocxFile {
  return withDocumentXml(file, clearMarksFromXml(file.documentXml));
}

/** How many marks the document carries (either host's). */
export function countMarks(file: DocxFile): number {
  const xml = file.documentXml;
  const w = markPrefix(xml);
  let n = 0;
  for (let sdt = nextMark(xml, w, 0); sdt; sdt = nextMark(xml, w, sdt.end)) n++;
  return n;
}
