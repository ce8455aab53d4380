// text-table-mismatch: a count in the prose that contradicts the tables (spec/rules.md, "How
// prose is read"). Compared with the values after the sum rules' corrections, so that a wrong
// total is reported once, by its sum rule, and not again here.

import type { CellKeyRef } from '../finding';
import { boundedQuote } from './prose';
import { quantityMentions } from './prose/statements';
import { sumOfCells } from './prose/values';
import { defineRule } from './rule';

function sameCell(a: CellKeyRef, b: CellKeyRef): boolean {
  return a.table === b.table && a.row === b.row && a.column === b.column;
}

export const textTableMismatch = defineRule({
  id: 'text-table-mismatch',
  severity: 'error',
  title: { zh: '正文与表格不符', en: 'Text contradicts table' },
  description: '正文所述数字（申请数、行政复议和行政诉讼数、规范性文件数）与表格不一致',
  fix: 'none',
  check(ctx) {
    const { doc, report } = ctx;
    for (const { paragraph: p, text, mentions } of quantityMentions(doc)) {
      for (const m of mentions) {
        const values = m.alternatives.map((a) => sumOfCells(ctx, a.cells));
        if (values.some((v) => v === null)) continue;
        if (values.includes(m.value)) continue;
        const [main] = m.alternatives;
        const quote = boundedQuote(text, m.clause.start, m.clause.end, m.count.end);
        const related: CellKeyRef[] = [];
        for (const ref of m.alternatives.flatMap((a) => a.cells)) {
          if (!related.some((r) => sameCell(r, ref))) related.push(ref);
        }
        const tables = m.alternatives.map((a, i) => `${a.label}为 ${values[i]} 件`).join('，');
        report({
          message: `正文称“${quote}”，但${tables}`,
          section: p.section ?? 's1',
          table: main.cells[0].table,
          ...(main.cells.length === 1
            ? { row: main.cells[0].row, column: main.cells[0].column }
            : {}),
          expected: String(values[0]),
          actual: String(m.value),
          paragraph: p.index,
          quote,
          related,
        });
      }
    }
  },
});
