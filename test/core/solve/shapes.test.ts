// The sum errors real reports have (the trust issue's classes 1–3), on committed fixtures: the
// exact findings, and what `gouji fix` writes — never a corroborated or written total.

import { readFileSync } from 'fs';
import path from 'path';
import { fixDocx } from '../../../src/cli/fix';
import { check } from '../../../src/core/check';
import { REQUESTS_COLUMNS, requestsRows } from '../../../src/core/format';
import { cellKey, type Report } from '../../../src/core/report';
import { readDocx } from '../../../src/hosts/docx/read';

const load = (name: string) => readDocx(readFileSync(path.join(__dirname, '../../fixtures', name)));

function requestsTexts(report: Report): Record<string, string> {
  const t = report.tables.requests;
  const out: Record<string, string> = {};
  for (const r of requestsRows(2019))
    for (const c of REQUESTS_COLUMNS)
      out[`${r.key}/${c.key}`] = t?.cells[cellKey(r.key, c.key)]?.text.trim() ?? '(missing)';
  return out;
}

test('only the 总计 column filled: blanks under a non-zero total get no value, and no total is touched', async () => {
  const file = await load('sums-totals-only.docx');
  const { report, findings } = check(file.model);
  const totals = requestsTexts(report);
  expect(findings).toHaveLength(138);
  expect(findings.every((f) => f.rule === 'cell-blank')).toBe(true);
  expect(findings.some((f) => f.message.includes('表中为 0'))).toBe(false);
  for (const f of findings) {
    const rowTotal = Number(totals[`${f.row}/total`]);
    if (f.row !== 'total' && rowTotal === 0) {
      // A written total of 0 determines its parts.
      expect(f.fix).toEqual({
        kind: 'set-cell',
        safe: true,
        table: 'requests',
        row: f.row,
        column: f.column,
        value: '0',
      });
    } else {
      expect({ cell: `${f.row}/${f.column}`, fix: f.fix, expected: f.expected }).toEqual({
        cell: `${f.row}/${f.column}`,
        fix: undefined,
        expected: undefined,
      });
    }
  }
  const { file: fixed } = await fixDocx(file, false);
  const after = requestsTexts(check(fixed.model).report);
  for (const r of requestsRows(2019)) {
    expect([r.key, after[`${r.key}/total`]]).toEqual([r.key, totals[`${r.key}/total`]]);
  }
  // Only blanks changed, and only to the 0 their written total of 0 determines.
  for (const [k, v] of Object.entries(after)) {
    if (v !== totals[k]) expect([k, totals[k], v]).toEqual([k, '', '0']);
  }
});

test('results above a （七）总计 that the balance vouches for: one column-total, no fix, the result rows named', async () => {
  const file = await load('sums-corroborated-total.docx');
  const { findings } = check(file.model);
  expect(findings).toHaveLength(1);
  const [f] = findings;
  expect(f).toMatchObject({
    rule: 'column-total',
    row: 'total',
    column: 'natural',
    expected: '43',
    actual: '37',
  });
  expect(f?.fix).toBeUndefined();
  expect(f?.message).toContain('印证了“表三 （七）总计 › 自然人”，差额应在分项中');
  expect(
    f?.related?.every((r) => r.row !== 'total' && r.row !== 'new' && r.row !== 'forward'),
  ).toBe(true);
  const { edits } = await fixDocx(file, false);
  expect(edits).toEqual([]);
});

test('a −2 in a result row: one cell-negative, fixed to the value the table determines, then clean', async () => {
  const file = await load('sums-negative-cell.docx');
  const { findings } = check(file.model);
  expect(findings).toEqual([
    expect.objectContaining({
      rule: 'cell-negative',
      row: 'rejected.2',
      column: 'natural',
      expected: '1',
      actual: '-2',
      fix: {
        kind: 'set-cell',
        safe: true,
        table: 'requests',
        row: 'rejected.2',
        column: 'natural',
        value: '1',
      },
    }),
  ]);
  const { after } = await fixDocx(file, false);
  expect(after.findings).toEqual([]);
});
