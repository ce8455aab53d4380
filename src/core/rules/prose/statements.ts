// What the prose states about the tables' cells, as data the solving stage can weigh: a cell whose
// value the prose confirms is more likely right than one it contradicts.

import type { CellKeyRef } from '../../finding';
import type { Report } from '../../report';
import { proseParagraphs, reportVersion } from './paragraphs';
import { readQuantities } from './quantities';

export interface ProseStatement {
  value: number;
  /** The readings: the sum of any one of these sets of cells may be what the prose means. */
  alternatives: CellKeyRef[][];
}

/** The counts the overview (and 三, 四) states about 表三 and 表四. */
export function proseStatements(report: Report): ProseStatement[] {
  const version = reportVersion(report);
  const out: ProseStatement[] = [];
  for (const p of proseParagraphs(report, [null, 's1', 's3', 's4'])) {
    for (const m of readQuantities(p.text, { version, year: report.year })) {
      const alternatives = m.alternatives
        .map((a) => a.cells)
        .filter((cells) => cells.every((c) => c.table === 'requests' || c.table === 'appeals'));
      if (alternatives.length > 0) out.push({ value: m.value, alternatives });
    }
  }
  return out;
}
