// How a user reads a cell's place: "表三 一、本年新收 › 总计". The names come from the layouts'
// data (tables.ts): a row is "group › label" unless it declares a shorter `name`, a column the last
// part of its label; so a label is written once, where the layout is.

import type { FormatVersion, TableKey } from './sections';
import {
  APPEALS_COLUMNS,
  APPEALS_ROWS,
  REQUESTS_COLUMNS,
  type ColumnDef,
  type RowDef,
} from './tables';
import { activeBlocks, formatVersions, requestsRows } from './versions';

const TABLE_NAMES: Record<TableKey, string> = { active: '表二', requests: '表三', appeals: '表四' };

function rowDisplay(def: RowDef): string {
  return def.name ?? (def.group ? `${def.group} › ${def.label}` : def.label);
}

function columnDisplay(def: ColumnDef): string {
  return def.name ?? def.label.split(' › ').pop() ?? def.label;
}

function rowsOf(table: TableKey, version: FormatVersion): readonly RowDef[] {
  if (table === 'requests') return requestsRows(version);
  if (table === 'appeals') return APPEALS_ROWS;
  return activeBlocks(version).flatMap((b) => b.rows);
}

function columnsOf(table: TableKey, version: FormatVersion): readonly ColumnDef[] {
  if (table === 'requests') return REQUESTS_COLUMNS;
  if (table === 'appeals') return APPEALS_COLUMNS;
  return activeBlocks(version).flatMap((b) => b.columns);
}

/** The report's version first (表二's rows differ by version), then every other. */
function versionsFor(version?: FormatVersion | null): readonly FormatVersion[] {
  return version ? [version, ...formatVersions().filter((v) => v !== version)] : formatVersions();
}

export function tableName(table: TableKey): string {
  return TABLE_NAMES[table];
}

export function rowName(table: TableKey, row: string, version?: FormatVersion | null): string {
  // 表二's rows are named by the report's version only: another version's row is no name of it.
  const versions = table === 'active' && version ? [version] : versionsFor(version);
  for (const v of versions) {
    const def = rowsOf(table, v).find((r) => r.key === row);
    if (def) return rowDisplay(def);
  }
  return row;
}

export function columnName(
  table: TableKey,
  column: string,
  version?: FormatVersion | null,
): string {
  const versions = table === 'active' && version ? [version] : versionsFor(version);
  for (const v of versions) {
    const def = columnsOf(table, v).find((c) => c.key === column);
    if (def) return columnDisplay(def);
  }
  return column;
}

/** "表三 一、本年新收 › 总计" */
export function cellName(
  table: TableKey,
  row: string,
  column: string,
  version?: FormatVersion | null,
): string {
  return `${tableName(table)} ${rowName(table, row, version)} › ${columnName(table, column, version)}`;
}
