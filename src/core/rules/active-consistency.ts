import { cellKey } from '../report';
import { defineRule } from './rule';
import { hasActiveColumn, rowName } from '../format';

/** 2019 表二: 对外公开总数量 ≥ 本年新公开数量; 上一年项目数量 + 本年增/减 ≥ 0. */
export const activeConsistency = defineRule({
  id: 'active-consistency',
  severity: 'warning',
  title: { zh: '主动公开数据矛盾', en: 'Proactive disclosure figures' },
  description: '表二数据前后矛盾',
  fix: 'none',
  check({ doc, report }) {
    const t = doc.tables.active;
    // The 2019 表二: its columns of totals published and of last year's items.
    if (!t?.version || !hasActiveColumn(t.version, 'total_published')) return;
    const v = (row: string, col: string): number | null =>
      t.cells[cellKey(row, col)]?.value ?? null;
    for (const row of ['regulations', 'normative']) {
      const published = v(row, 'published');
      const total = v(row, 'total_published');
      if (published !== null && total !== null && total < published) {
        report({
          message: `“${rowName('active', row, t.version)}”对外公开总数量 ${total} 小于本年新公开数量 ${published}`,
          section: 's2',
          table: 'active',
          row,
          column: 'total_published',
          expected: `≥ ${published}`,
          actual: String(total),
        });
      }
    }
    for (const row of ['licensing', 'other_services', 'penalty', 'enforcement', 'fees']) {
      const prev = v(row, 'prev_items');
      const change = v(row, 'change');
      if (prev !== null && change !== null && prev + change < 0) {
        report({
          message: `“${rowName('active', row, t.version)}”上一年项目数量 ${prev} 加本年增/减 ${change} 小于 0`,
          section: 's2',
          table: 'active',
          row,
          column: 'change',
          actual: String(change),
        });
      }
    }
  },
});
