// The Word host against a fake Word over the .docx fixtures: same model and findings as the .docx
// host, constant round trips, reversible marks, fixes that touch only their cells, inserts.
import * as fs from 'fs';
import * as path from 'path';
import { check, findingId } from '../../../src/core/check';
import type { DocModel, DocTable } from '../../../src/core/model';
import { readDocx } from '../../../src/hosts/docx/read';
import { createWordHost, IGNORES_SETTING } from '../../../src/hosts/word';
import { readDocument } from '../../../src/hosts/word/read';
import type { CheckOutcome } from '../../../src/hosts/pane-host';
import { FakeDocument, fakeEnv } from './fakeWord';
import { ancestors, childEls, serialize, type XElement } from './xmlTree';
import { FIXTURES, fixture, generated } from './helpers';

const NAMES = [
  'clean-2019.docx',
  'clean-2021.docx',
  'seed-000.docx',
  'seed-001.docx',
  'seed-002.docx',
  'seed-004.docx',
];

function findingsOf(o: CheckOutcome) {
  return o.kind === 'report' || o.kind === 'no-tables' ? o.findings : [];
}

/** The model without source spans (Word's are offsets into each table's own package). */
function plain(model: DocModel): unknown {
  return JSON.parse(JSON.stringify(model, (k, v: unknown) => (k === 'src' ? undefined : v)));
}

function tableTexts(t: DocTable): string[][] {
  return t.rows.map((r) => r.cells.map((c) => c.text));
}

/** The top-level table cell (table, row, index in row) as a node of the fake's tree. */
function cellNode(doc: FakeDocument, table: number, row: number, cell: number): XElement {
  const top = doc.tables().filter((t) => !ancestors(t).some((a) => a.name === 'w:tbl'));
  const tr = childEls(top[table], 'w:tr')[row];
  const tc = tr && childEls(tr, 'w:tc')[cell];
  if (!tc) throw new Error('no such cell');
  return tc;
}

/** The document's XML with one cell cut out (so that a fix can be shown to touch nothing else). */
function outsideCell(doc: FakeDocument, table: number, row: number, cell: number): string {
  const tc = cellNode(doc, table, row, cell);
  const saved = { open: tc.open, children: tc.children, selfClosing: tc.selfClosing };
  Object.assign(tc, { open: '<CUT/>', children: [], selfClosing: true });
  const xml = doc.xml();
  Object.assign(tc, saved);
  return xml;
}

describe('reading Word', () => {
  test.each(NAMES)('%s: the same model and findings as the .docx host', async (name) => {
    const bytes = fs.readFileSync(path.join(FIXTURES, name));
    const docx = await readDocx(bytes);
    const doc = await FakeDocument.fromDocx(bytes);
    const snapshot = await fakeEnv(doc).run((ctx) => readDocument(ctx));
    expect(snapshot.model.paragraphs.map((p) => [p.text, p.numText ?? null])).toEqual(
      docx.model.paragraphs.map((p) => [p.text, p.numText ?? null]),
    );
    expect(snapshot.model.tables.map(tableTexts)).toEqual(docx.model.tables.map(tableTexts));
    expect(snapshot.model.blocks.map((b) => b.kind)).toEqual(docx.model.blocks.map((b) => b.kind));
    expect(plain({ ...snapshot.model, paragraphs: [], blocks: [] })).toEqual(
      plain({ ...docx.model, paragraphs: [], blocks: [] }),
    );
    const host = createWordHost(fakeEnv(doc));
    const outcome = await host.check();
    expect(findingsOf(outcome)).toEqual(check(docx.model).findings);
  });

  test('round trips per check do not grow with the document (2 pages vs 100 pages)', async () => {
    const small = await generated(5);
    const large = await generated(3000);
    expect(large.paragraphs().length).toBeGreaterThan(small.paragraphs().length + 2900);
    const syncs = async (doc: FakeDocument): Promise<number> => {
      await createWordHost(fakeEnv(doc)).check(); // first check may add marks
      const before = doc.syncs;
      await createWordHost(fakeEnv(doc)).check();
      return doc.syncs - before;
    };
    const [s, l] = [await syncs(small), await syncs(large)];
    expect(l).toBe(s);
    expect(s).toBeLessThanOrEqual(3);
  }, 60000);
});

