// Property tests of the sums (the trust issue's "done means"), on the real clean reports read from
// their .docx once, with 表三 and 表四 refilled with random consistent figures per case:
// (a) blank random cells: every safe fix restores exactly the original value, and every blank cell
//     is still flagged;
// (b) corrupt one random written cell: a finding names that cell (or says the location is
//     ambiguous by listing it), and no safe fix ever touches a correct cell or writes a wrong value.

import { readFileSync } from 'fs';
import path from 'path';
import { checkReport } from '../../../src/core/check';
import type { CellKeyRef, Finding } from '../../../src/core/finding';
import {
  APPEALS_PARTS,
  APPEALS_ROWS,
  APPLICANT_COLUMNS,
  REQUESTS_COLUMNS,
  requestsRows,
} from '../../../src/core/format';
import { parseCell, recognize } from '../../../src/core/recognize';
import { cellKey, type MappedTable, type Report } from '../../../src/core/report';
import { readDocx } from '../../../src/hosts/docx/read';
import { rng } from '../../fixtures/report';

const CASES = 2500;

type Figures = Map<string, number>; // `${table}/${row}/${column}` → value
const key = (r: CellKeyRef): string => `${r.table}/${r.row}/${r.column}`;

/** A consistent 表三 and 表四: mostly small counts, many zeros, as real reports have. */
function consistentFigures(version: 2019 | 2021, rand: () => number): Figures {
  const f: Figures = new Map();
  const count = (): number => {
    const x = rand();
    return x < 0.55 ? 0 : x < 0.85 ? 1 + Math.floor(rand() * 4) : Math.floor(rand() * 60);
  };
  const set = (table: string, row: string, column: string, v: number): void => {
    f.set(`${table}/${row}/${column}`, v);
  };
  const results = requestsRows(version).filter((r) => r.result);
  for (const c of APPLICANT_COLUMNS) {
    let handled = 0;
    for (const r of results) {
      const v = count();
      set('requests', r.key, c, v);
      handled += v;
    }
    set('requests', 'total', c, handled);
    const carried = Math.floor(rand() * 3) === 0 ? count() : 0;
    const forward = Math.floor(rand() * 3) === 0 ? count() : 0;
    const fresh = Math.max(0, handled + forward - carried);
    // Keep 一 + 二 = （七） + 四 exact even when carried exceeds the rest.
    set('requests', 'new', c, fresh);
    set('requests', 'carried', c, handled + forward - fresh);
    set('requests', 'forward', c, forward);
  }
  for (const r of requestsRows(version)) {
    const sum = APPLICANT_COLUMNS.reduce((s, c) => s + (f.get(`requests/${r.key}/${c}`) ?? 0), 0);
    set('requests', r.key, 'total', sum);
  }
  for (const g of APPEALS_ROWS) {
    let total = 0;
    for (const p of APPEALS_PARTS) {
      const v = rand() < 0.7 ? 0 : 1 + Math.floor(rand() * 3);
      set('appeals', g.key, p, v);
      total += v;
    }
    set('appeals', g.key, 'total', total);
  }
  return f;
}

/** The report with 表三 and 表四 cells replaced by these texts (recognition's own parser reads them). */
function withTexts(base: Report, texts: Map<string, string>): Report {
  const tables = { ...base.tables };
  for (const t of ['requests', 'appeals'] as const) {
    const table = base.tables[t] as MappedTable;
    const cells: MappedTable['cells'] = {};
    for (const [k, cell] of Object.entries(table.cells)) {
      const text = texts.get(`${t}/${cell.row}/${cell.column}`) ?? cell.text;
      cells[k] = { ...cell, text, ...parseCell(text) };
    }
    tables[t] = { ...table, cells };
  }
  // The clean report's prose states its own figures; these tables are random, so the prose is
  // left out (prose that confirms a cell is tested in the rule tests).
  return { ...base, tables, paragraphs: [] };
}

function asTexts(f: Figures): Map<string, string> {
  return new Map([...f].map(([k, v]) => [k, String(v)]));
}

/** Every cell a finding names: its own cell, its culprit, the cells it relates. */
function named(f: Finding): string[] {
  const out: string[] = [];
  if (f.table && f.row && f.column) out.push(`${f.table}/${f.row}/${f.column}`);
  if (f.culprit) out.push(key(f.culprit));
  for (const r of f.related ?? []) out.push(key(r));
  return out;
}

/** The rules that read the tables' cells (the prose rules compare with text the tests do not change). */
const TABLE_RULES = new Set([
  'row-total',
  'column-total',
  'balance',
  'appeals-total',
  'cell-blank',
  'cell-not-number',
  'cell-negative',
  'cell-fraction',
  'other-share',
]);

