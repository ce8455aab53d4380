import type { Finding } from '../finding';
import { sectionOfTable, type TableKey } from '../format';
import type { Rule } from './rule';
import { rowName, tableName } from './names';

/**
 * A row whose label differs from the official one (a typo, an abbreviation, no numbering) but was
 * recognised by its numbering, place and words: its data are read and checked; the label is said
 * once, with the row it was read as, so that a wrong reading can be seen.
 */
export const tableLabel: Rule = {
  meta: { id: 'table-label', severity: 'warning', description: '表格行标题与规定不一致' },
  check({ report }) {
    const out: Finding[] = [];
    for (const key of ['active', 'requests', 'appeals'] as TableKey[]) {
      const t = report.tables[key];
      for (const l of t?.labels ?? []) {
        out.push({
          rule: 'table-label',
          severity: 'warning',
          message: `${tableName(key)}的行标题“${l.written}”与规定的“${l.official}”不一致，已按“${rowName(key, l.row, t?.version)}”一行读取`,
          section: sectionOfTable(key),
          table: key,
          row: l.row,
          expected: l.official,
          actual: l.written,
        });
      }
    }
    return out;
  },
};
