// The official tables as grids of cells with their merges (spec/format.md), built from the format
// data so that no label is typed twice. Data cells hold "0": a fresh table must already balance.

import {
  ACTIVE_ITEM_HEADER,
  APPEALS_COLUMNS,
  APPEALS_ROWS,
  REQUESTS_APPLICANT_HEADER,
  REQUESTS_COLUMNS,
  REQUESTS_CORNER,
  REQUESTS_ORG_GROUP,
  activeBlocks,
  requestsRows,
  type FormatVersion,
  type TableKey,
} from '../format';

export interface LayoutCell {
  text: string;
  /** Grid columns covered (`w:gridSpan`), 1 when absent. */
  span?: number;
  vMerge?: 'restart' | 'continue';
  /** A label cell (headers and row labels), as opposed to a data cell. */
  label?: boolean;
}

export interface TableLayout {
  /** Relative widths of the grid columns; their count is the grid's width. */
  widths: number[];
  rows: LayoutCell[][];
}

const ZERO: LayoutCell = { text: '0' };
const SEP = ' › ';

function lastPart(label: string): string {
  const at = label.lastIndexOf(SEP);
  return at < 0 ? label : label.slice(at + SEP.length);
}

function label(text: string, span?: number, vMerge?: 'restart' | 'continue'): LayoutCell {
  const cell: LayoutCell = { text, label: true };
  if (span && span > 1) cell.span = span;
  if (vMerge) cell.vMerge = vMerge;
  return cell;
}

/** A continuation of a vertical merge: a real, empty `w:tc` with the restart cell's span. */
function below(span?: number): LayoutCell {
  return label('', span, 'continue');
}

// ---------- active: 4 grid columns in blocks; a block with fewer columns widens its last ----------

function activeLayout(version: FormatVersion): TableLayout {
  const rows: LayoutCell[][] = [];
  for (const block of activeBlocks(version)) {
    rows.push([label(block.title, 4)]);
    const n = block.columns.length;
    const lastSpan = 4 - n;
    rows.push([
      label(ACTIVE_ITEM_HEADER),
      ...block.columns.map((c, i) => label(c.label, i === n - 1 ? lastSpan : 1)),
    ]);
    for (const row of block.rows) {
      rows.push([
        label(row.label),
        ...block.columns.map((_, i) =>
          i === n - 1 && lastSpan > 1 ? { ...ZERO, span: lastSpan } : ZERO,
        ),
      ]);
    }
  }
  return { widths: [1, 1, 1, 1], rows };
}

// ---------- requests: 3 label columns + 7 data columns ----------

function requestsLayout(version: FormatVersion): TableLayout {
  const zeros = (): LayoutCell[] => REQUESTS_COLUMNS.map(() => ZERO);
  const orgs = REQUESTS_COLUMNS.filter((c) => c.label.includes(SEP));
  const rows: LayoutCell[][] = [
    [label(REQUESTS_CORNER, 3, 'restart'), label(REQUESTS_APPLICANT_HEADER, 7)],
    [
      below(3),
      label(REQUESTS_COLUMNS[0].label, 1, 'restart'),
      label(REQUESTS_ORG_GROUP, orgs.length),
      label(REQUESTS_COLUMNS[REQUESTS_COLUMNS.length - 1].label, 1, 'restart'),
    ],
    [below(3), below(), ...orgs.map((c) => label(lastPart(c.label))), below()],
  ];
  const defs = requestsRows(version);
  defs.forEach((def, i) => {
    const prev = defs[i - 1];
    const cells: LayoutCell[] = [];
    if (!def.super) {
      cells.push(label(def.label, 3));
    } else {
      cells.push(prev?.super === def.super ? below() : label(def.super, 1, 'restart'));
      if (!def.group) cells.push(label(def.label, 2));
      else {
        cells.push(prev?.group === def.group ? below() : label(def.group, 1, 'restart'));
        cells.push(label(def.label));
      }
    }
    rows.push([...cells, ...zeros()]);
  });
  // In twips of an A4 text width: a narrow column for 三、本年度办理结果, one wide enough for
  // "（三）不予公开" on one line at 10.5pt, a wide one for the items; numbers need little room.
  return { widths: [700, 1700, 2245, 600, 600, 600, 600, 600, 600, 600], rows };
}

// ---------- appeals: 15 grid columns under three header rows, one data row ----------

function appealsLayout(): TableLayout {
  const [review, ...suits] = APPEALS_ROWS;
  const n = APPEALS_COLUMNS.length;
  const suitGroup = suits[0].group ?? '';
  const rows: LayoutCell[][] = [
    [label(review.label, n, 'restart'), label(suitGroup, n * suits.length)],
    [below(n), ...suits.map((s) => label(s.label, n))],
    APPEALS_ROWS.flatMap(() => APPEALS_COLUMNS.map((c) => label(c.label))),
    APPEALS_ROWS.flatMap(() => APPEALS_COLUMNS.map(() => ZERO)),
  ];
  return { widths: Array.from({ length: n * APPEALS_ROWS.length }, () => 1), rows };
}

export function tableLayout(table: TableKey, version: FormatVersion): TableLayout {
  switch (table) {
    case 'active':
      return activeLayout(version);
    case 'requests':
      return requestsLayout(version);
    case 'appeals':
      return appealsLayout();
  }
}