function tableFindings(report: Report): Finding[] {
  return checkReport(report).filter((f) => TABLE_RULES.has(f.rule) && f.rule !== 'other-share');
}

function safeFixes(findings: Finding[]): { cell: string; value: string }[] {
  return findings.flatMap((f) =>
    f.fix?.kind === 'set-cell' && f.fix.safe ? [{ cell: key(f.fix), value: f.fix.value }] : [],
  );
}

let bases: Record<2019 | 2021, Report>;

beforeAll(async () => {
  const load = async (name: string): Promise<Report> =>
    recognize((await readDocx(readFileSync(path.join(__dirname, '../../fixtures', name)))).model);
  bases = { 2019: await load('clean-2019.docx'), 2021: await load('clean-2021.docx') };
});

function sumCells(version: 2019 | 2021): string[] {
  const out: string[] = [];
  for (const r of requestsRows(version))
    for (const c of REQUESTS_COLUMNS) out.push(`requests/${r.key}/${c.key}`);
  for (const g of APPEALS_ROWS)
    for (const c of [...APPEALS_PARTS, 'total']) out.push(`appeals/${g.key}/${c}`);
  return out;
}

test('the generated tables are consistent: zero sum findings', () => {
  const rand = rng(1);
  for (let i = 0; i < 200; i++) {
    const version = i % 2 ? 2019 : 2021;
    const report = withTexts(bases[version], asTexts(consistentFigures(version, rand)));
    expect(report.tables.requests?.cells[cellKey('new', 'total')]).toBeDefined();
    expect(tableFindings(report)).toEqual([]);
  }
});

test(`(a) ${CASES} tables with random blank cells: a safe fix restores exactly the original value, every blank stays flagged`, () => {
  const rand = rng(2);
  let blanked = 0;
  let restored = 0;
  for (let i = 0; i < CASES; i++) {
    const version = i % 2 ? 2019 : 2021;
    const figures = consistentFigures(version, rand);
    const texts = asTexts(figures);
    const cells = sumCells(version);
    const n = 1 + Math.floor(rand() * (rand() < 0.8 ? 6 : 40));
    const blanks = new Set<string>();
    while (blanks.size < Math.min(n, cells.length)) {
      blanks.add(cells[Math.floor(rand() * cells.length)] as string);
    }
    for (const b of blanks) texts.set(b, '');
    blanked += blanks.size;
    const findings = tableFindings(withTexts(bases[version], texts));
    for (const fix of safeFixes(findings)) {
      expect({ case: i, cell: fix.cell, blank: blanks.has(fix.cell) }).toEqual({
        case: i,
        cell: fix.cell,
        blank: true,
      });
      expect({ case: i, cell: fix.cell, value: fix.value }).toEqual({
        case: i,
        cell: fix.cell,
        value: String(figures.get(fix.cell)),
      });
      restored++;
    }
    const flagged = new Set(findings.flatMap(named));
    for (const b of blanks)
      expect({ case: i, cell: b, flagged: flagged.has(b) }).toMatchObject({ flagged: true });
  }
  // Most blanks are determined by the table; the rest stay blank and flagged.
  expect(restored).toBeGreaterThan(blanked / 2);
});

test(`(b) ${CASES} tables with one corrupted written cell: the finding names it, no safe fix touches a correct cell`, () => {
  const rand = rng(3);
  let located = 0;
  for (let i = 0; i < CASES; i++) {
    const version = i % 2 ? 2019 : 2021;
    const figures = consistentFigures(version, rand);
    const texts = asTexts(figures);
    const cells = sumCells(version);
    const cell = cells[Math.floor(rand() * cells.length)] as string;
    const original = figures.get(cell) as number;
    const kind = rand();
    const corrupted =
      kind < 0.6
        ? String(Math.max(0, original + (rand() < 0.5 ? -1 : 1) * (1 + Math.floor(rand() * 9))))
        : kind < 0.75
          ? `-${1 + Math.floor(rand() * 5)}`
          : kind < 0.85
            ? '若干'
            : kind < 0.95
              ? `${original}.5`
              : String(original * 10 + 1);
    if (corrupted === String(original)) continue;
    texts.set(cell, corrupted);
    const findings = tableFindings(withTexts(bases[version], texts));
    expect({ case: i, cell, named: findings.some((f) => named(f).includes(cell)) }).toEqual({
      case: i,
      cell,
      named: true,
    });
    for (const fix of safeFixes(findings)) {
      expect({ case: i, fix: fix.cell, value: fix.value }).toEqual({
        case: i,
        fix: cell,
        value: String(original),
      });
      located++;
    }
  }
  expect(located).toBeGreaterThan(CASES / 2);
});
