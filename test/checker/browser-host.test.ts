// The browser checker's host over real fixture files: its check is the engine's, its fixes land in
// the file it hands back, ignores survive in the file, and the outcome kinds come out right.

import { readFileSync } from 'fs';
import path from 'path';

import { check, findingId } from '../../src/core/check';
import type { Finding } from '../../src/core/finding';
import type { DocModel, DocParagraph } from '../../src/core/model';
import type { Mark } from '../../src/core/plan';
import { recognize } from '../../src/core/recognize';
import {
  addrKey,
  createDocxHost,
  marksOf,
  outcomeOf,
  placeOf,
  type FindingPlace,
} from '../../src/checker/browser-host';
import { readDocx, type DocxFile } from '../../src/hosts/docx/read';
import { saveDocx } from '../../src/hosts/docx/write';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const load = (name: string) => readDocx(readFileSync(path.join(FIXTURES, name)));

function cellText(file: DocxFile, addr: { table: number; row: number; cell: number }): string {
  return file.model.tables[addr.table].rows[addr.row].cells[addr.cell].text;
}

describe('createDocxHost', () => {
  it('checks like the engine and reports the marks to highlight', async () => {
    const file = await load('seed-004.docx');
    const marks: Mark[][] = [];
    const host = createDocxHost(file, () => undefined, { onMarks: (m) => marks.push(m) });
    const outcome = await host.check();
    const expected = check(file.model).findings;
    expect(outcome.kind).toBe('report');
    if (outcome.kind !== 'report') return;
    expect(outcome.year).toBe(2020);
    expect(outcome.formatVersion).toBe(2019);
    expect(outcome.findings).toEqual(expected);
    expect(marks).toHaveLength(1);
    expect(marks[0].length).toBeGreaterThan(0);
    for (const m of marks[0]) expect(m.cell ?? m.paragraph).toBeDefined();
  });

  it('fixes a cell in the file it hands back, and the next check no longer finds it', async () => {
    const file = await load('seed-004.docx');
    let changed: DocxFile | null = null;
    const host = createDocxHost(file, (f) => (changed = f));
    const outcome = await host.check();
    if (outcome.kind !== 'report') throw new Error(outcome.kind);
    const f = outcome.findings.find((x) => x.fix?.kind === 'set-cell') as Finding;
    expect(f).toBeDefined();
    const place = placeOf(recognize(file.model), f);
    expect(place.cells.length).toBeGreaterThan(0);

    await host.fix([f]);
    expect(changed).not.toBeNull();
    const fixed = changed as unknown as DocxFile;
    if (f.fix?.kind !== 'set-cell') throw new Error('not a set-cell fix');
    const { value } = f.fix;
    const addr = recognize(file.model).tables[f.fix.table]?.cells[`${f.fix.row}/${f.fix.column}`]
      ?.addr;
    if (!addr) throw new Error('fix target not mapped');
    expect(cellText(fixed, addr)).toBe(value);

    const again = await host.check();
    if (again.kind !== 'report') throw new Error(again.kind);
    expect(again.findings.map(findingId)).not.toContain(findingId(f));
    // The saved bytes read back to the same fix.
    const reread = await readDocx(await saveDocx(fixed));
    expect(cellText(reread, addr)).toBe(value);
  });

  it('remembers ignores in the file and drops those findings from the check', async () => {
    const file = await load('seed-000.docx');
    let current = file;
    const host = createDocxHost(file, (f) => (current = f));
    const first = await host.check();
    if (first.kind !== 'report') throw new Error(first.kind);
    const id = findingId(first.findings[0]);
    expect(await host.loadIgnores()).toEqual([]);
    await host.saveIgnores([id]);
    expect(await host.loadIgnores()).toEqual([id]);
    const second = await host.check();
    if (second.kind !== 'report') throw new Error(second.kind);
    expect(second.findings.map(findingId)).not.toContain(id);
    expect(second.findings).toHaveLength(first.findings.length - 1);
    // A new host over the saved file still knows them.
    const reopened = createDocxHost(await readDocx(await saveDocx(current)), () => undefined);
    expect(await reopened.loadIgnores()).toEqual([id]);
  });

  it('locates a finding through onSelect with the address of its cell', async () => {
    const file = await load('seed-000.docx');
    const places: FindingPlace[] = [];
    const host = createDocxHost(file, () => undefined, { onSelect: (p) => places.push(p) });
    const outcome = await host.check();
    if (outcome.kind !== 'report') throw new Error(outcome.kind);
    const f = outcome.findings.find((x) => x.rule === 'row-total') as Finding;
    await host.select(f);
    expect(places).toHaveLength(1);
    const report = recognize(file.model);
    const culprit = f.culprit ?? { table: f.table, row: f.row, column: f.column };
    const cell =
      report.tables[culprit.table as 'requests']?.cells[`${culprit.row}/${culprit.column}`];
    expect(addrKey(places[0].cells[0])).toBe(addrKey(cell!.addr));
  });

  it('clears marks: the file is handed back and the highlights go', async () => {
    const file = await load('seed-000.docx');
    const marks: Mark[][] = [];
    let changed = 0;
    const host = createDocxHost(file, () => changed++, { onMarks: (m) => marks.push(m) });
    await host.check();
    await host.clearMarks();
    expect(marks.at(-1)).toEqual([]);
    expect(changed).toBe(1);
  });

  it('inserts the missing tables of a report without tables', async () => {
    const file = await load('broken/no-tables.docx');
    let current = file;
    const host = createDocxHost(file, (f) => (current = f));
    const outcome = await host.check();
    expect(outcome.kind).toBe('no-tables');
    if (outcome.kind !== 'no-tables') return;
    expect(outcome.findings.map((f) => f.rule)).toEqual([
      'table-missing',
      'table-missing',
      'table-missing',
    ]);
    await host.insertMissing(outcome.findings);
    expect(current.model.tables.length).toBe(3);
    const after = await host.check();
    expect(after.kind).toBe('report');
  });
});

