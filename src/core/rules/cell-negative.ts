import { defineRule } from './rule';
import { at, dataCells, unknownCellFix, where } from './cells';

/** Counts cannot be negative; only 本年增/减 may be. The sums treat such a cell as unknown. */
export const cellNegative = defineRule({
  id: 'cell-negative',
  severity: 'error',
  title: { zh: '负数', en: 'Negative count' },
  description: '数量为负数',
  fix: 'safe',
  check({ doc, sums, report }) {
    for (const cell of dataCells(doc).negative) {
      const solved = unknownCellFix(sums, cell);
      report({
        message: `“${where(doc, cell)}”为负数 ${cell.text.trim()}，数量不能为负${solved.determined ? `，应为 ${solved.expected}（由表中其他数字推算）` : ''}`,
        ...at(doc, cell),
        ...(solved.determined ? { expected: solved.expected, fix: solved.fix } : {}),
        actual: cell.text.trim(),
      });
    }
  },
});
