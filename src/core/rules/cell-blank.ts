import type { Rule } from './rule';
import { at, dataCells, where } from './cells';

/** A blank data cell. A blank total whose computed value is not 0 belongs to the sum rules instead. */
export const cellBlank: Rule = {
  meta: { id: 'cell-blank', severity: 'error', description: '数据单元格为空', fixable: true },
  check({ report, sums }) {
    return dataCells(report)
      .filter(
        ({ cell }) =>
          cell.kind === 'blank' && !sums.owned.has(`${cell.table}/${cell.row}/${cell.column}`),
      )
      .map(({ cell }) => ({
        rule: 'cell-blank',
        severity: 'error',
        message: `“${where(report, cell)}”为空，没有数据应填“0”`,
        ...at(report, cell),
        expected: '0',
        actual: '',
        fix: {
          kind: 'set-cell',
          table: cell.table,
          row: cell.row,
          column: cell.column,
          value: '0',
        },
      }));
  },
};
