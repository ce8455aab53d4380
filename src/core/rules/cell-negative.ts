import type { Rule } from './rule';
import { at, dataCells, where } from './cells';

/** Counts cannot be negative; only 本年增/减 may be. */
export const cellNegative: Rule = {
  meta: { id: 'cell-negative', severity: 'error', description: '数量为负数' },
  check({ report }) {
    return dataCells(report)
      .filter(({ cell, column }) => cell.value !== null && cell.value < 0 && !column.signed)
      .map(({ cell }) => ({
        rule: 'cell-negative',
        severity: 'error',
        message: `“${where(report, cell)}”为负数 ${cell.text.trim()}，数量不能为负`,
        ...at(report, cell),
        actual: cell.text.trim(),
      }));
  },
};
