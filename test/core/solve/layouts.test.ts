// The sums build what a layout gives (its cells' places and order, its version) once and reuse it for
// every report of that layout: solved in any order and past the few layouts kept, each report gets
// the answer a process that never saw another layout gives.

import { readFileSync } from 'fs';
import path from 'path';
import { recognize } from '../../../src/core/recognize';
import { cellList, type CellValue, type MappedTable, type Report } from '../../../src/core/report';
import { solveSums, type Solution } from '../../../src/core/solve';
import { readDocx } from '../../../src/hosts/docx/read';

type Solve = typeof solveSums;

const load = async (name: string): Promise<Report> =>
  recognize((await readDocx(readFileSync(path.join(__dirname, '../../fixtures', name)))).model);

/** The table with the cells `keep` accepts, in the order `order` gives (a record of its own). */
function reshaped(
  t: MappedTable,
  keep: (c: CellValue) => boolean,
  order: (cs: CellValue[]) => CellValue[] = (cs) => cs,
): MappedTable {
  const cells: MappedTable['cells'] = {};
  for (const c of order(cellList(t).filter(keep))) cells[`${c.row}/${c.column}`] = c;
  return { ...t, cells };
}

/** The cell's written count changed by `delta` (a sum error the localisation must find). */
function shifted(t: MappedTable, row: string, column: string, delta: number): MappedTable {
  const cells = { ...t.cells };
  const c = cells[`${row}/${column}`] as CellValue;
  const value = (c.value ?? 0) + delta;
  cells[`${row}/${column}`] = { ...c, text: String(value), value };
  return { ...t, cells };
}

function variants(base: Report): Report[] {
  const requests = base.tables.requests as MappedTable;
  const appeals = base.tables.appeals as MappedTable;
  const wrong = shifted(requests, 'granted', 'natural', 3);
  const out: Report[] = [base, { ...base, tables: { ...base.tables, requests: wrong } }];
  // A row missing (its relations are not built), the cells listed backwards (other variables).
  for (const row of ['granted', 'carried', 'total', 'partial', 'forward']) {
    const t = reshaped(wrong, (c) => c.row !== row);
    out.push({ ...base, tables: { ...base.tables, requests: t } });
  }
  const backwards = reshaped(
    wrong,
    () => true,
    (cs) => [...cs].reverse(),
  );
  out.push({ ...base, tables: { ...base.tables, requests: backwards } });
  // The same cells read under the other version (its rows, its result rows).
  const other = { ...wrong, version: wrong.version === 2019 ? (2021 as const) : (2019 as const) };
  out.push({ ...base, tables: { ...base.tables, requests: other } });
  const column = reshaped(wrong, (c) => c.column !== 'commercial');
  out.push({ ...base, tables: { ...base.tables, requests: column } });
  const noAppeals = { ...base.tables, requests: wrong };
  delete noAppeals.appeals;
  out.push({ ...base, tables: noAppeals });
  const noRequests = { ...base.tables, appeals: shifted(appeals, 'review', 'total', 1) };
  delete noRequests.requests;
  out.push({ ...base, tables: noRequests });
  return out;
}

const answer = (s: Solution) => ({
  cells: s.cells,
  relations: s.relations,
  discrepancies: s.discrepancies,
});

test('reports of many layouts, solved in turn, get the answers of a process that met no other layout', async () => {
  const reports = [
    ...variants(await load('clean-2019.docx')),
    ...variants(await load('clean-2021.docx')),
  ];
  // More layouts than are kept, so that some are built again after being let go.
  expect(reports.length).toBeGreaterThan(16);
  const alone = reports.map((report) => {
    let solve: Solve | undefined;
    jest.isolateModules(() => {
      solve = (jest.requireActual('../../../src/core/solve') as { solveSums: Solve }).solveSums;
    });
    return answer((solve as Solve)(report));
  });
  // The error is located where the table allows it: the comparison is not of empty answers only.
  expect(alone[1]?.cells.filter((c) => c.state === 'wrong')).toHaveLength(1);
  for (let round = 0; round < 3; round++) {
    reports.forEach((report, i) => {
      expect([i, answer(solveSums(report))]).toEqual([i, alone[i]]);
    });
  }
});
