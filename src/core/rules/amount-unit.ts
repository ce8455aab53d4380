import type { Rule } from './rule';
import { at, dataCells, where } from './cells';

/** A sum of money with no unit, under a header that names none: 元 or 万元 is a factor of 10,000. */
export const amountUnit: Rule = {
  meta: { id: 'amount-unit', severity: 'warning', description: '金额未注明单位' },
  check({ report }) {
    return dataCells(report)
      .filter(
        ({ cell, column }) =>
          column.money &&
          !/单位/.test(column.label) &&
          cell.kind === 'number' &&
          !cell.unit &&
          cell.value !== 0,
      )
      .map(({ cell }) => ({
        rule: 'amount-unit',
        severity: 'warning',
        message: `“${where(report, cell)}”为 ${cell.text.trim()}，未注明单位（元或万元）`,
        ...at(report, cell),
        actual: cell.text.trim(),
      }));
  },
};
