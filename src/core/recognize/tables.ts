// Mapping the report's tables onto the canonical keys, by label rather than by position: labels may
// be split over lines, spaced, full-width; a table may be split in two; a row may hold a cell too many.

import {
  ACTIVE_ITEM_HEADER,
  APPEALS_COLUMNS,
  APPEALS_ROWS,
  REQUESTS_COLUMNS,
  activeBlocks,
  formatVersions,
  layoutOf,
  oldestVersion,
  requestsRows,
  splitsOther,
  type ActiveBlockDef,
  type RowDef,
  type FormatVersion,
  type TableKey,
} from '../format';
import type { CellAddress, DocCell, DocModel, DocTable, NestedStep } from '../model';
import { cellKey, listCells, type CellValue, type MappedTable, type RowLabelRead } from '../report';
import { parseLabel } from './labels';
import { markWords, wordList, type WordList } from './words';
import { LIMIT_MESSAGES, MAX_LABEL_CHARS, MAX_TABLE_NESTING } from '../limits';
import { matchRow, officialRows, type OfficialRow, type RowContext, type RowMatch } from './rows';
import { matchHeading } from './sections';
import { parseCell, plainCount } from './numbers';
import { holdsCJK, labelMatches, normLabel, sameLabel, stripSpaces, trimSpaces } from './text';

/**
 * A table as recognition reads it: a top-level table, or one nested in a layout table's cell
 * (files converted from HTML or e-mail put the whole report in a one-cell table).
 */
export interface LocatedTable {
  table: DocTable;
  /** Index of the top-level table it is, or lies in. */
  index: number;
  /** The way down to it from that top-level table (empty for a top-level table). */
  path: NestedStep[];
}

/** Every table of the document in reading order, each followed by the tables nested in its cells. */
export function locateTables(model: DocModel): LocatedTable[] {
  const out: LocatedTable[] = [];
  const walk = (table: DocTable, index: number, path: NestedStep[]): void => {
    out.push({ table, index, path });
    if (path.length >= MAX_TABLE_NESTING || !holdsTables(table)) return;
    for (const row of table.rows)
      for (const cell of row.cells)
        if (cell.tables)
          cell.tables.forEach((inner, t) =>
            walk(inner, index, [...path, { row: cell.row, cell: cell.cell, table: t }]),
          );
  };
  for (const table of model.tables) walk(table, table.index, []);
  return out;
}

/** A row label as a message quotes it: a text too long to be a label is cut and said to be. */
function shownLabel(text: string): string {
  const t = trimSpaces(text);
  if (t.length <= MAX_LABEL_CHARS) return t;
  return `${stripSpaces(t).slice(0, 20)}…（${LIMIT_MESSAGES.label}）`;
}

function addressOf(loc: LocatedTable, cell: DocCell): CellAddress {
  const addr: CellAddress = { table: loc.index, row: cell.row, cell: cell.cell };
  if (loc.path.length > 0) addr.path = loc.path;
  return addr;
}

/**
 * A grid row's distinct cells, left to right, and the grid column where each is met first: the
 * first `count` entries of the two arrays (what lies beyond is a former row's).
 */
interface RowCells {
  cells: DocCell[];
  cols: number[];
  count: number;
}

function newRowCells(): RowCells {
  return { cells: [], cols: [], count: 0 };
}

/**
 * Reads grid row r into `out`: the caller's two arrays serve every row, overwritten in place (no
 * object per cell, no truncation per row), where either cost more than the rest of the row's reading.
 */
function rowCells(table: DocTable, r: number, out: RowCells): void {
  const { cells, cols } = out;
  let n = 0;
  const line = table.grid[r];
  let previous: DocCell | null = null;
  if (line)
    for (let col = 0; col < line.length; col++) {
      const cell = line[col];
      // A merged cell fills adjacent slots; the scan of the cells met (a row has at most 64 slots)
      // catches any other repeat without a Set per row.
      if (!cell || cell === previous) continue;
      previous = cell;
      let seen = false;
      for (let k = 0; k < n && !seen; k++) seen = cells[k] === cell;
      if (seen) continue;
      cells[n] = cell;
      cols[n] = col;
      n++;
    }
  out.count = n;
}

/** True when the row's cells (rowCells) are all blank. */
function isBlankRowCells(row: RowCells): boolean {
  for (let i = 0; i < row.count; i++)
    if ((row.cells[i] as DocCell).text.trim() !== '') return false;
  return true;
}

