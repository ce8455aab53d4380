// Tables nested in a layout table are found, classified and mapped; their cells carry a path the
// .docx writer resolves, so that `fix` writes the nested cell and nothing else.

import { check } from '../../../src/core/check';
import { LIMIT_MESSAGES, MAX_TABLE_NESTING } from '../../../src/core/limits';
import { addrKey, planFixes } from '../../../src/core/fix';
import { applyPlan, readDocx, saveDocx } from '../../../src/hosts/docx';
import { nestEachTable, nestInLayoutTable } from '../../fixtures/shapes';
import { cleanReport, reportToDocSpec, type ReportSpec } from '../../fixtures/report';
import { buildDocx, type DocSpec } from '../../fixtures/spec';

async function read(spec: ReportSpec, shape: (d: DocSpec) => DocSpec) {
  return readDocx(await buildDocx(shape(reportToDocSpec(spec))));
}

describe('tables nested in a layout table', () => {
  it('a clean report inside a one-cell layout table: all three tables mapped, no finding', async () => {
    const file = await read(cleanReport(2019), nestInLayoutTable);
    expect(file.model.tables).toHaveLength(1);
    const { report, findings } = check(file.model);
    expect(findings).toEqual([]);
    expect(Object.keys(report.tables).sort()).toEqual(['active', 'appeals', 'requests']);
    expect(report.sections.map((s) => s.found)).toEqual([true, true, true, true, true, true]);
    // The second table inside the layout cell (0, 0) of top-level table 0.
    expect(report.tables.requests?.cells['new/total']?.addr).toEqual({
      table: 0,
      row: 3,
      cell: 7,
      path: [{ row: 0, cell: 0, table: 1 }],
    });
    expect(report.tables.requests?.cells['new/total']?.text).toBe('45');
    expect(report.tables.requests?.tables).toEqual([0]);
  });

  it('each table in its own layout table, headings in the body: no finding', async () => {
    const file = await read(cleanReport(2021), nestEachTable);
    expect(file.model.tables).toHaveLength(3);
    expect(check(file.model).findings).toEqual([]);
  });

  it('a wrong total in a nested table is found, and fix writes that nested cell only', async () => {
    const spec = cleanReport(2019);
    const row = spec.requests.granted;
    if (!row) throw new Error('no granted row');
    const written = row.total;
    row.total = '17';
    const file = await read(spec, nestInLayoutTable);
    const { report, findings } = check(file.model);
    expect(findings.map((f) => [f.rule, f.row, f.column, f.fix?.kind])).toEqual([
      ['row-total', 'granted', 'total', 'set-cell'],
    ]);
    const plan = planFixes(report, findings);
    expect(plan.edits).toHaveLength(1);
    const edit = plan.edits[0];
    if (edit?.kind !== 'set-cell') throw new Error('expected a set-cell edit');
    expect(addrKey(edit.addr)).toBe('0>0:0:1>5:8');
    const fixed = await readDocx(Buffer.from(await saveDocx(applyPlan(file, plan))));
    const after = check(fixed.model);
    expect(after.findings).toEqual([]);
    expect(after.report.tables.requests?.cells['granted/total']?.text).toBe(written);
    // The layout cell's own text is untouched: only the nested cell changed.
    expect(fixed.model.tables[0]?.rows[0]?.cells[0]?.text).toBe(
      file.model.tables[0]?.rows[0]?.cells[0]?.text,
    );
  });

  it('headings inside the layout cell: a misspelled one is shown without a rename, disorder is found', async () => {
    const spec = cleanReport(2019);
    spec.headings = { s4: '四、政府信息公开行政法复议、行政诉讼情况' };
    spec.order = ['s1', 's2', 's3', 's5', 's4', 's6'];
    const { findings } = check((await read(spec, nestInLayoutTable)).model);
    expect(findings.map((f) => [f.rule, f.section, f.fix])).toEqual([
      ['section-title', 's4', undefined],
      ['section-order', 's5', undefined],
    ]);
  });

  it(`tables nested deeper than ${MAX_TABLE_NESTING} levels: not read, and no template inserted over them`, async () => {
    const deep = (d: DocSpec): DocSpec => {
      let out = nestEachTable(d);
      for (let i = 1; i <= MAX_TABLE_NESTING; i++) out = nestEachTable(out);
      return out;
    };
    const file = await read(cleanReport(2021), deep);
    const { report, findings } = check(file.model);
    expect(Object.keys(report.tables)).toEqual([]);
    expect(findings.map((f) => [f.rule, f.section, f.message, f.fix])).toEqual(
      (['s2', 's3', 's4'] as const).map((s, i) => [
        'table-missing',
        s,
        `“${['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'][i]}”部分缺少规定的表格（${LIMIT_MESSAGES.nesting}，请核对）`,
        undefined,
      ]),
    );
    expect(planFixes(report, findings).edits).toEqual([]);
  });
});
