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
    dataCells(doc)
      .filter(({ cell, column }) => cell.value !== null && cell.value < 0 && !column.signed)
      .map(({ cell }) => {
        const solved = unknownCellFix(sums, cell);
        return {
          message: `“${where(doc, cell)}”为负数 ${cell.text.trim()}，数量不能为负${solved.determined ? `，应为 ${solved.expected}（由表中其他数字推算）` : ''}`,
          ...at(doc, cell),
          ...(solved.determined ? { expected: solved.expected, fix: solved.fix } : {}),
          actual: cell.text.trim(),
        };
      })
      .forEach((f) => report(f));
  },
});
