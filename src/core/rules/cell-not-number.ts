import type { Rule } from './rule';
import { at, dataCells, where } from './cells';

/** Text where a number belongs. "无", "—", "/" mean zero and can be fixed to "0"; "若干" cannot. */
export const cellNotNumber: Rule = {
  meta: {
    id: 'cell-not-number',
    severity: 'error',
    description: '数据单元格不是数字',
    fixable: true,
  },
  check({ report, sums }) {
    return dataCells(report)
      .filter(
        ({ cell }) =>
          (cell.kind === 'placeholder' || cell.kind === 'text') &&
          !sums.owned.has(`${cell.table}/${cell.row}/${cell.column}`),
      )
      .map(({ cell }) => {
        const text = cell.text.trim();
        return {
          rule: 'cell-not-number' as const,
          severity: 'error' as const,
          message:
            cell.kind === 'placeholder'
              ? `“${where(report, cell)}”填的是“${text}”，数据应为数字，没有应填“0”`
              : `“${where(report, cell)}”填的是“${text}”，不是数字`,
          ...at(report, cell),
          actual: text,
          ...(cell.kind === 'placeholder'
            ? {
                expected: '0',
                fix: {
                  kind: 'set-cell' as const,
                  table: cell.table,
                  row: cell.row,
                  column: cell.column,
                  value: '0',
                },
              }
            : {}),
        };
      });
  },
};
