import type { Rule } from './rule';
import { at, dataCells, unknownCellFix, where } from './cells';

/** Counts cannot be negative; only 本年增/减 may be. The sums treat such a cell as unknown. */
export const cellNegative: Rule = {
  meta: { id: 'cell-negative', severity: 'error', description: '数量为负数' },
  check({ report, sums }) {
    return dataCells(report)
      .filter(({ cell, column }) => cell.value !== null && cell.value < 0 && !column.signed)
      .map(({ cell }) => {
        const solved = unknownCellFix(sums, cell);
        return {
          rule: 'cell-negative' as const,
          severity: 'error' as const,
          message: `“${where(report, cell)}”为负数 ${cell.text.trim()}，数量不能为负${solved.determined ? `，应为 ${solved.expected}（由表中其他数字推算）` : ''}`,
          ...at(report, cell),
          ...(solved.determined ? { expected: solved.expected, fix: solved.fix } : {}),
          actual: cell.text.trim(),
        };
      });
  },
};
