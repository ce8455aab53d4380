import { resultRows } from '../solve';
import { defineRule } from './rule';

/** The 2019 notice asks supervisors to watch （六）其他处理: a large share hides how requests ended. */
const SHARE = 0.2;
const AT_LEAST = 3;

export const otherShare = defineRule({
  id: 'other-share',
  severity: 'warning',
  title: { zh: '其他处理占比过高', en: 'Share of "other"' },
  description: '“其他处理”占比过高',
  fix: 'none',
  check({ doc, sums, report }) {
    const t = doc.tables.requests;
    if (!t) return;
    // A 2021 table written with one （六） row reads it as `other`, as the sums do.
    const rows = resultRows(t).filter((r) => r === 'other' || r.startsWith('other.'));
    const parts = rows.map((r) => sums.value('requests', r, 'total'));
    const total = sums.value('requests', 'total', 'total');
    if (total === null || parts.some((v) => v === null)) return;
    const other = (parts as number[]).reduce((s, v) => s + v, 0);
    if (total <= 0 || other < AT_LEAST || other / total < SHARE) return;
    const pct = Math.round((other / total) * 100);
    report({
      message: `“（六）其他处理”${other} 件，占办理结果总数 ${total} 件的 ${pct}%，请核实是否应归入其他办理类型`,
      section: 's3',
      table: 'requests',
      row: rows.length === 1 ? 'other' : 'total',
      column: 'total',
      actual: `${pct}%`,
    });
  },
});
