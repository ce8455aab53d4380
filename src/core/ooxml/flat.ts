// Word's Range.getOoxml() returns a flat OPC package: every part inline as
// <pkg:part pkg:name="…" pkg:contentType="…"><pkg:xmlData>…</pkg:xmlData></pkg:part>.
// The parts are cut out by string search: the package is machine-written, and parsing it whole
// only to parse the document part again would double the work.
import type { DocModel } from '../model';
import { parseDocumentXml } from './parse';

export interface FlatParts {
  document: string;
  numbering?: string;
  styles?: string;
}

const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.';
const KINDS: [keyof FlatParts, string, RegExp][] = [
  ['document', `${CT}document.main+xml`, /\/document\d*\.xml$/],
  ['numbering', `${CT}numbering+xml`, /\/numbering\.xml$/],
  ['styles', `${CT}styles+xml`, /\/styles\.xml$/],
];

function attrOf(startTag: string, local: string): string | undefined {
  const m = new RegExp(`\\s(?:[\\w.-]+:)?${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(startTag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Throws an Error when the package has no document part. */
export function splitFlatPackage(pkgXml: string): FlatParts {
  const found: Partial<FlatParts> = {};
  const partTag = /<([\w.-]+:)?part\b[^>]*>/g;
  for (let m = partTag.exec(pkgXml); m; m = partTag.exec(pkgXml)) {
    const prefix = m[1] ?? '';
    const name = attrOf(m[0], 'name') ?? '';
    const type = attrOf(m[0], 'contentType') ?? '';
    const kind = KINDS.find(([, ct, re]) => type === ct || (type === '' && re.test(name)));
    if (!kind) continue;
    const partEnd = pkgXml.indexOf(`</${prefix}part>`, partTag.lastIndex);
    const dataOpen = pkgXml.indexOf(`<${prefix}xmlData`, partTag.lastIndex);
    if (dataOpen < 0 || (partEnd >= 0 && dataOpen > partEnd)) continue;
    const contentStart = pkgXml.indexOf('>', dataOpen) + 1;
    const contentEnd = pkgXml.indexOf(`</${prefix}xmlData>`, contentStart);
    if (contentStart <= 0 || contentEnd < 0) continue;
    found[kind[0]] ??= pkgXml.slice(contentStart, contentEnd).trim();
    if (partEnd >= 0) partTag.lastIndex = partEnd;
  }
  if (found.document === undefined) throw new Error('flat package has no document part');
  const parts: FlatParts = { document: found.document };
  if (found.numbering !== undefined) parts.numbering = found.numbering;
  if (found.styles !== undefined) parts.styles = found.styles;
  return parts;
}

/** Source spans in the result are offsets into `splitFlatPackage(pkgXml).document`. */
export function parseFlatPackage(pkgXml: string): DocModel {
  const parts = splitFlatPackage(pkgXml);
  return parseDocumentXml(parts.document, parts);
}
