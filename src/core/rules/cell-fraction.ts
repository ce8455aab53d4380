import type { Rule } from './rule';
import { at, dataCells, where } from './cells';

/** Counts are whole numbers; amounts of money are not counts. */
export const cellFraction: Rule = {
  meta: { id: 'cell-fraction', severity: 'error', description: '数量不是整数' },
  check({ report }) {
    return dataCells(report)
      .filter(
        ({ cell, column }) => cell.value !== null && !column.money && !Number.isInteger(cell.value),
      )
      .map(({ cell }) => ({
        rule: 'cell-fraction',
        severity: 'error',
        message: `“${where(report, cell)}”为 ${cell.text.trim()}，件数应为整数`,
        ...at(report, cell),
        actual: cell.text.trim(),
      }));
  },
};