/** The cell that sits in row r itself at grid column col (a vertical merge's continuation, not its origin). */
function ownCellAt(table: DocTable, r: number, col: number | undefined): DocCell | null {
  const row = table.rows[r];
  if (!row || col === undefined) return null;
  return row.cells.find((c) => c.col <= col && col < c.col + c.colSpan) ?? null;
}

// A split table's continuation reads it; tables never change.
const tableTexts = new WeakMap<DocTable, string>();

/**
 * The table's cell texts that hold CJK, each normalised, joined by "|": what its labels are searched
 * in. Every word searched for holds an ideograph, and no character below U+2E80 folds into one, so
 * the other cells (digits) could hold no match; normalising cell by cell folds as normalising the
 * whole would ("|" composes with nothing), and most labels are normalised already.
 */
export function tableText(table: DocTable): string {
  const known = tableTexts.get(table);
  if (known !== undefined) return known;
  const parts: string[] = [];
  for (const row of table.rows)
    for (const cell of row.cells) if (holdsCJK(cell.text)) parts.push(normLabel(cell.text));
  const text = parts.join('|');
  tableTexts.set(table, text);
  return text;
}

/** The labels that identify each official table. */
export const TABLE_WORDS: Record<TableKey, string[]> = {
  requests: [
    '申请人情况',
    '本年新收',
    '上年结转',
    '予以公开',
    '不予公开',
    '无法提供',
    '不予处理',
    '结转下年度',
  ],
  appeals: ['行政复议', '行政诉讼', '结果维持', '结果纠正', '尚未审结', '复议后起诉'],
  active: ['第二十条', '信息内容', '规章', '规范性文件', '行政许可', '行政处罚', '行政事业性收费'],
};

const TABLE_KINDS: readonly TableKey[] = ['requests', 'appeals', 'active'];

/** TABLE_WORDS in TABLE_KINDS' order: the first words of every table's word list. */
const TABLE_WORD_COUNT = TABLE_KINDS.reduce((n, k) => n + TABLE_WORDS[k].length, 0);

/**
 * The words looked for in every table: TABLE_WORDS, then each version's 表二 markers (versions
 * oldest first), so that one pass over a table serves its classification and 表二's version.
 * Made once per set of registered versions.
 */
let wordsOfTables: { versions: readonly FormatVersion[]; list: WordList } | null = null;

function tableWordList(): WordList {
  const versions = formatVersions();
  if (wordsOfTables?.versions !== versions)
    wordsOfTables = {
      versions,
      list: wordList([
        ...TABLE_KINDS.flatMap((k) => TABLE_WORDS[k]),
        ...versions.flatMap((v) => layoutOf(v).activeMarkers),
      ]),
    };
  return wordsOfTables.list;
}

// Classification, candidates and the active version all ask; a model's tables never change.
const tableWordsOf = new WeakMap<
  DocTable,
  { list: WordList; found: Uint8Array; nested: boolean }
>();

/** Which words of tableWordList the table holds: found[i] is 1 for the list's word i. */
function tableWords(table: DocTable): Uint8Array {
  const list = tableWordList();
  const known = tableWordsOf.get(table);
  if (known?.list === list) return known.found;
  const found = new Uint8Array(list.words.length);
  const nested = markTableWords(table, list, found);
  tableWordsOf.set(table, { list, found, nested });
  return found;
}

/**
 * True when some cell of the table holds a table. Told by the pass that classified the table
 * when there was one: locating tables and layout tables then walk only tables that hold tables.
 */
function holdsTables(table: DocTable): boolean {
  const known = tableWordsOf.get(table);
  if (known) return known.nested;
  for (const row of table.rows)
    for (const cell of row.cells) if (cell.tables && cell.tables.length > 0) return true;
  return false;
}

/**
 * Marks in `found` the words of `list` that the table's cells hold, each cell normalised as
 * tableText normalises it. A word holds no "|", so it lies in tableText only within one cell: the
 * cells are searched one by one, without joining them into a text searched once per word.
 * Returns whether some cell holds a table (holdsTables), seen on the same walk.
 */
function markTableWords(table: DocTable, list: WordList, found: Uint8Array): boolean {
  let nested = false;
  for (const row of table.rows)
    for (const cell of row.cells) {
      const text = cell.text;
      if (holdsCJK(text)) markWords(normLabel(text), list, found);
      if (cell.tables && cell.tables.length > 0) nested = true;
    }
  return nested;
}

