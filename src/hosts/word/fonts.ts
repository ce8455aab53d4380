// The font a value written into an EMPTY cell should wear. insertText takes the replaced text's
// formatting (office-js #4276), but an empty cell has none: Word would use the document's
// default font, not the table's. A neighbouring data cell (same row first, then the table) shows
// what the table uses; its first run's properties come from the table's OOXML, already read.

import type { CellAddress, DocCell } from '../../core/model';
import { splitFlatPackage } from '../../core/ooxml';
import type { WordSnapshot } from './read';

export interface CellFont {
  name?: string;
  /** Points. */
  size?: number;
}

function runFont(cellXml: string): CellFont | undefined {
  const run = /<w:r\b[^>]*>([\s\S]*?)<\/w:r>/.exec(cellXml)?.[1];
  const rPr = run && /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(run)?.[1];
  if (!rPr) return undefined;
  const fonts = /<w:rFonts\b[^>]*>/.exec(rPr)?.[0] ?? '';
  const name = /\bw:ascii="([^"]*)"/.exec(fonts)?.[1] ?? /\bw:eastAsia="([^"]*)"/.exec(fonts)?.[1];
  const sz = /<w:sz\b[^>]*\bw:val="(\d+)"/.exec(rPr)?.[1];
  const font: CellFont = {};
  if (name) font.name = name;
  if (sz) font.size = Number(sz) / 2;
  return font.name || font.size ? font : undefined;
}

/** The font of the nearest data cell (a number in it); undefined when the cell has a run of its own. */
export function emptyCellFont(snapshot: WordSnapshot, addr: CellAddress): CellFont | undefined {
  const table = snapshot.model.tables[addr.table];
  const cell = table?.rows[addr.row]?.cells[addr.cell];
  if (!table || !cell || cell.text.trim() !== '') return undefined;
  let doc: string;
  try {
    doc = splitFlatPackage(snapshot.tableOoxml[addr.table] ?? '').document;
  } catch {
    return undefined;
  }
  // A run of its own (a space, say) carries the cell's formatting: insertText keeps that.
  if (cell.src && runFont(doc.slice(cell.src.start, cell.src.end))) return undefined;
  const isData = (c: DocCell): boolean => /^\s*-?[\d,.]+\s*$/.test(c.text) && c.src !== undefined;
  const row = table.rows[addr.row].cells;
  const candidates = [
    ...[...row].sort((a, b) => Math.abs(a.cell - addr.cell) - Math.abs(b.cell - addr.cell)),
    ...table.rows.flatMap((r) => r.cells),
  ];
  for (const c of candidates) {
    if (!isData(c) || !c.src) continue;
    const font = runFont(doc.slice(c.src.start, c.src.end));
    if (font) return font;
  }
  return undefined;
}
