// A .docx file in: detect what the bytes are, unzip, find the main document part and parse it.
import JSZip from 'jszip';
import { parseDocumentXml } from '../../core/ooxml';
import { LIMITS, LimitError } from '../../core/limits';
import type { DocModel } from '../../core/model';
import { partText, type XmlPart } from '../../core/ooxml/part';
import { unescapeXml } from '../../core/ooxml/xml';
import { DocxError } from './errors';
import { listEntries, readEntry, verifyEntries, type ZipEntry } from './unzip';
import { xmlPart } from './xml-text';

export interface DocxFile {
  /** The package, for the writer: read by JSZip on the first call (checking never needs it). */
  zip(): Promise<JSZip>;
  /** Path of the main document part inside the zip, without a leading "/". */
  documentPath: string;
  /** Decoded on first use (the model is read from the bytes): the writer's text. */
  documentXml: string;
  numberingXml?: string;
  stylesXml?: string;
  model: DocModel;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_NUMBERING = /\/numbering$/;
const REL_STYLES = /\/styles$/;

function bytesOf(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/** Encrypted .docx files are OLE containers holding a stream named "EncryptedPackage". */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const last = bytes.length - name.length * 2;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

function detect(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new DocxError('empty');
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new DocxError(hasUtf16Name(bytes, 'EncryptedPackage') ? 'encrypted' : 'legacy-doc');
  }
  if (!startsWith(bytes, [0x50, 0x4b])) throw new DocxError('not-docx');
}

/** Resolves a relationship target against the folder of the part that owns the .rels. */
function resolveTarget(baseDir: string, rawTarget: string): string {
  let target = rawTarget.replace(/\\/g, '/');
  try {
    // Targets are URIs: a space in a part name is written %20.
    target = decodeURI(target);
  } catch {
    // A malformed escape: take the target as written.
  }
  const parts = (target.startsWith('/') ? target.slice(1) : baseDir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

type RelAttr = 'Type' | 'Target' | 'TargetMode';

/** One expression per attribute, built once (not one per attribute of every relationship). */
const REL_ATTR: Record<RelAttr, RegExp> = {
  Type: attrPattern('Type'),
  Target: attrPattern('Target'),
  TargetMode: attrPattern('TargetMode'),
};

function attrPattern(name: RelAttr): RegExp {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
}

function attrOf(startTag: string, name: RelAttr): string {
  const m = REL_ATTR[name].exec(startTag);
  if (!m) return '';
  const raw = m[1] ?? m[2] ?? '';
  try {
    return unescapeXml(raw);
  } catch {
    // A reference to no character (&#x110000;): take the value as written.
    return raw;
  }
}

function relationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    out.push({
      type: attrOf(m[0], 'Type'),
      target: attrOf(m[0], 'Target'),
      external: attrOf(m[0], 'TargetMode') === 'External',
    });
  }
  return out;
}

/** The verified archive: entries by lower-cased name (zip names are case-sensitive, OPC part
 * names are not; listEntries refuses names that differ only in case). */
interface Archive {
  bytes: Uint8Array;
  entries: Map<string, ZipEntry>;
  /** Entries already inflated, so verified (readEntry checks size and CRC as it goes). */
  read: Set<ZipEntry>;
}

/** The entry of the part at `path`, if there is one (a folder entry is none). */
function partEntry(archive: Archive, path: string): ZipEntry | undefined {
  const entry = archive.entries.get(path.toLowerCase());
  return entry === undefined || entry.name.endsWith('/') ? undefined : entry;
}

function part(archive: Archive, path: string): XmlPart | undefined {
  const entry = partEntry(archive, path);
  if (!entry) return undefined;
  const bytes = readEntry(archive.bytes, entry, LIMITS.xmlPartMaxBytes);
  archive.read.add(entry);
  return xmlPart(bytes);
}

function text(archive: Archive, path: string): string | undefined {
  const found = part(archive, path);
  return found === undefined ? undefined : partText(found);
}

type LazyText = 'documentXml' | 'numberingXml' | 'stylesXml';

/** The parts behind a file's texts until they are first read: a hidden property of the file (a
 * WeakMap would keep them past the file until a full GC). */
const UNREAD = Symbol('unread parts');
type Unread = Partial<Record<LazyText, XmlPart | (() => XmlPart | undefined)>>;

/** One getter and setter per key, shared by every file: a closure per file would give each file
 * its own hidden class, kept (with the part it holds) until the next full GC. */
const LAZY: Record<LazyText, PropertyDescriptor> = {
  documentXml: lazyText('documentXml'),
  numberingXml: lazyText('numberingXml'),
  stylesXml: lazyText('stylesXml'),
};

function settle(file: DocxFile, key: LazyText, value: string | undefined): void {
  Object.defineProperty(file, key, { value, writable: true, enumerable: true, configurable: true });
}

/** `file[key]`, decoded on first read; assigning it replaces it. Enumerable, so that
 * `{ ...file }` copies the text. */
function lazyText(key: LazyText): PropertyDescriptor {
  return {
    get(this: DocxFile): string | undefined {
      const source = (this as DocxFile & { [UNREAD]?: Unread })[UNREAD]?.[key];
      const found = typeof source === 'function' ? source() : source;
      const value = found === undefined ? undefined : partText(found);
      settle(this, key, value);
      return value;
    },
    set(this: DocxFile, value: string | undefined): void {
      settle(this, key, value);
    },
    enumerable: true,
    configurable: true,
  };
}

function documentPathOf(zip: Archive): string {
  const rels = text(zip, '_rels/.rels');
  if (rels !== undefined) {
    const main = relationships(rels).find((r) => REL_OFFICE_DOCUMENT.test(r.type) && !r.external);
    if (main) return resolveTarget('', main.target);
  }
  return 'word/document.xml';
}

export async function readDocx(data: Uint8Array | ArrayBuffer): Promise<DocxFile> {
  try {
    return await read(bytesOf(data));
  } catch (err: unknown) {
    if (err instanceof DocxError) throw err;
    if (err instanceof LimitError)
      throw new DocxError(err.kind, { cause: err, detail: err.detail });
    throw new DocxError('damaged', { cause: err });
  }
}

async function read(bytes: Uint8Array): Promise<DocxFile> {
  detect(bytes);
  const list = listEntries(bytes);
  const archive: Archive = {
    bytes,
    entries: new Map(list.map((e) => [e.key, e])),
    read: new Set(),
  };
  const documentPath = documentPathOf(archive);
  const documentXml = part(archive, documentPath);
  if (documentXml === undefined) throw new DocxError('no-document');

  const slash = documentPath.lastIndexOf('/');
  const dir = slash < 0 ? '' : documentPath.slice(0, slash + 1);
  const docRels = text(archive, `${dir}_rels/${documentPath.slice(slash + 1)}.rels`);
  const rels = docRels === undefined ? [] : relationships(docRels);
  const partOf = (re: RegExp, fallback: string): string => {
    const rel = rels.find((r) => re.test(r.type) && !r.external);
    return rel ? resolveTarget(dir, rel.target) : dir + fallback;
  };
  const numberingPath = partOf(REL_NUMBERING, 'numbering.xml');
  // Inflated when a paragraph is numbered, or when the file's numberingXml is asked for.
  let numberingXml: XmlPart | undefined;
  let numberingRead = false;
  const numbering = (): XmlPart | undefined => {
    if (!numberingRead) {
      numberingRead = true;
      numberingXml = part(archive, numberingPath);
    }
    return numberingXml;
  };
  const stylesXml = part(archive, partOf(REL_STYLES, 'styles.xml'));

  let model: DocModel;
  try {
    model = parseDocumentXml(documentXml, { numbering, styles: stylesXml });
  } catch (err: unknown) {
    // The numbering part, read on the way, may be refused as the document would be.
    if (err instanceof DocxError) throw err;
    if (err instanceof LimitError)
      throw new DocxError(err.kind, { cause: err, detail: err.detail });
    throw new DocxError('damaged', { cause: err });
  }
  // JSZip keeps the package for the writer; only writing needs it. The XML parts not read above
  // (the theme, settings, properties, …) cannot change a finding, and our own reads check each
  // part as they inflate it; before JSZip may inflate one, every one is inflated and checked.
  // (Checking them for every check cost about 4 % of a report's read + check.)
  let zip: Promise<JSZip> | undefined;
  const loadZip = (): Promise<JSZip> =>
    (zip ??= Promise.resolve()
      .then(() => verifyEntries(bytes, list, archive.read))
      .then(() => JSZip.loadAsync(bytes))
      .catch((err: unknown) => {
        if (err instanceof DocxError) throw err;
        throw new DocxError('damaged', { cause: err });
      }));
  const file = { zip: loadZip, documentPath, model } as DocxFile;
  const parts: Unread = { documentXml, numberingXml: numbering, stylesXml };
  // Not enumerable: `{ ...file }` copies the texts, never the bytes.
  Object.defineProperty(file, UNREAD, { value: parts });
  Object.defineProperty(file, 'documentXml', LAZY.documentXml);
  if (partEntry(archive, numberingPath) !== undefined)
    Object.defineProperty(file, 'numberingXml', LAZY.numberingXml);
  if (stylesXml !== undefined) Object.defineProperty(file, 'stylesXml', LAZY.stylesXml);
  return file;
}