/** How many of each official table's labels the table holds. */
export function tableScores(table: DocTable): Record<TableKey, number> {
  const found = tableWords(table);
  let at = 0;
  const count = (k: TableKey): number => {
    let n = 0;
    for (const end = at + TABLE_WORDS[k].length; at < end; at++) n += found[at] as number;
    return n;
  };
  return { requests: count('requests'), appeals: count('appeals'), active: count('active') };
}

// Sections, layout tables and mapping all ask; a model's tables never change once read.
const classified = new WeakMap<DocTable, TableKey | null>();

/** Which official table a document table is, by the labels it holds. */
export function classifyTable(table: DocTable): TableKey | null {
  const known = classified.get(table);
  if (known !== undefined) return known;
  const score = tableScores(table);
  // The most labels; a tie goes to the kind listed first.
  let best: TableKey = 'requests';
  for (const k of TABLE_KINDS) if (score[k] > score[best]) best = k;
  const kind = score[best] >= 3 ? best : null;
  classified.set(table, kind);
  return kind;
}

/** Fewer labels than a table needs, but enough to say an official table may be there. */
const CANDIDATE_WORDS = 2;

/**
 * For each official table not mapped: a table (at any depth) that holds some of its labels,
 * described for the user. While one exists, no template is inserted. (Prose names the same
 * words too often to count.)
 */
export function tableCandidates(
  model: DocModel,
  mapped: Partial<Record<TableKey, MappedTable>>,
): Partial<Record<TableKey, string>> {
  const out: Partial<Record<TableKey, string>> = {};
  const missing = (Object.keys(TABLE_WORDS) as TableKey[]).filter((k) => !mapped[k]);
  if (missing.length === 0) return out;
  for (const loc of locateTables(model)) {
    // A layout table's own text is the report's prose and headings, not a table.
    const score = holdsReportTable(loc.table)
      ? { requests: 0, appeals: 0, active: 0 }
      : tableScores(loc.table);
    for (const k of missing)
      if (!out[k] && score[k] >= CANDIDATE_WORDS)
        out[k] =
          `第 ${loc.index + 1} 个表格${loc.path.length > 0 ? '内嵌的表格' : ''}与之相似，但无法按规定格式读取`;
    // Tables nested deeper than recognition looks may be the missing ones.
    const deeper =
      loc.path.length >= MAX_TABLE_NESTING &&
      loc.table.rows.some((r) => r.cells.some((c) => (c.tables ?? []).length > 0));
    if (deeper) for (const k of missing) out[k] ??= LIMIT_MESSAGES.nesting;
  }
  return out;
}

const COUNT = { money: false };
const MONEY = { money: true };

function value(
  table: TableKey,
  row: string,
  column: string,
  cell: DocCell,
  loc: LocatedTable,
  money = false,
): CellValue {
  const text = cell.text;
  const addr = addressOf(loc, cell);
  // Most cells are plain counts: read without the parse's own object.
  const count = plainCount(text);
  if (count !== null) return { table, row, column, text, kind: 'number', value: count, addr };
  const read = parseCell(text, money ? MONEY : COUNT);
  // Built whole (no spread of the parse): one object per cell, its keys in the one order.
  return read.unit
    ? { table, row, column, text, kind: read.kind, value: read.value, unit: read.unit, addr }
    : { table, row, column, text, kind: read.kind, value: read.value, addr };
}

/** The top-level tables a mapped table was read from (a nested table counts as its layout table). */
function topLevel(locs: LocatedTable[]): number[] {
  return [...new Set(locs.map((l) => l.index))];
}

function isBlankRow(cells: readonly DocCell[]): boolean {
  return cells.every((c) => c.text.trim() === '');
}

// ---------------------------------------------------------------- requests

/** The applicant columns by their header as normalised (normLabel), each with the keys it names. */
const REQUEST_HEADERS: ReadonlyMap<string, readonly string[]> = (() => {
  const byLabel = new Map<string, string[]>();
  for (const c of REQUESTS_COLUMNS) {
    const label = normLabel(c.label.split(' › ').pop() ?? c.label);
    byLabel.set(label, [...(byLabel.get(label) ?? []), c.key]);
  }
  return byLabel;
})();

