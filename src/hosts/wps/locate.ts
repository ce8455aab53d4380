// Model addresses → WPS objects. Tables: Document.Tables lists the top-level tables, as the model
// numbers them; cells by Cell(row, index of the w:tc), both 1-based. Paragraphs: the model counts
// only those outside tables, Document.Paragraphs counts all, so the outside ones are collected
// once per action.

import type { CellAddress } from '../../core/model';
import { WD, type WpsCell, type WpsDocument, type WpsRange } from './api';

/**
 * Why a nested table's cell is not written: the declared Cell has no Tables collection to step
 * into, and Cell(row, column) on the outer table would reach the layout cell around it.
 */
export const NESTED_CELL_REASON =
  '该单元格位于嵌套表格中，WPS 加载项无法准确定位，未自动修改，请手动修改';

export function cellOf(doc: WpsDocument, addr: CellAddress): WpsCell | undefined {
  if (addr.path?.length) return undefined;
  if (addr.table + 1 > doc.Tables.Count) return undefined;
  try {
    return doc.Tables.Item(addr.table + 1).Cell(addr.row + 1, addr.cell + 1);
  } catch {
    return undefined;
  }
}

export class ParagraphLocator {
  private outside: WpsRange[] = [];
  /** The next of Document.Paragraphs (1-based) to look at; the walk stops at the paragraph asked. */
  private next = 1;
  private count?: number;

  constructor(private readonly doc: WpsDocument) {}

  /** The whole range (paragraph mark included) of the model's paragraph `index`. */
  range(index: number): WpsRange | undefined {
    const all = this.doc.Paragraphs;
    this.count ??= all.Count;
    while (this.outside.length <= index && this.next <= this.count) {
      const r = all.Item(this.next++).Range;
      if (r.Information(WD.withInTable) !== true) this.outside.push(r);
    }
    return this.outside[index];
  }

  /** The paragraph's text without its mark: what a rename replaces and a mark highlights. */
  content(index: number): WpsRange | undefined {
    const r = this.range(index);
    return r ? this.doc.Range(r.Start, Math.max(r.Start, r.End - 1)) : undefined;
  }

  /** Forgets the paragraphs (after an insert moved them). */
  reset(): void {
    this.outside = [];
    this.next = 1;
    this.count = undefined;
  }
}
