// An edit plan → Word calls, all queued for ONE sync. Only the named cells and paragraphs are
// touched; text is replaced through the first paragraph so that its run formatting stays.

import type { DocModel } from '../../core/model';
import { splitFlatPackage } from '../../core/ooxml';
import type { Anchor, Edit, EditPlan } from '../../core/plan';
import {
  renderSection,
  renderTable,
  wrapFlatPackage,
  type TemplateLike,
} from '../../core/template';
import { elementText, unescapeXml } from '../../core/ooxml/xml';
import type { CellFont } from './fonts';
import type { Located } from './read';

function cellBody(located: Located, addr: { table: number; row: number; cell: number }): Word.Body {
  const table = located.tables[addr.table];
  if (!table) throw new Error(`表格 ${addr.table + 1} 不存在（no table ${addr.table + 1}）`);
  return table.getCellOrNullObject(addr.row, addr.cell).body;
}

/**
 * Replaces a cell's text. The value goes into the LAST paragraph and the ones before it are
 * deleted as one range: a cell's last paragraph cannot be deleted, and deleting the last
 * paragraph inside a content control deletes the control (office-js #4975).
 */
function setCell(
  located: Located,
  model: DocModel,
  edit: Extract<Edit, { kind: 'set-cell' }>,
  font: CellFont | undefined,
): void {
  const body = cellBody(located, edit.addr);
  const last = body.paragraphs.getLast();
  const inserted = last.insertText(edit.value, 'Replace');
  if (font) inserted.font.set(font);
  const cell = model.tables[edit.addr.table]?.rows[edit.addr.row]?.cells[edit.addr.cell];
  if ((cell?.paragraphs.length ?? 1) > 1)
    body.paragraphs
      .getFirst()
      .getRange('Whole')
      .expandTo(last.getPreviousOrNullObject().getRange('Whole'))
      .delete();
}

function renameHeading(
  located: Located,
  model: DocModel,
  edit: Extract<Edit, { kind: 'rename-heading' }>,
): void {
  if (edit.paragraph !== undefined) {
    const p = located.paragraphs[edit.paragraph];
    if (!p) return;
    p.insertText(edit.text, 'Replace');
    // The new text carries its own numeral; the automatic one would show twice.
    if (model.paragraphs[edit.paragraph]?.numText !== undefined) p.detachFromList();
  } else if (edit.cell) {
    cellBody(located, edit.cell).paragraphs.getFirst().insertText(edit.text, 'Replace');
  }
}

export interface InsertedGroup {
  anchor: Anchor;
  paragraphs: number;
  /** The inserted paragraphs' texts (tables' included), as Word will report them: for 撤销. */
  texts: string[];
}

