// Markup compatibility (ECMA-376 Part 3): which mc:Choice Word takes. A Choice names, in
// `Requires`, the prefixes of the namespaces a consumer must understand; Word takes the first
// Choice whose namespaces it knows and otherwise the mc:Fallback. Word knows the OOXML namespaces
// and Microsoft's own Office extensions (text boxes "wps", groups "wpg", "w14"…"w16", "a14",
// chart extensions, VML); anything else falls back.
import type { Names } from './sax';

const KNOWN = [
  'http://schemas.openxmlformats.org/',
  'http://purl.oclc.org/ooxml/',
  'http://schemas.microsoft.com/office/word/',
  'http://schemas.microsoft.com/office/drawing/',
  'urn:schemas-microsoft-com:',
];

export function knownNamespace(uri: string): boolean {
  return KNOWN.some((k) => uri.startsWith(k));
}

/** Whether Word understands every namespace a Choice's `Requires` lists. */
export function understood(requires: string | undefined, names: Names): boolean {
  if (requires === undefined) return true;
  for (const prefix of requires.split(/\s+/)) {
    if (prefix === '') continue;
    const uri = names.uri(prefix);
    if (uri === undefined || !knownNamespace(uri)) return false;
  }
  return true;
}
