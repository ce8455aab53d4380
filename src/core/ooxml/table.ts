// Turns the rows of a table, as read, into its grid: which cell covers each (row, column) slot,
// with vertical merges resolved to their restart cell.
import { LIMITS } from '../limits';
import type { DocCell, DocRow, DocTable, SourceSpan } from '../model';

export function buildTable(
  rows: DocRow[],
  gridCols: number,
  index: number,
  src: SourceSpan,
): DocTable {
  let cols = gridCols;
  for (const row of rows) {
    let extent = row.gridBefore + row.gridAfter;
    for (const cell of row.cells) extent += cell.colSpan;
    if (extent > cols) cols = extent;
  }
  // Cells end by column 63 (the parser refuses rows past it); skipped columns after them
  // (w:gridAfter) cannot widen a Word table past its maximum either.
  cols = Math.min(cols, LIMITS.tableMaxCols);

  const grid: (DocCell | null)[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const line: (DocCell | null)[] = new Array<DocCell | null>(cols).fill(null);
    const above = r > 0 ? grid[r - 1] : undefined;
    for (const cell of rows[r].cells) {
      let owner = cell;
      if (cell.vMerge === 'continue' && above) {
        // Only a merge that started at the same column with the same width continues; Word shows
        // anything else as a cell of its own.
        const top = above[cell.col];
        if (
          top &&
          top.vMerge === 'restart' &&
          top.col === cell.col &&
          top.colSpan === cell.colSpan
        ) {
          owner = top;
          top.rowSpan++;
        }
      }
      const end = Math.min(cell.col + cell.colSpan, cols);
      for (let c = cell.col; c < end; c++) line[c] = owner;
    }
    grid.push(line);
  }
  return { kind: 'table', index, rows, cols, grid, src };
}
