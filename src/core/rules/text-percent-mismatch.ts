// text-percent-mismatch: a share stated beside a result count ("予以公开及部分公开258件，占33.9%")
// that the count and the table's totals do not give. The writer's base is not said, so any of
// （七）总计, 本年新收 and 本年新收 + 上年结转 will do; rounding and truncation to the digits written
// are both accepted. A count that contradicts the table is text-table-mismatch's finding.

import type { CellKeyRef } from '../finding';
import { boundedQuote, type QuantityId } from './prose';
import { quantityMentions } from './prose/statements';
import { sumOfCells } from './prose/values';
import { defineRule } from './rule';

/** The result groups of 表三, whose shares reports state. */
const RESULTS: ReadonlySet<QuantityId> = new Set([
  'granted',
  'granted_partial',
  'partial',
  'denied',
  'unavailable',
  'rejected',
  'other',
]);

const req = (row: string): CellKeyRef => ({ table: 'requests', row, column: 'total' });

interface Base {
  label: string;
  cells: CellKeyRef[];
}

/** What a share may be of, the usual one first. */
const BASES: readonly Base[] = [
  { label: '表三“（七）总计”', cells: [req('total')] },
  { label: '表三“本年新收”总计', cells: [req('new')] },
  { label: '“本年新收”与“上年结转”之和', cells: [req('new'), req('carried')] },
];

export const textPercentMismatch = defineRule({
  id: 'text-percent-mismatch',
  severity: 'warning',
  title: { zh: '正文占比不符', en: 'Share contradicts counts' },
  description: '正文所述占比与所述件数、表格总数不符',
  fix: 'none',
  check(ctx) {
    const { doc, report } = ctx;
    for (const { paragraph: p, text, mentions } of quantityMentions(doc)) {
      for (const m of mentions) {
        const share = m.share;
        if (!share || !RESULTS.has(m.quantity)) continue;
        const bases = BASES.flatMap((b) => {
          const value = sumOfCells(ctx, b.cells);
          return value !== null && value > 0 ? [{ ...b, value }] : [];
        });
        if (bases.length === 0) continue;
        // Rounded or truncated to the digits written: within one unit of the last digit.
        const unit = 10 ** -share.decimals;
        const fits = (base: number): boolean =>
          Math.abs((100 * m.value) / base - share.percent) < unit + 1e-9;
        if (bases.some((b) => fits(b.value))) continue;
        const [main] = bases;
        const computed = ((100 * m.value) / main.value).toFixed(share.decimals);
        const stated = share.percent.toFixed(share.decimals);
        const quote = boundedQuote(text, m.clause.start, share.end, share.end);
        const related: CellKeyRef[] = [...main.cells, ...m.alternatives[0].cells];
        report({
          message: `正文称“${quote}”，但 ${m.value} 件占${main.label}（${main.value} 件）的 ${computed}%`,
          section: p.section ?? 's1',
          table: 'requests',
          ...(main.cells.length === 1 ? { row: main.cells[0].row, column: 'total' } : {}),
          expected: `${computed}%`,
          actual: `${stated}%`,
          paragraph: p.index,
          quote,
          related,
        });
      }
    }
  },
});