const REQUEST_COLUMN_KEYS: readonly string[] = REQUESTS_COLUMNS.map((c) => c.key);

/** The official group numeral a label cell names ("（三）不予公开" → 3), if it is a group label. */
function groupOf(text: string): number | null {
  const p = parseLabel(text);
  return p?.level === 'group' ? p.num : null;
}

const singleOtherNote = (version: FormatVersion): string =>
  `（六）其他处理只有一行，未按 ${version} 版分列“1.逾期不补正”“2.逾期未缴费”“3.其他”，已按一行读取`;

/** The requests rows of every version (the newest's, then the keys only older ones have), by key. */
function allRequestRows(): RowDef[] {
  const rows: RowDef[] = [];
  for (const v of [...formatVersions()].reverse())
    for (const d of requestsRows(v)) if (!rows.some((r) => r.key === d.key)) rows.push(d);
  return rows;
}

interface RequestDefs {
  versions: readonly FormatVersion[];
  rows: OfficialRow[];
  /** Each row's place in `rows`, by key. */
  order: ReadonlyMap<string, number>;
  /** Each version's row keys. */
  rowKeys: ReadonlyMap<FormatVersion, readonly string[]>;
  /** The row keys every version has. */
  common: ReadonlySet<string>;
  /** Each version's row keys joined by "|": two versions with the same rows have the same. */
  layouts: ReadonlyMap<FormatVersion, string>;
  /** Each version's row keys that not every version has (the few that can tell versions apart). */
  own: ReadonlyMap<FormatVersion, readonly string[]>;
}

let requestOfficial: RequestDefs | null = null;

/** The requests rows of every version and what is asked of them, read once per set of registered versions. */
function requestDefs(): RequestDefs {
  const versions = formatVersions();
  if (requestOfficial?.versions !== versions) {
    const rows = officialRows(allRequestRows());
    const rowKeys = new Map(versions.map((v) => [v, requestsRows(v).map((d) => d.key)]));
    const common = new Set(
      rows
        .map((o) => o.def.key)
        .filter((k) => versions.every((v) => rowKeys.get(v)?.includes(k) ?? false)),
    );
    const order = new Map<string, number>();
    rows.forEach((o, i) => order.set(o.def.key, i));
    const layouts = new Map(versions.map((v) => [v, (rowKeys.get(v) ?? []).join('|')]));
    const own = new Map(
      versions.map((v) => [v, (rowKeys.get(v) ?? []).filter((k) => !common.has(k))]),
    );
    requestOfficial = { versions, rows, order, rowKeys, common, layouts, own };
  }
  return requestOfficial;
}

// A row's cell keys, one per column of 表三 in order: the format's rows are constant data.
const requestKeysOf = new WeakMap<RowDef, readonly string[]>();

function requestKeys(def: RowDef): readonly string[] {
  let keys = requestKeysOf.get(def);
  if (!keys) {
    keys = REQUEST_COLUMN_KEYS.map((c) => cellKey(def.key, c));
    requestKeysOf.set(def, keys);
  }
  return keys;
}

/**
 * The version a requests table follows by the rows found: the newest with a row that not every
 * version has; when another version has exactly its rows, the table cannot tell them apart and the
 * rest of the report (`hint`) decides. No such row (no （六） at all): the oldest.
 */
function requestsVersionOf(found: ReadonlySet<string>, hint: FormatVersion | null): FormatVersion {
  const { versions, layouts, own } = requestDefs();
  // Only the keys some version lacks can claim a version: the common ones are not looked up.
  const claims = [...versions]
    .reverse()
    .filter((v) => (own.get(v) ?? []).some((k) => found.has(k)));
  const [newest] = claims;
  if (newest === undefined) return oldestVersion();
  const same = (a: FormatVersion, b: FormatVersion): boolean =>
    (layouts.get(a) ?? '') === (layouts.get(b) ?? '');
  return hint !== null && claims.includes(hint) && same(hint, newest) ? hint : newest;
}

/**
 * `hint`: the version the rest of the report follows (its `active` table), for a requests table
 * whose labels alone cannot tell (a 2021 table whose （六） is a single row reads like 2019).
 */