describe('outcomeOf', () => {
  it('calls a document without anything of a report "not a report"', () => {
    const p: DocParagraph = {
      kind: 'paragraph',
      index: 0,
      text: '会议通知：请各科室于周五前提交材料。',
    };
    const model: DocModel = { blocks: [p], paragraphs: [p], tables: [] };
    const report = recognize(model);
    expect(outcomeOf(report, check(model).findings)).toEqual({ kind: 'not-report' });
  });
});

describe('marksOf', () => {
  it('marks the section headings when no finding names a cell or paragraph', async () => {
    const file = await load('broken/no-tables.docx');
    const { report, findings } = check(file.model);
    expect(findings.every((f) => f.paragraph === undefined && !f.row)).toBe(true);
    const headings = findings.map(
      (f) => report.sections.find((s) => s.key === f.section)?.paragraph,
    );
    expect(marksOf(report, findings).map((m) => m.paragraph)).toEqual(headings);
    expect(headings.every((p) => p !== undefined)).toBe(true);
  });
});

describe('edits the writer leaves alone', () => {
  it('a cell holding a field: 修复 changes nothing and the host says why', async () => {
    // error-row-total's safe fix writes 16 into table 2, row 6, cell 9; here that value is a field's.
    const original = await load('error-row-total.docx');
    const src = original.model.tables[1]?.rows[5]?.cells[8]?.src;
    if (!src) throw new Error('no src');
    const cell = original.documentXml.slice(src.start, src.end);
    const valueRun = /<w:r>.*<\/w:r>/.exec(cell)?.[0] ?? '';
    const withField = cell.replace(
      valueRun,
      `<w:fldSimple w:instr=" =SUM(LEFT) ">${valueRun}</w:fldSimple>`,
    );
    const file = await readDocx(
      await saveDocx({
        ...original,
        documentXml: original.documentXml.replace(cell, withField),
      }),
    );
    let changed = 0;
    const host = createDocxHost(file, () => changed++);
    const { findings } = check(file.model);
    await host.fix(findings.filter((f) => f.fix?.safe));
    expect(host.skipped?.()).toEqual([
      '表格 2 第 6 行第 9 格含有域，自动修改会使其丢失，未修改；请手动改为“16”。',
    ]);
    // Nothing was written: no new file, and nothing for 撤销 to take back.
    expect(changed).toBe(0);
    expect(host.canUndo?.()).toBe(false);
    await host.fix([]);
    expect(host.skipped?.()).toEqual([]);
  });
});

describe('撤销 (undo)', () => {
  it('puts back the file before the last fix and insert: the same saved bytes, the same findings', async () => {
    const file = await load('seed-004.docx');
    let current = file;
    const host = createDocxHost(file, (f) => (current = f));
    const before = await saveDocx(file);
    const first = await host.check();
    if (first.kind !== 'report') throw new Error(first.kind);
    expect(host.canUndo?.()).toBe(false);

    const safe = first.findings.filter((f) => f.fix?.safe === true);
    expect(safe.length).toBeGreaterThan(0);
    await host.fix(safe);
    const afterFix = await saveDocx(current);
    const inserts = first.findings.filter((f) => f.fix?.kind === 'insert-section');
    expect(inserts.length).toBeGreaterThan(0);
    await host.insertMissing(inserts);
    expect(host.canUndo?.()).toBe(true);
    expect(Buffer.from(await saveDocx(current)).equals(Buffer.from(afterFix))).toBe(false);

    await host.undo?.();
    expect(Buffer.from(await saveDocx(current)).equals(Buffer.from(afterFix))).toBe(true);
    await host.undo?.();
    expect(Buffer.from(await saveDocx(current)).equals(Buffer.from(before))).toBe(true);
    expect(host.canUndo?.()).toBe(false);
    const again = await host.check();
    expect(again).toEqual(first);
    await expect(host.undo?.()).rejects.toThrow('没有可以撤销的修改。');
  });

  it('a change of another kind (ignores) empties the history rather than be undone with it', async () => {
    const host = createDocxHost(await load('seed-004.docx'), () => undefined);
    const outcome = await host.check();
    if (outcome.kind !== 'report') throw new Error(outcome.kind);
    await host.fix(outcome.findings.filter((f) => f.fix?.safe === true));
    expect(host.canUndo?.()).toBe(true);
    await host.saveIgnores([findingId(outcome.findings[0])]);
    expect(host.canUndo?.()).toBe(false);
  });
});
