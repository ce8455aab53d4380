import { sectionOfTable, type TableKey } from '../format';
import { defineRule } from './rule';
import { rowName, tableName } from '../format/labels';

/**
 * A row whose label differs from the official one (a typo, an abbreviation, no numbering) but was
 * recognised by its numbering, place and words: its data are read and checked; the label is said
 * once, with the row it was read as, so that a wrong reading can be seen.
 */
export const tableLabel = defineRule({
  id: 'table-label',
  severity: 'warning',
  title: { zh: '行标题不规范', en: 'Row label' },
  description: '表格行标题与规定不一致',
  fix: 'none',
  check({ doc, report }) {
    for (const key of ['active', 'requests', 'appeals'] as TableKey[]) {
      const t = doc.tables[key];
      for (const l of t?.labels ?? []) {
        report({
          message: `${tableName(key)}的行标题“${l.written}”与规定的“${l.official}”不一致，已按“${rowName(key, l.row, t?.version)}”一行读取`,
          section: sectionOfTable(key),
          table: key,
          row: l.row,
          expected: l.official,
          actual: l.written,
        });
      }
    }
  },
});
