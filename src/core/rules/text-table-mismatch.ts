// text-table-mismatch: a count in the prose that contradicts the tables (spec/rules.md, "How
// prose is read"). Compared with the values after the sum rules' corrections, so that a wrong
// total is reported once, by its sum rule, and not again here.

import type { CellKeyRef, Finding } from '../finding';
import { boundedQuote, proseParagraphs, proseText, readQuantities, reportVersion } from './prose';
import { sumOfCells } from './prose/values';
import type { Rule } from './rule';

function sameCell(a: CellKeyRef, b: CellKeyRef): boolean {
  return a.table === b.table && a.row === b.row && a.column === b.column;
}

export const textTableMismatch: Rule = {
  meta: {
    id: 'text-table-mismatch',
    severity: 'error',
    description: '正文所述数字（申请数、行政复议和行政诉讼数、规范性文件数）与表格不一致',
  },
  check(ctx) {
    const { report } = ctx;
    const findings: Finding[] = [];
    const version = reportVersion(report);
    // The overview (and a preface before it) is where reports restate the tables' numbers; the
    // prose of 五 and 六 speaks of plans and fees.
    for (const p of proseParagraphs(report, [null, 's1', 's3', 's4'])) {
      const text = proseText(p);
      for (const m of readQuantities(text, { version, year: report.year })) {
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
        findings.push({
          rule: 'text-table-mismatch',
          severity: 'error',
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
    return findings;
  },
};
