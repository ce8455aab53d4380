import { defineRule } from './rule';
import { at, dataCells, where } from './cells';

/** A sum of money with no unit, under a header that names none: 元 or 万元 is a factor of 10,000. */
export const amountUnit = defineRule({
  id: 'amount-unit',
  severity: 'warning',
  title: { zh: '金额缺少单位', en: 'Amount unit' },
  description: '金额未注明单位',
  fix: 'none',
  check({ doc, report }) {
    for (const { cell, column } of dataCells(doc).moneyNoUnit) {
      // The header as written decides: "采购总金额（万元）" names a unit, a bare "本年收费金额" does not.
      const header = doc.tables.active?.headers?.[cell.column] ?? column.label;
      if (/元/.test(header)) continue;
      report({
        message: `“${where(doc, cell)}”为 ${cell.text.trim()}，未注明单位（元或万元）`,
        ...at(doc, cell),
        actual: cell.text.trim(),
      });
    }
  },
});
