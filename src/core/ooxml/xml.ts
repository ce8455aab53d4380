// Small string helpers over WordprocessingML fragments: the XML toolkit of the writers (templates,
// the .docx splices, marks, ignores). core/ must run without a DOM, so the few things needed from a
// document's XML (one element's properties, a tag's end) are found by scanning tags, not parsing.

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The text an attribute value or element content stands for: predefined and numeric references. */
export function unescapeXml(s: string): string {
  // Most values hold no reference: no pass of the expression over them.
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e] ?? '';
  });
}

/** Whether a run (`<w:r>…</w:r>`) holds a text element. */
export function hasText(run: string): boolean {
  return run.includes('<w:t>') || run.includes('<w:t ');
}

/** [start, end) of an element found in a string. */
export interface ElementSpan {
  start: number;
  end: number;
}

/** Position just after the tag name, when `xml` has a start tag `<name` at `at` (not `<nameX`). */
function isStartTag(xml: string, at: number, name: string): boolean {
  if (!xml.startsWith(`<${name}`, at)) return false;
  const next = xml.charAt(at + name.length + 1);
  return (
    next === '>' || next === '/' || next === ' ' || next === '\t' || next === '\n' || next === '\r'
  );
}

/**
 * The first `<name …>…</name>` (or `<name …/>`) at or after `from`, with nested elements of the
 * same name matched (a `w:pPr` holds another `w:pPr` inside `w:pPrChange`).
 */
export function findElement(xml: string, name: string, from = 0): ElementSpan | undefined {
  let start = xml.indexOf(`<${name}`, from);
  while (start >= 0 && !isStartTag(xml, start, name)) start = xml.indexOf(`<${name}`, start + 1);
  if (start < 0) return undefined;
  let depth = 0;
  let at = start;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) return undefined;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) return undefined;
    if (isStartTag(xml, lt, name)) {
      if (xml.charAt(gt - 1) !== '/') depth++;
      else if (depth === 0) return { start, end: gt + 1 };
    } else if (xml.startsWith(`</${name}>`, lt)) {
      depth--;
      if (depth === 0) return { start, end: gt + 1 };
    }
    at = gt + 1;
  }
}

/** The text of the first `name` element at or after `from`, if any. */
export function elementText(xml: string, name: string, from = 0): string | undefined {
  const span = findElement(xml, name, from);
  return span ? xml.slice(span.start, span.end) : undefined;
}

/** `xml` with every direct-or-nested `name` element removed. */
export function removeElements(xml: string, name: string): string {
  let out = xml;
  for (let span = findElement(out, name); span; span = findElement(out, name, span.start)) {
    out = out.slice(0, span.start) + out.slice(span.end);
  }
  return out;
}

/** The children of a properties element (`<w:pPr …>CHILDREN</w:pPr>`), or '' for `<w:pPr/>`. */
export function innerXml(element: string): string {
  const gt = element.indexOf('>');
  if (element.charAt(gt - 1) === '/') return '';
  const close = element.lastIndexOf('</');
  return element.slice(gt + 1, close);
}

/**
 * Insert `child` into the children of a properties element before the first child named in
 * `before` (schema order matters in WordprocessingML properties), or at the end.
 */
export function insertChild(children: string, child: string, before: readonly string[]): string {
  let at = children.length;
  for (const name of before) {
    const span = findElement(children, name);
    if (span && span.start < at) at = span.start;
  }
  return children.slice(0, at) + child + children.slice(at);
}

/** Index of the `>` that ends the tag opening at `lt`, skipping quoted attribute values. */
export function tagEnd(xml: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml.charAt(i);
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

export interface ChildElement extends ElementSpan {
  name: string;
}

/** The element children of the element at `span` (comments and text skipped). */
export function childElements(xml: string, span: ElementSpan): ChildElement[] {
  const open = tagEnd(xml, span.start);
  if (xml.charAt(open - 1) === '/') return [];
  const out: ChildElement[] = [];
  let depth = 0;
  let current: { name: string; start: number } | undefined;
  let at = open + 1;
  while (at < span.end) {
    const lt = xml.indexOf('<', at);
    if (lt < 0 || lt >= span.end) break;
    if (xml.startsWith('<!--', lt)) {
      at = xml.indexOf('-->', lt) + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      at = xml.indexOf(']]>', lt) + 3;
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (xml.charAt(lt + 1) === '/') {
      depth--;
      if (depth === 0 && current) out.push({ ...current, end: gt + 1 });
      if (depth < 0) break; // the parent's own end tag
    } else if (xml.charAt(lt + 1) !== '?') {
      const name = /^<([^\s/>]+)/.exec(xml.slice(lt, gt + 1))?.[1] ?? '';
      const selfClosing = xml.charAt(gt - 1) === '/';
      if (depth === 0) {
        if (selfClosing) out.push({ name, start: lt, end: gt + 1 });
        else current = { name, start: lt };
      }
      if (!selfClosing) depth++;
    }
    at = gt + 1;
  }
  return out;
}
