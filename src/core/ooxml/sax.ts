// What the readers of WordprocessingML parts share with the scanner that tokenizes them: the
// handler's shape, attributes looked up by raw name, and element names with canonical prefixes
// ("w:", "mc:", "pkg:") whatever prefixes the document binds. Documents almost always use the
// canonical prefixes, so prefixes are resolved here and all work is skipped in that common case.
import { LIMITS, LimitError } from '../limits';
import type { XmlPart } from './part';

/** A start tag's attributes, by raw name (`w:val`, `Requires`); valid during `open` only. */
export interface Attrs {
  get(rawName: string): string | undefined;
}

export const NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The canonical prefix of a namespace, if it has one. Compared, not looked up: a root declares
 * some thirty namespaces, and a lookup hashes each URI (comparisons stop at the length). */
function canonical(uri: string): string | undefined {
  if (uri === NS_W || uri === 'http://purl.oclc.org/ooxml/wordprocessingml/main') return 'w';
  if (uri === 'http://schemas.openxmlformats.org/markup-compatibility/2006') return 'mc';
  if (uri === 'http://schemas.microsoft.com/office/2006/xmlPackage') return 'pkg';
  return undefined;
}

export interface SaxHandler {
  /** `end` is the offset just after the start tag's `>`, `start` that of its `<` (offsets into
   * the part's decoded text). `code` is `codeOf(name)` when the handler has one (a scanner may
   * remember it per name instead of asking per element). */
  open(name: string, attrs: Attrs, end: number, start: number, code?: number): void;
  /** `end` is the offset just after the end tag's `>` (or the `/>` of an empty element). */
  close(name: string, end: number): void;
  text?(text: string): void;
  /** The handler's number for an element name (asked once per distinct name where it can be). */
  codeOf?(name: string): number;
  /** True when an empty element (`<a/>`, no namespace declared) of this code changes nothing
   * the handler keeps: a scanner may then leave out its open and close. Asked once per name. */
  ignoresEmpty?(code: number): boolean;
}

interface Scope {
  depth: number;
  /** raw prefix ('' for the default namespace) → canonical prefix */
  map: Map<string, string>;
  /** raw attribute prefix bound to WordprocessingML, with its colon */
  wAttr: string;
  /** raw prefix → namespace URI, as declared */
  uris: Map<string, string>;
}

/** Resolves raw names to canonical ones; tracks `xmlns` declarations by element depth. */
export class Names {
  private scopes: Scope[] = [{ depth: -1, map: new Map(), wAttr: 'w:', uris: new Map() }];
  private declarations = 0;
  private identity = true;
  /** Depth of the innermost scope's element: every end tag asks, in one comparison. */
  private scopeDepth = -1;
  /** The raw attribute prefix (with colon) that denotes WordprocessingML attributes. */
  wAttr = 'w:';
  private keys = new Map<string, string>();

  /**
   * Call on a start tag that has attributes whose names start with "xmlns" (`declarations` holds
   * their names and values, alternately, in document order), before `name`.
   */
  enter(declarations: readonly string[], depth: number): void {
    let map: Map<string, string> | undefined;
    let uris: Map<string, string> | undefined;
    let wAttr = this.wAttr;
    for (let d = 0; d + 1 < declarations.length; d += 2) {
      const key = declarations[d];
      if (key.charCodeAt(0) !== 120 || !key.startsWith('xmlns')) continue;
      const prefix = key.length === 5 ? '' : key.slice(6);
      const uri = declarations[d + 1];
      let canon = canonical(uri);
      if (canon === undefined) {
        // Keep unknown prefixes apart from the canonical ones they might shadow.
        canon = prefix === 'w' || prefix === 'mc' || prefix === 'pkg' ? `?${prefix}` : prefix;
      } else if (canon === 'w' && prefix !== '') {
        wAttr = `${prefix}:`;
      }
      if (++this.declarations > LIMITS.xmlMaxNamespaceDeclarations) {
        throw new LimitError(
          'structure',
          `XML 命名空间声明超过 ${LIMITS.xmlMaxNamespaceDeclarations} 个。`,
        );
      }
      map ??= new Map(this.top().map);
      map.set(prefix, canon);
      uris ??= new Map(this.top().uris);
      uris.set(prefix, uri);
    }
    if (map === undefined || uris === undefined) return;
    this.scopes.push({ depth, map, wAttr, uris });
    this.update();
  }

  /** Call on every end tag, after handling it. */
  leave(depth: number): void {
    if (this.scopeDepth === depth) {
      this.scopes.pop();
      this.update();
    }
  }

  name(raw: string): string {
    if (this.identity) return raw;
    const colon = raw.indexOf(':');
    const prefix = colon < 0 ? '' : raw.slice(0, colon);
    const canon = this.top().map.get(prefix);
    if (canon === undefined || canon === prefix) return raw;
    const local = colon < 0 ? raw : raw.slice(colon + 1);
    return canon === '' ? local : `${canon}:${local}`;
  }

  /** The namespace URI a raw prefix is bound to ('' for the default namespace). */
  uri(prefix: string): string | undefined {
    return this.top().uris.get(prefix);
  }

  /** A WordprocessingML attribute (`w:val` and the like) by local name. */
  attr(attrs: Attrs, local: string): string | undefined {
    // Cached so that the key is one string, not a fresh concatenation per lookup.
    let key = this.keys.get(local);
    if (key === undefined) {
      key = this.wAttr + local;
      this.keys.set(local, key);
    }
    return attrs.get(key);
  }

  private top(): Scope {
    return this.scopes[this.scopes.length - 1];
  }

  private update(): void {
    const top = this.top();
    this.scopeDepth = top.depth;
    if (this.wAttr !== top.wAttr) this.keys.clear();
    this.wAttr = top.wAttr;
    this.identity = true;
    for (const [prefix, canon] of top.map) {
      if (prefix !== canon) {
        this.identity = false;
        break;
      }
    }
  }
}

/** A tokenizer: calls the handler for each element, in one pass; throws on malformed XML. */
export type Walk = (xml: XmlPart, handler: SaxHandler, names: Names) => void;