/** Each paragraph's text in an OOXML fragment, in order (`<w:p/>` is ''). */
export function fragmentTexts(fragment: string): string[] {
  const out: string[] = [];
  for (const m of fragment.matchAll(/<w:p(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const inner = m[1] ?? '';
    let text = '';
    for (const t of inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g))
      text += t[0].startsWith('<w:tab') ? '\t' : unescapeXml(t[1] ?? '');
    out.push(text);
  }
  return out;
}

/** Where `block` stands in `texts` as one run, when it stands there exactly once. */
export function findBlock(texts: readonly string[], block: readonly string[]): number | undefined {
  const found: number[] = [];
  for (let i = 0; i + block.length <= texts.length; i++)
    if (block.every((t, k) => texts[i + k] === t)) found.push(i);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The empty paragraphs Word left after content inserted after a paragraph, as indexes into the
 * re-read `body.paragraphs` (`texts`). Only when the count says exactly one per such insert and
 * each is empty: otherwise nothing is touched.
 */
export function strayParagraphs(
  groups: readonly InsertedGroup[],
  paragraphIndex: readonly number[],
  before: number,
  texts: readonly string[],
): number[] {
  const expected = before + groups.reduce((n, g) => n + g.paragraphs, 0);
  const afterParagraph = groups
    .flatMap((g) =>
      'paragraph' in g.anchor && g.anchor.position === 'after'
        ? [{ at: paragraphIndex[g.anchor.paragraph], k: g.paragraphs }]
        : [],
    )
    .filter((g): g is { at: number; k: number } => g.at !== undefined)
    .sort((a, b) => a.at - b.at);
  if (afterParagraph.length === 0 || texts.length !== expected + afterParagraph.length) return [];
  const out: number[] = [];
  let shift = 0;
  for (const g of afterParagraph) {
    const stray = g.at + shift + g.k + 1;
    if (texts[stray] !== '') return [];
    out.push(stray);
    shift += g.k + 1;
  }
  return out;
}

/**
 * The package insertOoxml takes. Styles named in a package without a styles part are ignored
 * (Microsoft's OOXML guidance), so the document's own styles part (from a paragraph's
 * getOoxml()) goes in with a relationship to it; without one, the minimal package.
 */
export function packageOf(bodyXml: string, styles: string | undefined): string {
  const plain = wrapFlatPackage(bodyXml);
  if (!styles) return plain;
  const rels =
    '<pkg:part pkg:name="/word/_rels/document.xml.rels" ' +
    'pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" ' +
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" ' +
    'Target="styles.xml"/></Relationships></pkg:xmlData></pkg:part>';
  const part =
    '<pkg:part pkg:name="/word/styles.xml" ' +
    'pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml">' +
    `<pkg:xmlData>${styles.replace(/^<\?xml[^>]*\?>\s*/, '')}</pkg:xmlData></pkg:part>`;
  return plain.replace('</pkg:package>', rels + part + '</pkg:package>');
}

/** The body block next to an anchor, on the side the content goes in. */
function neighbour(model: DocModel, anchor: Anchor): 'table' | 'paragraph' | 'end' | undefined {
  if (!('paragraph' in anchor) && !('table' in anchor)) return 'end';
  const at = model.blocks.findIndex((b) =>
    'paragraph' in anchor
      ? b.kind === 'paragraph' && b.index === anchor.paragraph
      : b.kind === 'table' && b.index === anchor.table,
  );
  if (at < 0) return undefined;
  const next = model.blocks[anchor.position === 'after' ? at + 1 : at - 1];
  return next ? next.kind : anchor.position === 'after' ? 'end' : undefined;
}

/**
 * Adjacent tables merge into one, and a body may not end with a table: a separating paragraph
 * goes in where the .docx host puts one.
 */
export function separated(model: DocModel, anchor: Anchor, fragment: string): string {
  const anchorIsTable = 'table' in anchor;
  const before =
    anchor.position === 'after'
      ? anchorIsTable
        ? 'table'
        : 'paragraph'
      : neighbour(model, anchor);
  const after =
    anchor.position === 'before'
      ? anchorIsTable
        ? 'table'
        : 'paragraph'
      : neighbour(model, anchor);
  let out = fragment;
  if (fragment.startsWith('<w:tbl') && before === 'table') out = '<w:p/>' + out;
  if (fragment.endsWith('</w:tbl>') && (after === 'table' || after === 'end')) out += '<w:p/>';
  return out;
}

function insertAt(
  context: Word.RequestContext,
  located: Located,
  anchor: Anchor,
  ooxml: string,
): void {
  const target =
    'paragraph' in anchor
      ? located.paragraphs[anchor.paragraph]
      : 'table' in anchor
        ? located.tables[anchor.table]
        : undefined;
  // An anchor that is gone (or none at all) appends: the content still lands in the document.
  if (!target) return void context.document.body.insertOoxml(ooxml, 'End');
  target.getRange('Whole').insertOoxml(ooxml, anchor.position === 'after' ? 'After' : 'Before');
}

/**
 * Why a cell of a nested table is not written here: Word numbers the tables of `body.tables` with
 * the nested ones mixed in, and `getCellOrNullObject` on the layout table would reach the outer
 * cell, so the write would land in the wrong place. The .docx host writes it by its path.
 */
export const NESTED_CELL_REASON =
  '该单元格位于嵌套表格中，Word 加载项无法准确定位，未自动修改，请手动修改';

/** Queues every edit of the plan; the caller syncs once. Returns the reasons of edits skipped. */
export function queuePlan(
  context: Word.RequestContext,
  located: Located,
  model: DocModel,
  plan: EditPlan,
  like: TemplateLike = {},
  fontOf: (addr: Extract<Edit, { kind: 'set-cell' }>['addr']) => CellFont | undefined = () =>
    undefined,
  /** The document's styles part, for inserted content that names styles. */
  styles?: string,
  /** Filled with each insert's anchor and how many paragraphs (tables' included) it holds. */
  inserted: InsertedGroup[] = [],
): string[] {
  const skipped: string[] = [];
  // Inserts at one anchor go in as one package, in plan order: inserted one by one "after" the
  // same paragraph, each would land before the previous one.
  const groups = new Map<string, { anchor: Anchor; xml: string[] }>();
  for (const edit of plan.edits) {
    switch (edit.kind) {
      case 'set-cell':
        if (edit.addr.path?.length) skipped.push(NESTED_CELL_REASON);
        else setCell(located, model, edit, fontOf(edit.addr));
        break;
      case 'rename-heading':
        renameHeading(located, model, edit);
        break;
      case 'insert-section':
      case 'insert-table': {
        const xml =
          edit.kind === 'insert-section'
            ? renderSection(edit.section, edit.version, like)
            : renderTable(edit.table, edit.version, like);
        const key = JSON.stringify(edit.anchor);
        const group = groups.get(key) ?? { anchor: edit.anchor, xml: [] };
        group.xml.push(xml);
        groups.set(key, group);
        break;
      }
    }
  }
  for (const { anchor, xml } of groups.values()) {
    const fragment = separated(model, anchor, xml.join(''));
    const texts = fragmentTexts(fragment);
    inserted.push({ anchor, paragraphs: texts.length, texts });
    insertAt(context, located, anchor, packageOf(fragment, styles));
  }
  return skipped;
}

export function hasInserts(plan: EditPlan): boolean {
  return plan.edits.some((e) => e.kind === 'insert-section' || e.kind === 'insert-table');
}

/** The styles part of a `getOoxml()` package. */
export function stylesOf(pkg: string | undefined): string | undefined {
  if (!pkg) return undefined;
  try {
    return splitFlatPackage(pkg).styles;
  } catch {
    return undefined;
  }
}

/** The `w:p` / `w:tbl` inside a `getOoxml()` package, for a template to copy its formatting. */
export function firstElement(pkg: string | undefined, name: 'w:p' | 'w:tbl'): string | undefined {
  if (!pkg) return undefined;
  try {
    return elementText(splitFlatPackage(pkg).document, name);
  } catch {
    return undefined;
  }
}