function mapRequests(locs: LocatedTable[], hint: FormatVersion | null): MappedTable {
  const cells: Record<string, CellValue> = {};
  // The cells as set: each key is set once (a row key is read once), so the list is the record's order.
  const list: CellValue[] = [];
  const extra: string[] = [];
  const labels: RowLabelRead[] = [];
  const found = new Set<string>();
  let dataCols: Map<string, number> | null = null;
  // The first of the data columns (Infinity until a header names them).
  let firstData = Infinity;
  const defs = requestDefs();
  const allDefs = defs.rows;
  let group: number | null = null;
  let last = -1;
  const row = newRowCells();

  for (const loc of locs) {
    const table = loc.table;
    for (let r = 0; r < table.rows.length; r++) {
      rowCells(table, r, row);
      const cellsInRow = row.cells;
      const count = row.count;
      if (count === 0 || isBlankRowCells(row)) continue;
      // Header rows: learn where each applicant column stands. Each label normalised once.
      let header: Map<string, number> | null = null;
      let headings = false;
      for (let i = 0; i < count; i++) {
        const cell = cellsInRow[i] as DocCell;
        // Every header word holds an ideograph and nothing below U+2E80 folds into one: digits are no header.
        if (!holdsCJK(cell.text)) continue;
        const n = normLabel(cell.text);
        const keys = cell.row === r ? REQUEST_HEADERS.get(n) : undefined;
        if (keys) for (const key of keys) (header ??= new Map()).set(key, row.cols[i] as number);
        if (n.includes('申请人情况') || n.includes('勾稽关系')) headings = true;
      }
      if (header && header.size >= 2) {
        dataCols = new Map([...(dataCols ?? []), ...header]);
        firstData = Math.min(...dataCols.values());
        continue;
      }
      if (headings) continue;

      // The label cells: left of the data columns where the header told them, else the leading
      // cells that hold words (at most the three label columns).
      // Of those, the ones not blank: the last is the row's own label, the others name its group.
      let inner: { cell: DocCell; col: number } | undefined;
      for (let i = 0; i < count && i < 3; i++) {
        const cell = cellsInRow[i] as DocCell;
        const col = row.cols[i] as number;
        if (col >= firstData) break;
        if (firstData === Infinity && parseCell(cell.text).kind !== 'text') break;
        if (trimSpaces(cell.text) === '') continue;
        if (inner) group = groupOf(inner.cell.text) ?? group;
        inner = { cell, col };
      }
      const next = allDefs[last + 1]?.def.key;
      // Built whole: a spread per row cost more than the match.
      const context: RowContext = next ? { group, used: found, next } : { group, used: found };
      const match: RowMatch | null = inner ? matchRow(inner.cell.text, allDefs, context) : null;
      if (!inner || !match || found.has(match.def.key)) {
        // A group's own row ("（三）不予公开" with no data) sets the group of the rows below it.
        const own = inner ? groupOf(inner.cell.text) : null;
        if (own !== null) group = own;
        // The row's own cells: under a vertical merge the grid would name the merged label above.
        const label =
          (table.rows[r]?.cells ?? []).find(
            (c) => c.vMerge !== 'continue' && trimSpaces(c.text) !== '',
          )?.text ?? '';
        if (!matchHeading(label) && !(own !== null && isBlankData(table, r, inner)))
          extra.push(shownLabel(label));
        continue;
      }
      const def: RowDef = match.def;
      const at = defs.order.get(def.key) ?? -1;
      const official = allDefs[at];
      // The official label as officialRows parsed it once: groupOf(def.label) without its parse.
      if (!def.group) group = official?.label.level === 'group' ? official.label.num : null;
      else group = official?.group ?? group;
      last = Math.max(last, at);
      found.add(def.key);
      if (!match.exact)
        labels.push({ row: def.key, written: trimSpaces(inner.cell.text), official: def.label });
      const labelEnd = inner.col + inner.cell.colSpan;

      // Data: the row's own cells right of the label. Seven of them map by position; otherwise by
      // the header's grid columns (merged or split cells make positions unreliable).
      const data: DocCell[] = [];
      for (const c of table.rows[r]?.cells ?? []) if (c.col >= labelEnd) data.push(c);
      const cols = REQUEST_COLUMN_KEYS;
      const keys = requestKeys(def);
      for (let i = 0; i < cols.length; i++) {
        const key = cols[i] as string;
        const cell =
          data.length === cols.length || !dataCols
            ? data[i]
            : ownCellAt(table, r, dataCols.get(key));
        if (!cell) continue;
        const read = value('requests', def.key, key, cell, loc);
        cells[keys[i] as string] = read;
        list.push(read);
      }
    }
  }
  const deviations: string[] = [];
  // A single （六） row in a report whose other tables follow a version that splits it: a table of
  // that version, its （六） read as `other` (the sums take it for the whole group), said once.
  const read = requestsVersionOf(found, hint);
  const singleOther =
    !splitsOther(read) && found.has('other') && hint !== null && splitsOther(hint);
  if (singleOther && hint !== null) deviations.push(singleOtherNote(hint));
  const version: FormatVersion = singleOther && hint !== null ? hint : read;
  const missing: string[] = [];
  for (const d of requestsRows(version)) {
    if (singleOther && d.key.startsWith('other.')) continue;
    for (const key of requestKeys(d)) if (!cells[key]) missing.push(key);
  }
  listCells(cells, list);
  const mapped: MappedTable = {
    key: 'requests',
    version,
    tables: topLevel(locs),
    cells,
    missing,
    extra,
  };
  if (labels.length > 0) mapped.labels = labels;
  if (deviations.length > 0) mapped.deviations = deviations;
  return mapped;
}

