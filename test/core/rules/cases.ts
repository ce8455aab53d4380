// Helpers for rule cases that need more than ruleTester's ReportSpec edits: changes to the built
// DocSpec (rows the ReportSpec cannot express, a heading typed inside a table), and every finding of
// a case (to assert that one error yields exactly the findings expected, and nothing else).

import { check, type CheckResult } from '../../../src/core/check';
import type { Finding, RuleId } from '../../../src/core/finding';
import { versionForYear, type TableKey } from '../../../src/core/format';
import type { DocModel } from '../../../src/core/model';
import { readDocx } from '../../../src/hosts/docx/read';
import { cleanReport, reportToDocSpec, type ReportSpec } from '../../fixtures/report';
import {
  buildDocx,
  type BlockSpec,
  type CellSpec,
  type DocSpec,
  type TableSpec,
} from '../../fixtures/spec';
import type { RuleCase } from './ruleTester';

export interface DocCase extends RuleCase {
  /** Changes the DocSpec built from the (edited) report, before the .docx is written. */
  doc?: (d: DocSpec) => void;
}

export interface InvalidDocCase extends DocCase {
  /** Exactly these findings, with ruleTester's semantics (`key: undefined` = the key is absent). */
  findings: Array<Partial<Finding>>;
}

async function modelOf(spec: ReportSpec, doc?: (d: DocSpec) => void): Promise<DocModel> {
  const d = reportToDocSpec(spec);
  doc?.(d);
  return (await readDocx(await buildDocx(d))).model;
}

/** The whole engine's result on the case's report (as ruleTester builds it, plus `doc`). */
export async function checkCase(c: DocCase): Promise<CheckResult> {
  const spec = cleanReport(c.version ?? 2021, c.year);
  c.edit?.(spec);
  let previous: DocModel | undefined;
  if (c.previous) {
    const year = spec.year - 1;
    // The clean reports are built in the two official layouts.
    const last = cleanReport(versionForYear(year) as 2019 | 2021, year, spec.agency);
    c.previous(last);
    previous = await modelOf(last);
  }
  return check(await modelOf(spec, c.doc), { previous });
}

export async function findingsOfCase(ruleId: RuleId, c: DocCase): Promise<Finding[]> {
  return (await checkCase(c)).findings.filter((f) => f.rule === ruleId);
}

/** Asserts exactly `expected`, in order, each matched with toMatchObject; `undefined` = absent. */
export function expectFindings(found: Finding[], expected: Array<Partial<Finding>>): void {
  const present = expected.map((f) =>
    Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)),
  );
  expect(found).toMatchObject(present);
  expected.forEach((f, i) => {
    const actual: Record<string, unknown> = { ...found[i] };
    for (const [k, v] of Object.entries(f)) {
      if (v === undefined) expect({ [k]: actual[k] }).toEqual({ [k]: undefined });
    }
  });
}

/** runRuleTests for cases that may change the DocSpec. */
export function runDocRuleTests(
  ruleId: RuleId,
  cases: { valid: DocCase[]; invalid: InvalidDocCase[] },
): void {
  describe(`${ruleId} (document edits)`, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        expect(await findingsOfCase(ruleId, c)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        expectFindings(await findingsOfCase(ruleId, c), c.findings);
      });
    }
  });
}

// ---------- DocSpec edits ----------

const TABLE_MARKERS: Record<TableKey, string> = {
  active: '信息内容',
  requests: '申请人情况',
  appeals: '结果维持',
};

function cellText(c: CellSpec): string {
  return typeof c === 'string' ? c : c.text;
}

/** The official table `key` of a built report (found by a label only it holds). */
export function docTable(d: DocSpec, key: TableKey): TableSpec {
  for (const b of d.blocks) {
    if (
      'table' in b &&
      b.table.rows.some((row) => row.some((c) => cellText(c) === TABLE_MARKERS[key]))
    )
      return b.table;
  }
  throw new Error(`no ${key} table in the document`);
}

/** Inserts `row` into table `key` right after the row whose cells include `after`. */
export function insertRowAfter(
  key: TableKey,
  after: string,
  row: CellSpec[],
): (d: DocSpec) => void {
  return (d) => {
    const t = docTable(d, key);
    const i = t.rows.findIndex((r) => r.some((c) => cellText(c) === after));
    if (i < 0) throw new Error(`no row “${after}” in ${key}`);
    t.rows.splice(i + 1, 0, row);
  };
}

/** Removes the body paragraph whose text is `text` (throws when there is none). */
export function removeParagraph(text: string): (d: DocSpec) => void {
  return (d) => {
    const i = d.blocks.findIndex((b: BlockSpec) => 'p' in b && b.p === text);
    if (i < 0) throw new Error(`no paragraph “${text}”`);
    d.blocks.splice(i, 1);
  };
}

/** Appends a row to table `key`. */
export function appendRow(key: TableKey, row: CellSpec[]): (d: DocSpec) => void {
  return (d) => {
    docTable(d, key).rows.push(row);
  };
}

/** Runs several DocSpec edits in order. */
export function allDoc(...edits: Array<(d: DocSpec) => void>): (d: DocSpec) => void {
  return (d) => edits.forEach((e) => e(d));
}
