// What a fix will change, in the user's words, for the preview before a bulk change.

import type { Finding } from '../core/finding';
import { officialHeading, type FormatVersion } from '../core/format';
import { cellName, tableName } from '../core/rules/names';
import type { Strings } from './i18n';

/** One line per change: "表三 一、本年新收 › 总计：0 → 3", "插入章节：六、其他需要报告的事项". */
export function describeChange(f: Finding, t: Strings, version: FormatVersion | null): string {
  const fix = f.fix;
  if (!fix) return f.message;
  switch (fix.kind) {
    case 'set-cell': {
      // The finding's `actual` is the value of its own cell; a fix of another cell shows no 原值.
      const same = f.table === fix.table && f.row === fix.row && f.column === fix.column;
      const from = same ? shownValue(f.actual, t) : undefined;
      return t.changeCell(cellName(fix.table, fix.row, fix.column, version), from, fix.value);
    }
    case 'insert-section':
      return t.changeInsertSection(officialHeading(fix.section));
    case 'insert-table':
      return t.changeInsertTable(tableName(fix.table));
    case 'rename-heading':
      return t.changeRename(f.actual, fix.value);
  }
}

function shownValue(actual: string | undefined, t: Strings): string {
  return actual === undefined || actual.trim() === '' ? t.emptyValue : actual;
}