/** True when row r holds nothing right of its label cell (a group's title row). */
function isBlankData(
  table: DocTable,
  r: number,
  label: { cell: DocCell; col: number } | undefined,
): boolean {
  const end = label ? label.col + label.cell.colSpan : 0;
  return (table.rows[r]?.cells ?? [])
    .filter((c) => c.col >= end)
    .every((c) => trimSpaces(c.text) === '');
}

// ---------------------------------------------------------------- appeals

function mapAppeals(locs: LocatedTable[]): MappedTable {
  const cells: Record<string, CellValue> = {};
  const list: CellValue[] = [];
  const extra: string[] = [];
  // Group order from the header's grid columns; the data row is the first row of numbers.
  const groupCol = new Map<string, number>();
  let dataRow: { loc: LocatedTable; r: number } | null = null;
  const row = newRowCells();
  for (const loc of locs) {
    const table = loc.table;
    for (let r = 0; r < table.rows.length && !dataRow; r++) {
      rowCells(table, r, row);
      for (let i = 0; i < row.count; i++) {
        const n = normLabel((row.cells[i] as DocCell).text);
        const col = row.cols[i] as number;
        if (n === '行政复议') groupCol.set('review', col);
        if (n.includes('未经复议')) groupCol.set('suit', col);
        else if (n.includes('复议后起诉')) groupCol.set('suit_after_review', col);
      }
      const own = table.rows[r]?.cells ?? [];
      const labelled = own.some(
        (c) => /[\u4e00-\u9fa5]/.test(c.text) && parseCell(c.text).kind === 'text',
      );
      if (!labelled && own.length >= 5 && !isBlankRow(own)) dataRow = { loc, r };
    }
  }
  const groups = APPEALS_ROWS.map((g) => g.key).sort(
    (a, b) => (groupCol.get(a) ?? 99) - (groupCol.get(b) ?? 99),
  );
  if (dataRow) {
    const { loc, r } = dataRow;
    const own = loc.table.rows[r]?.cells ?? [];
    groups.forEach((g, gi) => {
      APPEALS_COLUMNS.forEach((c, ci) => {
        const cell = own[gi * APPEALS_COLUMNS.length + ci];
        if (cell) putCell(cells, list, cellKey(g, c.key), value('appeals', g, c.key, cell, loc));
      });
    });
    if (own.length > 15 && own.slice(15).some((c) => c.text.trim() !== ''))
      extra.push('多余的数据列');
  }
  listCells(cells, list);
  const missing: string[] = [];
  for (const g of APPEALS_ROWS) {
    for (const c of APPEALS_COLUMNS) {
      const key = cellKey(g.key, c.key);
      if (!cells[key]) missing.push(key);
    }
  }
  return {
    key: 'appeals',
    version: null,
    tables: topLevel(locs),
    cells,
    missing,
    extra,
  };
}

// ---------------------------------------------------------------- active

const BLOCK_TITLE = /第二十条第[（(]?([一二三四五六七八九十]+)[）)]?项/;

/** The version whose 表二 header words the tables hold most; a tie goes to the older. */
function activeVersionOf(tables: DocTable[]): FormatVersion | null {
  const found = tables.map(tableWords);
  let best: FormatVersion | null = null;
  let most = 0;
  let at = TABLE_WORD_COUNT;
  for (const v of formatVersions()) {
    let n = 0;
    for (const end = at + layoutOf(v).activeMarkers.length; at < end; at++)
      if (found.some((f) => f[at] === 1)) n++;
    if (n > most) [best, most] = [v, n];
  }
  return best;
}

