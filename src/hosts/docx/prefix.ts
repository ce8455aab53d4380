// The prefix a document binds WordprocessingML to. Almost every document uses `w:`, but any prefix
// (or the default namespace) is valid XML and Word opens it. The writers build `w:` XML, then
// write it under the document's own prefix (an undeclared `w:` makes Word refuse the file, and a
// second prefix for the same namespace is more than our reader follows); they recognise the
// document's elements under its prefix. Under the default namespace, whose attributes need a
// prefix anyway, `xmlns:w` is declared on the root when it is missing.

import type { SourceSpan } from '../../core/model';
import { tagEnd } from '../../core/ooxml/xml';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Said when `w` names another namespace on the root: our `w:` elements would mean something else. */
export const W_PREFIX_TAKEN =
  '文档把前缀 w 绑定到了其他命名空间，gouji 写入的内容会被误读，无法修改此文档。';

export interface WPrefix {
  /** The document's prefix with its colon (`w:`, `x:`), or '' for the default namespace. */
  raw: string;
  /** The element name as `w:local` when it is WordprocessingML under the document's prefix. */
  canon(name: string): string;
  /** A fragment copied out of the document, with its WordprocessingML names under `w:`. */
  toW(fragment: string): string;
  /** A fragment built under `w:`, written under the document's prefix. */
  out(fragment: string): string;
  /** The declaration of `xmlns:w` on the root, when the document needs and lacks it. */
  rootSplice?: SourceSpan & { text: string };
}

/** [start, end) of the root start tag (`<w:document …>`, any prefix). */
export function rootTag(xml: string): SourceSpan {
  const start = xml.search(/<(?:[\w.-]+:)?document[\s>/]/);
  if (start < 0) throw new Error('文档没有根元素 w:document');
  return { start, end: tagEnd(xml, start) + 1 };
}

function declarations(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out.set(m[1] ?? '', m[2] ?? m[3] ?? '');
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How `xml` (a main document part) names WordprocessingML, read from its root start tag. */
export function wPrefixOf(xml: string): WPrefix {
  const root = rootTag(xml);
  const tag = xml.slice(root.start, root.end);
  const decls = declarations(tag);
  const own = /^<(?:([\w.-]+):)?/.exec(tag)?.[1] ?? '';
  const bound = [...decls].filter(([, uri]) => uri === W_NS).map(([p]) => p);
  const prefix = bound.includes(own) ? own : (bound.find((p) => p !== '') ?? bound[0] ?? 'w');
  const raw = prefix === '' ? '' : `${prefix}:`;
  const same = (f: string): string => f;
  if (raw === 'w:') return { raw, canon: same, toW: same, out: same };

  const canon = (name: string): string => {
    if (raw === '') return name.includes(':') ? name : `w:${name}`;
    return name.startsWith(raw) ? `w:${name.slice(raw.length)}` : name;
  };
  if (raw !== '') {
    const from = renamer(raw, 'w:');
    const to = renamer('w:', raw);
    return { raw, canon, toW: from, out: to };
  }
  // The default namespace: what is built stays under `w:`, declared on the root if need be.
  const toW = (fragment: string): string =>
    fragment.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, '<$1w:$2');
  const wUri = decls.get('w');
  if (wUri !== undefined && wUri !== W_NS) throw new Error(W_PREFIX_TAKEN);
  if (wUri !== undefined) return { raw, canon, toW, out: same };
  const open = tagEnd(xml, root.start);
  const at = xml.charAt(open - 1) === '/' ? open - 1 : open;
  const rootSplice = { start: at, end: at, text: ` xmlns:w="${W_NS}"` };
  return { raw, canon, toW, out: same, rootSplice };
}

/** Renames element and attribute prefixes `from` → `to` inside the tags of a fragment. */
function renamer(from: string, to: string): (fragment: string) => string {
  const p = escapeRegExp(from);
  const element = new RegExp(`^<(/?)${p}`);
  const attribute = new RegExp(`(\\s)${p}([\\w.-]+\\s*=)`, 'g');
  return (fragment) =>
    fragment.replace(/<[^>]*>/g, (tag) =>
      tag.replace(element, `<$1${to}`).replace(attribute, `$1${to}$2`),
    );
}
