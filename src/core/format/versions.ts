// The official table layouts, one data file each in versions/, registered here. Everything that
// depends on a version (reading the tables, the sums' rows, templates, labels, the format-version
// rule) asks this module, so a new official layout is one data file plus its registration and
// its tests: nothing else chooses between versions in code.

import type { FormatVersion } from './sections';
import type { ActiveBlockDef, RowDef } from './tables';
import { LAYOUT_2019 } from './versions/2019';
import { LAYOUT_2021 } from './versions/2021';

export interface LayoutVersion {
  /** The version's name, the year of its notice: 2019, 2021. */
  version: FormatVersion;
  /** The first report year it applies to; the oldest version also covers every earlier year. */
  from: number;
  /** The notice that set it out, as the format-version rule cites it. */
  notice: string;
  /** Words of 表二's headers found only in this version: they tell a table's version. */
  activeMarkers: readonly string[];
  /** 表二's blocks. */
  active: readonly ActiveBlockDef[];
  /** 表三's rows, in order. 表三's columns and 表四 are the same in every version (tables.ts). */
  requestsRows: readonly RowDef[];
}

const LAYOUTS: LayoutVersion[] = [];
/** The registered versions, one array until the registry changes (readers cache by it). */
let versions: readonly FormatVersion[] = [];

/**
 * Adds a layout. The official ones are registered below; a test registers a trial one (and
 * unregisters it) to prove that a version is data.
 */
export function registerLayout(layout: LayoutVersion): () => void {
  if (LAYOUTS.some((l) => l.version === layout.version))
    throw new Error(`layout ${layout.version} is registered already`);
  LAYOUTS.push(layout);
  LAYOUTS.sort((a, b) => a.from - b.from);
  versions = LAYOUTS.map((l) => l.version);
  return () => {
    const at = LAYOUTS.indexOf(layout);
    if (at >= 0) LAYOUTS.splice(at, 1);
    versions = LAYOUTS.map((l) => l.version);
  };
}

registerLayout(LAYOUT_2019);
registerLayout(LAYOUT_2021);

/** Every registered version, oldest first (the same array until the registry changes). */
export function formatVersions(): readonly FormatVersion[] {
  return versions;
}

/** The oldest version: the one assumed when a table tells none. */
export function oldestVersion(): FormatVersion {
  return (LAYOUTS[0] as LayoutVersion).version;
}

/** The newest version: the one a report without year or tables is held to. */
export function newestVersion(): FormatVersion {
  return (LAYOUTS[LAYOUTS.length - 1] as LayoutVersion).version;
}

/** The layout of a version; an unknown one reads as the oldest. */
export function layoutOf(version: FormatVersion): LayoutVersion {
  return LAYOUTS.find((l) => l.version === version) ?? (LAYOUTS[0] as LayoutVersion);
}

/** The format version a report of `year` must use: the newest one in force that year. */
export function versionForYear(year: number): FormatVersion {
  let found = oldestVersion();
  for (const l of LAYOUTS) if (l.from <= year) found = l.version;
  return found;
}

export function activeBlocks(version: FormatVersion): readonly ActiveBlockDef[] {
  return layoutOf(version).active;
}

export function requestsRows(version: FormatVersion): readonly RowDef[] {
  return layoutOf(version).requestsRows;
}

/** Whether the version's 表二 has a column of this key (in_force, total_published…). */
export function hasActiveColumn(version: FormatVersion, key: string): boolean {
  return activeBlocks(version).some((b) => b.columns.some((c) => c.key === key));
}

/** Whether the version splits （六）其他处理 into rows (other.1…) rather than one `other`. */
export function splitsOther(version: FormatVersion): boolean {
  return requestsRows(version).some((r) => r.key.startsWith('other.'));
}
