import { defineRule } from './rule';
import { at, dataCells, unknownCellFix, where } from './cells';

/** Counts are whole numbers; amounts of money are not counts. The sums treat such a cell as unknown. */
export const cellFraction = defineRule({
  id: 'cell-fraction',
  severity: 'error',
  title: { zh: '非整数', en: 'Fractional count' },
  description: '数量不是整数',
  fix: 'safe',
  check({ doc, sums, report }) {
    for (const cell of dataCells(doc).fraction) {
      const solved = unknownCellFix(sums, cell);
      report({
        message: `“${where(doc, cell)}”为 ${cell.text.trim()}，件数应为整数${solved.determined ? `，应为 ${solved.expected}（由表中其他数字推算）` : ''}`,
        ...at(doc, cell),
        ...(solved.determined ? { expected: solved.expected, fix: solved.fix } : {}),
        actual: cell.text.trim(),
      });
    }
  },
});
