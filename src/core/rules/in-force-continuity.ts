import { cellKey } from '../report';
import { defineRule } from './rule';
import { hasActiveColumn, rowName } from '../format';

/** 2021 表二: 现行有效件数 = last year's + 本年制发 − 本年废止. Mass clean-ups break it legitimately. */
export const inForceContinuity = defineRule({
  id: 'in-force-continuity',
  severity: 'warning',
  title: { zh: '现行有效件数不连续', en: 'Documents in force' },
  description: '现行有效件数与上年衔接不上',
  fix: 'none',
  crossYear: true,
  check({ doc, previous, report }) {
    const now = doc.tables.active;
    const last = previous?.tables.active;
    // Both years' 表二 count the documents in force (2021 on).
    const inForce = (v?: number | null): boolean => !!v && hasActiveColumn(v, 'in_force');
    if (!now || !last || !inForce(now.version) || !inForce(last.version)) return;
    for (const row of ['regulations', 'normative']) {
      const v = (t: typeof now, col: string): number | null =>
        t.cells[cellKey(row, col)]?.value ?? null;
      const inForce = v(now, 'in_force');
      const issued = v(now, 'issued');
      const repealed = v(now, 'repealed');
      const before = v(last, 'in_force');
      if (inForce === null || issued === null || repealed === null || before === null) continue;
      const expected = before + issued - repealed;
      if (inForce === expected) continue;
      report({
        message: `“${rowName('active', row, now.version)}”现行有效 ${inForce} 件，按上年 ${before} + 本年制发 ${issued} − 废止 ${repealed} 应为 ${expected} 件（如本年集中清理过文件，可忽略此提示）`,
        section: 's2',
        table: 'active',
        row,
        column: 'in_force',
        expected: String(expected),
        actual: String(inForce),
      });
    }
  },
});
