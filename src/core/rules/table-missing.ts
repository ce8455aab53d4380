import { officialHeading, SECTIONS } from '../format';
import type { Finding } from '../finding';
import type { Rule } from './rule';
import { expectedVersion } from './version';

/** Section 二/三/四 is there but its table is not; no template is offered over a table-like one. */
export const tableMissing: Rule = {
  meta: { id: 'table-missing', severity: 'error', description: '缺少表格', fixable: true },
  check({ report }) {
    const out: Finding[] = [];
    for (const def of SECTIONS) {
      const table = def.table;
      if (!table || report.tables[table]) continue;
      if (!report.sections.find((s) => s.key === def.key)?.found) continue;
      const candidate = report.tableCandidates?.[table];
      const finding: Finding = {
        rule: 'table-missing',
        severity: 'error',
        message: candidate
          ? `“${officialHeading(def.key)}”部分缺少规定的表格（${candidate}，请核对）`
          : `“${officialHeading(def.key)}”部分缺少规定的表格`,
        section: def.key,
        table,
      };
      if (!candidate)
        finding.fix = {
          kind: 'insert-table',
          safe: false,
          table,
          section: def.key,
          version: expectedVersion(report),
        };
      out.push(finding);
    }
    return out;
  },
};
