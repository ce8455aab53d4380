import { sectionOfTable, type TableKey } from '../format';
import { defineRule } from './rule';
import { rowName, tableName } from '../format/labels';

/** Official rows or columns missing, or rows that belong to no official key. */
export const tableLayout = defineRule({
  id: 'table-layout',
  severity: 'error',
  title: { zh: '表格结构不符', en: 'Table layout' },
  description: '表格缺少或多出规定的行列',
  fix: 'none',
  check({ doc, report }) {
    for (const key of ['active', 'requests', 'appeals'] as TableKey[]) {
      const t = doc.tables[key];
      if (!t) continue;
      const rows = [...new Set(t.missing.map((k) => k.slice(0, k.lastIndexOf('/'))))];
      const parts: string[] = [];
      if (rows.length > 0) {
        const names = rows.map((r) => `“${rowName(key, r, t.version)}”`);
        const list =
          names.length > 5
            ? `${names.slice(0, 5).join('、')}等 ${names.length} 行`
            : names.join('、');
        parts.push(`找不到${list}的数据`);
      }
      if (t.extra.length > 0)
        parts.push(`多出“${t.extra.slice(0, 3).join('”“')}”${t.extra.length > 3 ? '等' : ''}`);
      parts.push(...(t.deviations ?? []));
      if (parts.length === 0) continue;
      report({
        message: `${tableName(key)}与规定格式不一致：${parts.join('；')}`,
        section: sectionOfTable(key),
        table: key,
      });
    }
  },
});
