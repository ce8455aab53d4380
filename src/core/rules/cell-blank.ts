import { defineRule } from './rule';
import { at, dataCells, unknownCellFix, where } from './cells';
import { ownedBySums } from './sum-findings';

/**
 * A blank data cell. Its value comes from the solving stage: determined by the table (a safe fix),
 * presumed 0 where that breaks nothing (a suggestion), or not known (no fix: the user must fill
 * it). A blank total whose value the table determines belongs to its sum rule instead.
 */
export const cellBlank = defineRule({
  id: 'cell-blank',
  severity: 'error',
  title: { zh: '空白单元格', en: 'Blank cell' },
  description: '数据单元格为空',
  fix: 'safe',
  check({ doc, sums, report }) {
    for (const cell of dataCells(doc).blank) {
      if (ownedBySums(sums, cell)) continue;
      const solved = unknownCellFix(sums, cell);
      const name = `“${where(doc, cell)}”为空`;
      const message = solved.determined
        ? `${name}，应为 ${solved.expected}（由表中其他数字推算）`
        : solved.fix
          ? `${name}，没有数据应填“0”`
          : `${name}，表中其他数字不能确定它的值，填 0 又会与合计不符，请据实填写`;
      report({
        message,
        ...at(doc, cell),
        ...(solved.expected !== undefined ? { expected: solved.expected } : {}),
        actual: '',
        ...(solved.fix ? { fix: solved.fix } : {}),
      });
    }
  },
});
