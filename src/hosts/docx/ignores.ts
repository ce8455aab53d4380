// Ignored findings are remembered in the document itself, as the custom document property
// "gouji.ignores" (a JSON array of finding ids): the same property the Word adapter writes with
// `document.properties.customProperties`, so an ignore survives mailing the file around.

import { IGNORES_KEY } from '../../core/plan';
import type { DocxFile } from './read';
import { cloneZip } from './write';
import { escapeXml, unescapeXml } from '../../core/ooxml/xml';
import { decodeXml } from './xml-text';

export const IGNORES_PROPERTY = IGNORES_KEY;

const CUSTOM_PATH = 'docProps/custom.xml';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
// The format id every custom property carries (OPC, ECMA-376 Part 1 §22.3.2.2).
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

/** XML text with its references resolved; undefined for a reference to no character
 * (`&#x110000;`), which makes the part malformed. */
function unescaped(s: string): string | undefined {
  try {
    return unescapeXml(s);
  } catch {
    return undefined;
  }
}

/** The `<property …>…</property>` element named `name`, with its span. */
function findProperty(xml: string, name: string): { start: number; end: number } | undefined {
  for (const m of xml.matchAll(/<(?:\w+:)?property\b[^>]*>[\s\S]*?<\/(?:\w+:)?property>/g)) {
    const attr = /\sname\s*=\s*"([^"]*)"/.exec(m[0].slice(0, m[0].indexOf('>')));
    if (attr && unescaped(attr[1]) === name) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

async function readText(file: DocxFile, path: string): Promise<string | undefined> {
  const entry = (await file.zip()).file(path);
  // file.zip() has verified every XML entry's size and CRC, so inflating it here is bounded.
  return entry ? decodeXml(await entry.async('uint8array')) : undefined;
}

/** The finding ids the document says to ignore ([] when it says nothing, or nonsense). */
export async function readIgnores(file: DocxFile): Promise<string[]> {
  const xml = await readText(file, CUSTOM_PATH);
  if (!xml) return [];
  const prop = findProperty(xml, IGNORES_PROPERTY);
  if (!prop) return [];
  const value = /<vt:lpwstr>([\s\S]*?)<\/vt:lpwstr>/.exec(xml.slice(prop.start, prop.end));
  if (!value) return [];
  const json = unescaped(value[1]);
  if (json === undefined) return [];
  try {
    const ids: unknown = JSON.parse(json);
    return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function propertyXml(pid: number, ids: readonly string[]): string {
  return (
    `<property fmtid="${FMTID}" pid="${pid}" name="${IGNORES_PROPERTY}">` +
    `<vt:lpwstr>${escapeXml(JSON.stringify(ids))}</vt:lpwstr></property>`
  );
}

function withProperty(xml: string | undefined, ids: readonly string[]): string {
  if (xml === undefined) {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
      'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      `${propertyXml(2, ids)}</Properties>`
    );
  }
  const existing = findProperty(xml, IGNORES_PROPERTY);
  const pids = [...xml.matchAll(/\spid\s*=\s*"(\d+)"/g)].map((m) => Number(m[1]));
  if (existing) {
    const pid = /\spid\s*=\s*"(\d+)"/.exec(xml.slice(existing.start, existing.end))?.[1];
    const prop = propertyXml(Number(pid ?? Math.max(1, ...pids) + 1), ids);
    return xml.slice(0, existing.start) + prop + xml.slice(existing.end);
  }
  // pids start at 2 (0 and 1 are reserved).
  const prop = propertyXml(Math.max(1, ...pids) + 1, ids);
  const selfClosing = /<((?:\w+:)?Properties)\b([^>]*?)\/>/.exec(xml);
  if (selfClosing) {
    const [whole, name, attrs] = selfClosing;
    const at = selfClosing.index;
    return `${xml.slice(0, at)}<${name}${attrs}>${prop}</${name}>${xml.slice(at + whole.length)}`;
  }
  const close = xml.search(/<\/(?:\w+:)?Properties>\s*$/);
  if (close < 0) throw new Error('docProps/custom.xml 格式无法识别');
  return xml.slice(0, close) + prop + xml.slice(close);
}

function withContentType(xml: string): string {
  if (/PartName\s*=\s*"\/docProps\/custom\.xml"/i.test(xml)) return xml;
  const override = `<Override PartName="/${CUSTOM_PATH}" ContentType="${CUSTOM_TYPE}"/>`;
  return xml.replace(/<\/Types>\s*$/, (end) => override + end);
}

function withRelationship(xml: string | undefined): string {
  const rel = (id: string): string =>
    `<Relationship Id="${id}" Type="${CUSTOM_REL}" Target="${CUSTOM_PATH}"/>`;
  if (xml === undefined) {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1')}</Relationships>`
    );
  }
  if (xml.includes(`Type="${CUSTOM_REL}"`)) return xml;
  const used = new Set([...xml.matchAll(/\sId\s*=\s*"([^"]*)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  return xml.replace(/<\/Relationships>\s*$/, (end) => rel(`rId${n}`) + end);
}

/**
 * The file with "gouji.ignores" set to `ids`. The custom part, its content type and its
 * relationship are added only when the document lacks them; nothing is added to say "none".
 */
export async function writeIgnores(file: DocxFile, ids: readonly string[]): Promise<DocxFile> {
  const custom = await readText(file, CUSTOM_PATH);
  if (ids.length === 0 && (!custom || !findProperty(custom, IGNORES_PROPERTY))) return file;
  const original = await file.zip();
  const zip = cloneZip(original);
  const put = (path: string, text: string): void => {
    zip.file(path, text, { createFolders: false, date: original.file(path)?.date });
  };
  put(CUSTOM_PATH, withProperty(custom, ids));
  if (!custom) {
    const types = await readText(file, '[Content_Types].xml');
    if (types !== undefined) put('[Content_Types].xml', withContentType(types));
    put('_rels/.rels', withRelationship(await readText(file, '_rels/.rels')));
  }
  return { ...file, zip: () => Promise.resolve(zip) };
}
