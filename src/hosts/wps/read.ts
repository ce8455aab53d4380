// Reading WPS: the whole document in one call as a flat OPC package (Document.WordOpenXML, else
// Document.Content.WordOpenXML), parsed by the same parser as the .docx and Word hosts. Only when
// neither property exists does it walk the object model, cell by cell, into a coarser model (no
// styles, merged cells counted as one column each): the result says which path it took.

import type { DocCell, DocModel, DocRow, DocTable } from '../../core/model';
import { parseDocumentXml, splitFlatPackage } from '../../core/ooxml';
import { buildModel, type WordParagraphInfo } from '../word/model';
import { WD, type WpsDocument, type WpsTable } from './api';

export type ReadPath = 'document' | 'content' | 'object-model';

/** What the pane and the self-test say about each path (Chinese). */
export const READ_PATH_LABELS: Readonly<Record<ReadPath, string>> = {
  document: 'Document.WordOpenXML（一次读取整篇文档）',
  content: 'Document.Content.WordOpenXML（一次读取正文）',
  'object-model': '对象模型逐段逐格读取（WordOpenXML 不可用，合并单元格按单格计）',
};

export interface WpsSnapshot {
  model: DocModel;
  path: ReadPath;
  /** The document part the model's source spans point into (absent on the object-model path). */
  documentXml?: string;
}

function packageOf(doc: WpsDocument): { pkg: string; path: ReadPath } | undefined {
  // Feature-detect by reading: a property a build lacks is undefined (or throws in some builds).
  const tryRead = (read: () => string | undefined): string | undefined => {
    try {
      const value = read();
      return typeof value === 'string' && value.length > 0 ? value : undefined;
    } catch {
      return undefined;
    }
  };
  const whole = tryRead(() => doc.WordOpenXML);
  if (whole) return { pkg: whole, path: 'document' };
  const content = tryRead(() => doc.Content.WordOpenXML);
  if (content) return { pkg: content, path: 'content' };
  return undefined;
}

/** A cell's text as the object model gives it: paragraphs split by "\r", ending "\r\u0007". */
export function cellText(raw: string): string {
  const end = raw.endsWith(CELL_END) ? raw.slice(0, -1) : raw;
  return end.replace(/\r$/, '');
}

/** The end-of-cell mark the object model appends to a cell's text. */
const CELL_END = String.fromCharCode(7);

function omTable(table: WpsTable): DocTable {
  const cells = table.Range.Cells;
  const rows: DocRow[] = [];
  const count = cells.Count;
  for (let i = 1; i <= count; i++) {
    const c = cells.Item(i);
    const r = c.RowIndex - 1;
    while (rows.length <= r) rows.push({ cells: [], gridBefore: 0, gridAfter: 0 });
    const parts = cellText(c.Range.Text).split('\r');
    const row = rows[r];
    const cell: DocCell = {
      text: parts.join('\n'),
      paragraphs: parts.map((text) => ({ text })),
      row: r,
      cell: row.cells.length,
      col: c.ColumnIndex - 1,
      colSpan: 1,
      rowSpan: 1,
    };
    row.cells.push(cell);
  }
  const cols = Math.max(0, ...rows.map((r) => r.cells.length));
  const grid = rows.map((r) => {
    const line: (DocCell | null)[] = new Array<DocCell | null>(cols).fill(null);
    r.cells.forEach((c) => (line[c.col] = c));
    return line;
  });
  return { kind: 'table', index: -1, rows, cols, grid };
}

function objectModel(doc: WpsDocument): DocModel {
  const infos: WordParagraphInfo[] = [];
  const paragraphs = doc.Paragraphs;
  const count = paragraphs.Count;
  for (let i = 1; i <= count; i++) {
    const range = paragraphs.Item(i).Range;
    const inTable = range.Information(WD.withInTable) === true;
    const info: WordParagraphInfo = {
      text: cellText(range.Text),
      tableNestingLevel: inTable ? 1 : 0,
    };
    const list = inTable ? '' : range.ListFormat.ListString;
    if (list) info.listString = list;
    infos.push(info);
  }
  const tables: DocTable[] = [];
  const tableCount = doc.Tables.Count;
  for (let t = 1; t <= tableCount; t++) tables.push(omTable(doc.Tables.Item(t)));
  return buildModel(infos, tables).model;
}

export function readWps(doc: WpsDocument): WpsSnapshot {
  const found = packageOf(doc);
  if (found) {
    const parts = splitFlatPackage(found.pkg);
    const model = parseDocumentXml(parts.document, parts);
    return { model, path: found.path, documentXml: parts.document };
  }
  return { model: objectModel(doc), path: 'object-model' };
}
