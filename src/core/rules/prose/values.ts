// The one place the prose rules read a table's value. The spec compares prose with the values after
// the sum rules' corrections; the solving stage may leave a value unknown (null), and then the
// prose is not compared. Switching to the solver changes only tableValue's body.

import type { CellKeyRef } from '../../finding';
import { cellKey } from '../../report';
import type { RuleContext } from '../rule';

/** The value of a cell as corrected by the sums, or null when unknown (nothing to compare). */
export function tableValue(
  ctx: Pick<RuleContext, 'doc' | 'sums'>,
  table: CellKeyRef['table'],
  row: string,
  column: string,
): number | null {
  const cell = ctx.doc.tables[table]?.cells[cellKey(row, column)];
  if (!cell) return null;
  if (table === 'active') return cell.kind === 'number' ? cell.value : null;
  return ctx.sums.value(table, row, column);
}

/** The sum of the cells' values, or null when any is unknown. */
export function sumOfCells(
  ctx: Pick<RuleContext, 'doc' | 'sums'>,
  cells: readonly CellKeyRef[],
): number | null {
  let sum = 0;
  for (const ref of cells) {
    const v = tableValue(ctx, ref.table, ref.row, ref.column);
    if (v === null) return null;
    sum += v;
  }
  return sum;
}
