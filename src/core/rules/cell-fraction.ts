import type { Rule } from './rule';
import { at, dataCells, unknownCellFix, where } from './cells';

/** Counts are whole numbers; amounts of money are not counts. The sums treat such a cell as unknown. */
export const cellFraction: Rule = {
  meta: { id: 'cell-fraction', severity: 'error', description: '数量不是整数' },
  check({ report, sums }) {
    return dataCells(report)
      .filter(
        ({ cell, column }) => cell.value !== null && !column.money && !Number.isInteger(cell.value),
      )
      .map(({ cell }) => {
        const solved = unknownCellFix(sums, cell);
        return {
          rule: 'cell-fraction' as const,
          severity: 'error' as const,
          message: `“${where(report, cell)}”为 ${cell.text.trim()}，件数应为整数${solved.determined ? `，应为 ${solved.expected}（由表中其他数字推算）` : ''}`,
          ...at(report, cell),
          ...(solved.determined ? { expected: solved.expected, fix: solved.fix } : {}),
          actual: cell.text.trim(),
        };
      });
  },
};
