import { defineRule } from './rule';
import { at, dataCells, unknownCellFix, where } from './cells';

/**
 * Text where a number belongs. The sums treat it as unknown; its fix is the value the table
 * determines, else "0" for "无", "—", "/" (they mean zero); "若干" gets none.
 */
export const cellNotNumber = defineRule({
  id: 'cell-not-number',
  severity: 'error',
  title: { zh: '非数字', en: 'Not a number' },
  description: '数据单元格不是数字',
  fix: 'safe',
  check({ doc, sums, report }) {
    for (const cell of dataCells(doc).notNumber) {
      const text = cell.text.trim();
      const solved = unknownCellFix(sums, cell);
      const name = `“${where(doc, cell)}”填的是“${text}”`;
      const message = solved.determined
        ? `${name}，不是数字，应为 ${solved.expected}（由表中其他数字推算）`
        : cell.kind === 'placeholder'
          ? `${name}，数据应为数字，没有应填“0”`
          : `${name}，不是数字`;
      report({
        message,
        ...at(doc, cell),
        ...(solved.expected !== undefined ? { expected: solved.expected } : {}),
        actual: text,
        ...(solved.fix ? { fix: solved.fix } : {}),
      });
    }
  },
});