/**
 * An item row of the current block whose label is not the official one ("规范性文件" in a 2021
 * table, a typo): by likeness among that block's rows only, where the block title has placed it.
 */
function likeRow(
  label: string,
  block: ActiveBlockDef | undefined,
  used: ReadonlySet<string>,
): { b: ActiveBlockDef; row: RowDef } | undefined {
  if (!block) return undefined;
  const m = matchRow(label, officialRows(block.rows), { group: null, used });
  return m && !used.has(m.def.key) ? { b: block, row: m.def } : undefined;
}

interface ActiveRow {
  b: ActiveBlockDef;
  row: RowDef;
  /** The official label, normalised. */
  norm: string;
}

interface ActiveRows {
  rows: ActiveRow[];
  /** For each official label (normalised): the first row sameLabel matches it with. */
  first: ReadonlyMap<string, ActiveRow>;
}

// A version's blocks are constant data: their rows are listed once.
const activeRows = new WeakMap<readonly ActiveBlockDef[], ActiveRows>();

function activeRowsOf(blocks: readonly ActiveBlockDef[]): ActiveRows {
  let known = activeRows.get(blocks);
  if (!known) {
    const rows = blocks.flatMap((b) =>
      b.rows.map((row) => ({ b, row, norm: normLabel(row.label) })),
    );
    const first = new Map<string, ActiveRow>();
    for (const o of rows) {
      const match = rows.find((x) => sameLabel(o.norm, x.norm));
      if (match && !first.has(o.norm)) first.set(o.norm, match);
    }
    known = { rows, first };
    activeRows.set(blocks, known);
  }
  return known;
}

/** The first row whose label sameLabel matches `norm`: looked up when it is an official label. */
function sameActiveRow(norm: string, rows: ActiveRows): ActiveRow | undefined {
  return rows.first.get(norm) ?? rows.rows.find((x) => sameLabel(norm, x.norm));
}

/**
 * Sets a cell of a record built by one mapping, keeping `list` (its cells in the record's order)
 * in step: setCell without finding the list per cell.
 */
function putCell(
  cells: Record<string, CellValue>,
  list: CellValue[],
  key: string,
  cell: CellValue,
): void {
  const old = cells[key];
  // A key set again keeps its place, as in the record's own order.
  if (old) list[list.indexOf(old)] = cell;
  else list.push(cell);
  cells[key] = cell;
}

