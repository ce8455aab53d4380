import { officialHeading, SECTIONS } from '../format';
import type { Rule } from './rule';
import { expectedVersion } from './version';

/** Section 二/三/四 is there but its table is not. */
export const tableMissing: Rule = {
  meta: { id: 'table-missing', severity: 'error', description: '缺少表格', fixable: true },
  check({ report }) {
    return SECTIONS.filter((def) => def.table && !report.tables[def.table])
      .filter((def) => report.sections.find((s) => s.key === def.key)?.found)
      .flatMap((def) =>
        def.table
          ? [
              {
                rule: 'table-missing' as const,
                severity: 'error' as const,
                message: `“${officialHeading(def.key)}”部分缺少规定的表格`,
                section: def.key,
                table: def.table,
                fix: {
                  kind: 'insert-table' as const,
                  safe: false,
                  table: def.table,
                  section: def.key,
                  version: expectedVersion(report),
                },
              },
            ]
          : [],
      );
  },
};
