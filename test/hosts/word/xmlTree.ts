// A tiny XML tree that serialises back byte-for-byte: start tags and text are kept raw, so that
// "mark then clear leaves the XML identical" compares real bytes, not a re-serialisation.

export interface XText {
  type: 'text';
  raw: string;
  parent?: XElement;
}

export interface XElement {
  type: 'el';
  name: string;
  /** The raw start tag, `<w:p w:rsidR="…">`, or the whole `<w:b/>` when self-closing. */
  open: string;
  selfClosing: boolean;
  children: XNode[];
  parent?: XElement;
}

export type XNode = XText | XElement;

/** Counts tree changes, so that a fake can tell a batch that wrote from one that only read. */
export const changes = { count: 0 };

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<[^>]+>|[^<]+/g;

export function parseXml(xml: string): XElement {
  const root: XElement = { type: 'el', name: '#root', open: '', selfClosing: false, children: [] };
  const stack: XElement[] = [root];
  for (const m of xml.matchAll(TOKEN)) {
    const tok = m[0];
    const top = stack[stack.length - 1];
    if (tok.startsWith('</')) {
      stack.pop();
    } else if (tok.startsWith('<') && !tok.startsWith('<?') && !tok.startsWith('<!')) {
      const name = /^<([^\s/>]+)/.exec(tok)?.[1] ?? '';
      const selfClosing = tok.endsWith('/>');
      const el: XElement = { type: 'el', name, open: tok, selfClosing, children: [], parent: top };
      top.children.push(el);
      if (!selfClosing) stack.push(el);
    } else {
      top.children.push({ type: 'text', raw: tok, parent: top });
    }
  }
  return root;
}

export function serialize(node: XNode): string {
  if (node.type === 'text') return node.raw;
  const inner = node.children.map(serialize).join('');
  if (node.name === '#root') return inner;
  if (node.selfClosing && node.children.length === 0) return node.open;
  const open = node.selfClosing ? node.open.replace(/\s*\/>$/, '>') : node.open;
  return `${open}${inner}</${node.name}>`;
}

export function el(name: string, attrs = '', children: XNode[] = []): XElement {
  const e: XElement = {
    type: 'el',
    name,
    open: children.length ? `<${name}${attrs}>` : `<${name}${attrs}/>`,
    selfClosing: children.length === 0,
    children: [],
  };
  for (const c of children) append(e, c);
  return e;
}

export function append(parent: XElement, child: XNode): void {
  changes.count++;
  child.parent = parent;
  parent.children.push(child);
  if (child.type === 'el' || child.raw) materialise(parent);
}

function materialise(e: XElement): void {
  if (e.selfClosing) {
    e.selfClosing = false;
    e.open = e.open.replace(/\s*\/>$/, '>');
  }
}

export function insertAt(parent: XElement, index: number, nodes: XNode[]): void {
  changes.count++;
  for (const n of nodes) n.parent = parent;
  parent.children.splice(index, 0, ...nodes);
  if (nodes.length) materialise(parent);
}

export function remove(node: XNode): void {
  changes.count++;
  const p = node.parent;
  if (!p) return;
  p.children.splice(p.children.indexOf(node), 1);
  node.parent = undefined;
}

/** Replaces `node` by `nodes` in its parent. */
export function replaceWith(node: XNode, nodes: XNode[]): void {
  const p = node.parent;
  if (!p) throw new Error('detached node');
  const i = p.children.indexOf(node);
  p.children.splice(i, 1);
  node.parent = undefined;
  insertAt(p, i, nodes);
}

export function childEls(e: XElement, name?: string): XElement[] {
  return e.children.filter((c): c is XElement => c.type === 'el' && (!name || c.name === name));
}

export function child(e: XElement, name: string): XElement | undefined {
  return childEls(e, name)[0];
}

/** Descendants named `name` in document order, not looking inside a match or under `skip`. */
export function findAll(e: XElement, name: string, skip: readonly string[] = []): XElement[] {
  const out: XElement[] = [];
  const walk = (n: XElement): void => {
    for (const c of n.children) {
      if (c.type !== 'el' || skip.includes(c.name)) continue;
      if (c.name === name) out.push(c);
      else walk(c);
    }
  };
  walk(e);
  return out;
}

export function ancestors(node: XNode): XElement[] {
  const out: XElement[] = [];
  for (let p = node.parent; p; p = p.parent) out.push(p);
  return out;
}

export function attr(e: XElement, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(e.open);
  return m?.[1];
}

export function decode(raw: string): string {
  return raw
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