describe('fixes', () => {
  test('a fix writes only its cells, in one sync after the read', async () => {
    const doc = await fixture('seed-004.docx');
    const host = createWordHost(fakeEnv(doc));
    const fixable = findingsOf(await host.check()).filter((f) => f.fix?.kind === 'set-cell');
    expect(fixable.length).toBeGreaterThan(0);
    await host.clearMarks();
    const target = fixable[0];
    const report = host.lastReport();
    const fix = target.fix as { table: 'requests'; row: string; column: string; value: string };
    const addr = report?.tables[fix.table]?.cells[`${fix.row}/${fix.column}`]?.addr;
    if (!addr) throw new Error('fix target not mapped');
    const outside = outsideCell(doc, addr.table, addr.row, addr.cell);
    const syncs = doc.syncs;
    await host.fix([target]);
    expect(doc.syncs - syncs).toBe(3); // read (2) + one write
    expect(outsideCell(doc, addr.table, addr.row, addr.cell)).toBe(outside);
    expect(serialize(cellNode(doc, addr.table, addr.row, addr.cell))).toContain(
      `>${fix.value}</w:t>`,
    );
    const again = findingsOf(await host.check());
    expect(again.map(findingId)).not.toContain(findingId(target));
  });

  test('inserting 六 into seed-004 clears section-missing and adds only its placeholder', async () => {
    const doc = await fixture('seed-004.docx');
    const host = createWordHost(fakeEnv(doc));
    const first = findingsOf(await host.check());
    const missing = first.filter((f) => f.rule === 'section-missing' && f.section === 's6');
    expect(missing).toHaveLength(1);
    await host.insertMissing(missing);
    const after = findingsOf(await host.check());
    expect(after.filter((f) => f.rule === 'section-missing')).toEqual(
      first.filter((f) => f.rule === 'section-missing' && f.section !== 's6'),
    );
    const ids = new Set(first.map(findingId));
    expect(after.filter((f) => !ids.has(findingId(f)))).toMatchObject([
      { rule: 'section-placeholder', section: 's6' },
    ]);
  });
});

describe('select, ignores, watch', () => {
  test('select puts the selection in the finding cell', async () => {
    const doc = await fixture('seed-004.docx');
    const host = createWordHost(fakeEnv(doc));
    const cellFinding = findingsOf(await host.check()).find((f) => f.row && f.column);
    expect(cellFinding).toBeDefined();
    if (!cellFinding) return;
    await host.select(cellFinding);
    expect(doc.selection?.kind).toBe('cell');
    const report = host.lastReport();
    const t = cellFinding.table ? report?.tables[cellFinding.table] : undefined;
    expect(doc.selection?.text).toBe(t?.cells[`${cellFinding.row}/${cellFinding.column}`]?.text);
  });

  test('select goes where core/locate points: a balance to its first related cell, as in the checker', async () => {
    const doc = await fixture('error-balance.docx');
    const host = createWordHost(fakeEnv(doc));
    const balance = findingsOf(await host.check()).find((f) => f.rule === 'balance');
    const first = balance?.related?.[0];
    if (!balance || !first) throw new Error('error-balance.docx has no balance finding with cells');
    await host.select(balance);
    expect(doc.selection?.kind).toBe('cell');
    const cell = host.lastReport()?.tables[first.table]?.cells[`${first.row}/${first.column}`];
    expect(cell).toBeDefined();
    expect(doc.selection?.text).toBe(cell?.text);
  });

  test('ignores are kept in the document settings and drop findings', async () => {
    const doc = await fixture('seed-004.docx');
    const host = createWordHost(fakeEnv(doc));
    const findings = findingsOf(await host.check());
    expect(await host.loadIgnores()).toEqual([]);
    await host.saveIgnores([findingId(findings[0])]);
    expect(doc.savedSettings.get(IGNORES_SETTING)).toEqual([findingId(findings[0])]);
    const again = findingsOf(await createWordHost(fakeEnv(doc)).check());
    expect(again.map(findingId)).not.toContain(findingId(findings[0]));
  });

  test("edits re-check once after the debounce; the add-in's own writes do not", async () => {
    const doc = await fixture('seed-004.docx');
    jest.useFakeTimers();
    try {
      const host = createWordHost(fakeEnv(doc));
      const callback = jest.fn();
      const off = host.onChange?.(callback) ?? (() => undefined);
      await jest.advanceTimersByTimeAsync(10);
      await host.check(); // writes marks: the fake reports that as a paragraph change
      await doc.emit('ParagraphChanged'); // and one more echo, arriving late
      await jest.advanceTimersByTimeAsync(2000);
      expect(callback).not.toHaveBeenCalled();
      await doc.userEdits(2, '用户修改了这一段。');
      await doc.userEdits(2, '用户又修改了这一段。');
      await jest.advanceTimersByTimeAsync(900);
      expect(callback).toHaveBeenCalledTimes(1);
      off();
      await jest.advanceTimersByTimeAsync(10);
      await doc.userEdits(2, '停止监听之后。');
      await jest.advanceTimersByTimeAsync(2000);
      expect(callback).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  test('without WordApi 1.6 the selection event drives re-checks', async () => {
    const doc = await fixture('clean-2021.docx');
    const env = fakeEnv(doc, { wordApi: '1.3' });
    const subscribe = jest.spyOn(env, 'onSelectionChanged');
    const off = createWordHost(env).onChange?.(() => undefined);
    expect(subscribe).toHaveBeenCalledTimes(1);
    off?.();
  });
});