function mapActive(locs: LocatedTable[]): MappedTable {
  const version = activeVersionOf(locs.map((l) => l.table));
  const blocks = activeBlocks(version ?? oldestVersion());
  // Every block's rows, listed once (labels normalised) for the row loop to match labels against.
  const allRows = activeRowsOf(blocks);
  const cells: Record<string, CellValue> = {};
  const list: CellValue[] = [];
  const extra: string[] = [];
  let block: ActiveBlockDef | undefined;
  let columns: string[] = [];
  const headers: Record<string, string> = {};
  const labels: RowLabelRead[] = [];
  const used = new Set<string>();

  // The row's own cells (not a vertical merge's continuations): the first `count`, one array for all rows.
  const own: DocCell[] = [];
  for (const loc of locs) {
    const table = loc.table;
    for (let r = 0; r < table.rows.length; r++) {
      const rowCellsOf = table.rows[r]?.cells ?? [];
      let count = 0;
      let blank = true;
      for (const c of rowCellsOf)
        if (c.vMerge !== 'continue') {
          own[count++] = c;
          if (blank && c.text.trim() !== '') blank = false;
        }
      if (count === 0 || blank) continue;
      const first = (own[0] as DocCell).text;
      const firstNorm = normLabel(first);
      const title = BLOCK_TITLE.exec(firstNorm);
      if (title) {
        block = blocks.find((b) => normLabel(b.title).includes(`(${title[1]})`));
        columns = block ? block.columns.map((c) => c.key) : [];
        continue;
      }
      if (firstNorm === ACTIVE_ITEM_HEADER) {
        if (block) {
          // The header's own order decides which value column is which.
          const keys = own
            .slice(1, count)
            .map((c) => block?.columns.find((col) => labelMatches(c.text, col.label))?.key);
          if (keys.every((k): k is string => !!k)) {
            columns = keys;
            keys.forEach((k, i) => (headers[k] = own[i + 1]?.text.trim() ?? ''));
          }
        }
        continue;
      }
      const item: { b: ActiveBlockDef; row: RowDef; norm?: string } | undefined =
        sameActiveRow(firstNorm, allRows) ?? likeRow(first, block, used);
      if (item && !sameLabel(firstNorm, item.norm ?? normLabel(item.row.label)))
        labels.push({ row: item.row.key, written: shownLabel(first), official: item.row.label });
      if (item) used.add(item.row.key);
      if (!item) {
        if (!matchHeading(first.replace(/\n/g, ''))) extra.push(shownLabel(first));
        continue;
      }
      const b = block && block.rows.includes(item.row) ? block : item.b;
      const cols = b === block ? columns : b.columns.map((c) => c.key);
      // A row with one cell too many: the extra trailing cell is ignored.
      const rowKey = item.row.key;
      for (let i = 0; i < cols.length && i + 1 < count; i++) {
        const key = cols[i] as string;
        const cell = own[i + 1] as DocCell;
        let money: boolean | undefined;
        for (const c of b.columns)
          if (c.key === key) {
            money = c.money;
            break;
          }
        putCell(cells, list, cellKey(rowKey, key), value('active', rowKey, key, cell, loc, money));
      }
    }
  }
  listCells(cells, list);
  const missing: string[] = [];
  for (const b of blocks) {
    for (const row of b.rows) {
      for (const c of b.columns) {
        const key = cellKey(row.key, c.key);
        if (!cells[key]) missing.push(key);
      }
    }
  }
  const mapped: MappedTable = {
    key: 'active',
    version,
    tables: topLevel(locs),
    cells,
    missing,
    extra,
    headers,
  };
  if (labels.length > 0) mapped.labels = labels;
  return mapped;
}

// ---------------------------------------------------------------- all

/** True when an unclassified table reads as the rest of a `kind` table split in two. */
function continues(table: DocTable, kind: TableKey): boolean {
  const t = tableText(table);
  if (kind === 'requests') {
    return allRequestRows().some((d) => t.includes(normLabel(d.label)));
  }
  if (kind === 'active')
    return (
      BLOCK_TITLE.test(t) ||
      formatVersions()
        .flatMap((v) => activeBlocks(v))
        .some((b) => b.rows.some((row) => t.includes(normLabel(row.label))))
    );
  // The appeals data row alone: numbers and blanks only.
  return table.rows.every((row) => row.cells.every((c) => parseCell(c.text).kind !== 'text'));
}

/** True when some table nested in `table` (at any depth) is an official table: `table` is a layout table. */
export function holdsReportTable(table: DocTable, depth = 0): boolean {
  if (depth >= MAX_TABLE_NESTING || !holdsTables(table)) return false;
  return table.rows.some((row) =>
    row.cells.some(
      (cell) =>
        cell.tables !== undefined &&
        cell.tables.some((t) => classifyTable(t) !== null || holdsReportTable(t, depth + 1)),
    ),
  );
}

/**
 * Classifies every table (nested ones too) and maps each official table, joining one split over
 * several tables. A layout table that holds official tables is not itself one, whatever its text.
 */
export function mapTables(model: DocModel): Partial<Record<TableKey, MappedTable>> {
  const byKind = new Map<TableKey, LocatedTable[]>();
  let previous: TableKey | null = null;
  for (const loc of locateTables(model)) {
    const table = loc.table;
    if (holdsReportTable(table)) {
      previous = null;
      continue;
    }
    let kind = classifyTable(table);
    // The second half of a split table may hold too few labels to classify on its own.
    if (!kind && previous && continues(table, previous)) kind = previous;
    if (kind) {
      const list = byKind.get(kind) ?? [];
      list.push(loc);
      byKind.set(kind, list);
    }
    previous = kind;
  }
  const out: Partial<Record<TableKey, MappedTable>> = {};
  const activeLocs = byKind.get('active');
  const active = activeLocs ? mapActive(activeLocs) : undefined;
  const requests = byKind.get('requests');
  if (requests) out.requests = mapRequests(requests, active?.version ?? null);
  const appeals = byKind.get('appeals');
  if (appeals) out.appeals = mapAppeals(appeals);
  if (active) out.active = active;
  return out;
}
