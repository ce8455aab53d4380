import { officialHeading, SECTIONS } from '../format';
import { defineRule, type FindingDraft } from './rule';
import { expectedVersion } from './version';

/** Section 二/三/四 is there but its table is not; no template is offered over a table-like one. */
export const tableMissing = defineRule({
  id: 'table-missing',
  severity: 'error',
  title: { zh: '缺少表格', en: 'Missing table' },
  description: '缺少表格',
  fix: 'suggest',
  check({ doc, report }) {
    for (const def of SECTIONS) {
      const table = def.table;
      if (!table || doc.tables[table]) continue;
      if (!doc.sections.find((s) => s.key === def.key)?.found) continue;
      const candidate = doc.tableCandidates?.[table];
      const finding: FindingDraft = {
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
          version: expectedVersion(doc),
        };
      report(finding);
    }
  },
});
