// The WPS host against the .docx host, through the fake WPS over every readable fixture: the same
// model (source offsets aside: the flat package holds document.xml without its XML declaration),
// the same findings, read in one call; and its writes: marks cleared byte for byte (also after
// reopening), a fix touching only its cells, an insert of 六 that leaves no section-missing.
import { readFileSync } from 'fs';
import * as path from 'path';
import { check, findingId } from '../../../src/core/check';
import type { Finding } from '../../../src/core/finding';
import { cellAddress } from '../../../src/core/fix';
import { outcomeOf } from '../../../src/core/outcome';
import type { DocModel } from '../../../src/core/model';
import { readDocx } from '../../../src/hosts/docx/read';
import { createWpsHost } from '../../../src/hosts/wps';
import { readWps } from '../../../src/hosts/wps/read';
import { FIXTURES_DIR, fixtureList } from '../../fixtures/fixtures';
import { FakeWps } from './fake';

const readable = fixtureList().fixtures.flatMap((f) =>
  f.expects === 'unreadable' ? [] : [f.name],
);

function withoutSpans(model: DocModel): unknown {
  return JSON.parse(JSON.stringify(model, (k, v: unknown) => (k === 'src' ? undefined : v)));
}

async function docxModel(name: string): Promise<DocModel> {
  return (await readDocx(readFileSync(path.join(FIXTURES_DIR, name)))).model;
}

async function fake(name: string): Promise<FakeWps> {
  return FakeWps.fromDocx(path.join(FIXTURES_DIR, name));
}

/** document.xml's tc elements in order (top-level and nested), to see which ones changed. */
function cells(xml: string): string[] {
  return xml.match(/<w:tc>[\s\S]*?<\/w:tc>|<w:tc [\s\S]*?<\/w:tc>/g) ?? [];
}

describe('reads like the .docx host', () => {
  test.each(readable)('%s', async (name) => {
    const wps = await fake(name);
    const expected = await docxModel(name);
    const snapshot = readWps(wps.app.ActiveDocument);
    expect(snapshot.path).toBe('document');
    expect(withoutSpans(snapshot.model)).toEqual(withoutSpans(expected));

    const host = createWpsHost(wps.app, wps.addon);
    const outcome = await host.check();
    const want = check(expected);
    expect(outcome).toEqual(outcomeOf(want.report, want.findings));
    // One read of the whole document per check, and nothing read cell by cell.
    expect(wps.count('Document.WordOpenXML')).toBe(2);
    expect(wps.count('Range.Text')).toBe(0);
    expect(host.lastReadPath()).toBe('document');

    // Whatever it marked (cells' shading, paragraphs' highlight), clearing puts back every byte.
    await host.clearMarks();
    expect(wps.documentXml()).toBe((await fake(name)).documentXml());
    expect([...wps.variables.keys()]).toEqual([]);
  });
});

describe('reading paths', () => {
  test('Content.WordOpenXML when Document.WordOpenXML is missing', async () => {
    const wps = new FakeWps((await fake('clean-2021.docx')).parts(), { documentXml: false });
    const snapshot = readWps(wps.app.ActiveDocument);
    expect(snapshot.path).toBe('content');
    expect(withoutSpans(snapshot.model)).toEqual(withoutSpans(await docxModel('clean-2021.docx')));
    expect(wps.count('Range.WordOpenXML')).toBe(1);
  });

  test('the object model when neither package is there: same paragraphs and cell texts', async () => {
    const wps = new FakeWps((await fake('clean-2021.docx')).parts(), {
      documentXml: false,
      contentXml: false,
    });
    const snapshot = readWps(wps.app.ActiveDocument);
    expect(snapshot.path).toBe('object-model');
    const expected = await docxModel('clean-2021.docx');
    expect(snapshot.model.paragraphs.map((p) => p.text)).toEqual(
      expected.paragraphs.map((p) => p.text),
    );
    const texts = (m: DocModel) =>
      m.tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
    expect(texts(snapshot.model)).toEqual(texts(expected));
  });
});

describe('writes', () => {
  test('check marks flagged cells; clearing restores document.xml exactly, also after reopening', async () => {
    const wps = await fake('error-cell-blank.docx');
    const original = wps.documentXml();
    const host = createWpsHost(wps.app, wps.addon);
    const outcome = await host.check();
    expect(outcome.kind).toBe('report');
    const marked = wps.documentXml();
    expect(marked).not.toBe(original);
    expect(marked).toContain('w:fill="D13438"');
    expect([...wps.variables.keys()].some((k) => k.startsWith('gouji-mark:'))).toBe(true);
    // Each action is one undo step.
    expect(wps.undoRecords).toEqual(['start:勾稽：标记', 'end']);

    // A re-check clears and redraws: the same marks, not stacked ones.
    await host.check();
    expect(wps.documentXml()).toBe(marked);

    const reopened = wps.reopen();
    await createWpsHost(reopened.app, reopened.addon).clearMarks();
    expect(reopened.documentXml()).toBe(original);
    expect([...reopened.variables.keys()]).toEqual([]);

    await host.clearMarks();
    expect(wps.documentXml()).toBe(original);
  });

  test('a prose finding highlights its paragraph; clearing removes the highlight', async () => {
    const wps = await fake('error-text-table-mismatch.docx');
    const original = wps.documentXml();
    const host = createWpsHost(wps.app, wps.addon);
    await host.check();
    expect([...wps.variables.keys()]).toEqual(['gouji-mark:p4']);
    expect(wps.documentXml().match(/<w:highlight w:val="[a-z]+"\/>/g)).toEqual([
      '<w:highlight w:val="magenta"/>',
    ]);
    await host.clearMarks();
    expect(wps.documentXml()).toBe(original);
  });

  test('a mark the user recoloured is left alone when clearing', async () => {
    const wps = await fake('error-cell-blank.docx');
    const host = createWpsHost(wps.app, wps.addon);
    await host.check();
    const [name, value] = [...wps.variables].find(([k]) => k.startsWith('gouji-mark:'))!;
    const stored = JSON.parse(value) as { table: number; row: number; cell: number };
    const shading = wps.app.ActiveDocument.Tables.Item(stored.table + 1).Cell(
      stored.row + 1,
      stored.cell + 1,
    ).Shading;
    shading.BackgroundPatternColor = 0x00ff00 as Wps.WdColor;
    await host.clearMarks();
    expect(shading.BackgroundPatternColor).toBe(0x00ff00);
    expect(wps.variables.has(name)).toBe(false);
  });

  test('a fix changes only its cells, and undo writes the old values back', async () => {
    const wps = await fake('error-row-total.docx');
    const host = createWpsHost(wps.app, wps.addon);
    const outcome = await host.check();
    if (outcome.kind !== 'report') throw new Error(outcome.kind);
    const fixable = outcome.findings.filter((f: Finding) => f.fix?.kind === 'set-cell');
    expect(fixable.length).toBeGreaterThan(0);
    await host.clearMarks();
    const before = cells(wps.documentXml());
    await host.fix([fixable[0]]);
    const after = cells(wps.documentXml());
    expect(after.length).toBe(before.length);
    const changed = after.flatMap((c, i) => (c === before[i] ? [] : [i]));
    // One set-cell fix: one cell, written once, holding the fix's value.
    expect(changed.length).toBe(1);
    const fix = fixable[0].fix;
    if (fix?.kind !== 'set-cell') throw new Error('not a set-cell fix');
    expect(after[changed[0]]).toContain(`>${fix.value}</w:t>`);
    expect(wps.count('Range.Text=')).toBe(1);

    // The finding is gone after the fix.
    const recheck = await host.check();
    if (recheck.kind !== 'report') throw new Error(recheck.kind);
    expect(recheck.findings.map(findingId)).not.toContain(findingId(fixable[0]));

    await host.clearMarks();
    expect(host.canUndo?.()).toBe(true);
    await host.undo?.();
    expect(cells(wps.documentXml())).toEqual(before);
    expect(host.canUndo?.()).toBe(false);
  });

  test('undo refuses when the user changed a fixed cell since', async () => {
    const wps = await fake('error-row-total.docx');
    const host = createWpsHost(wps.app, wps.addon);
    const outcome = await host.check();
    if (outcome.kind !== 'report') throw new Error(outcome.kind);
    const f = outcome.findings.find((x) => x.fix?.kind === 'set-cell')!;
    await host.fix([f]);
    if (f.fix?.kind !== 'set-cell') throw new Error('not a set-cell fix');
    const at = cellAddress(host.lastReport()!, f.fix)!;
    wps.userSetsCell(at.table, at.row, at.cell, '999');
    await expect(host.undo!()).rejects.toThrow('无法撤销');
  });

  test('inserting 六 and re-checking leaves no section-missing', async () => {
    const wps = await fake('error-section-missing.docx');
    const host = createWpsHost(wps.app, wps.addon);
    const outcome = await host.check();
    if (outcome.kind !== 'report') throw new Error(outcome.kind);
    const missing = outcome.findings.filter((f) => f.rule === 'section-missing');
    expect(missing.length).toBeGreaterThan(0);
    await host.insertMissing(missing);
    expect(wps.count('Range.InsertXML')).toBe(missing.length);
    const recheck = await host.check();
    if (recheck.kind !== 'report') throw new Error(recheck.kind);
    expect(recheck.findings.filter((f) => f.rule === 'section-missing')).toEqual([]);
    // The .docx host reads the written document the same way.
    const again = check(readWps(wps.app.ActiveDocument).model);
    expect(again.findings.filter((f) => f.rule === 'section-missing')).toEqual([]);
    expect(host.canUndo?.()).toBe(false);
  });

  test('ignores are kept in Document.Variables', async () => {
    const wps = await fake('error-cell-blank.docx');
    const host = createWpsHost(wps.app, wps.addon);
    const outcome = await host.check();
    if (outcome.kind !== 'report') throw new Error(outcome.kind);
    const id = findingId(outcome.findings[0]);
    await host.saveIgnores([id]);
    expect(wps.variables.get('gouji.ignores')).toBe(JSON.stringify([id]));
    const reopened = createWpsHost(wps.reopen().app);
    expect(await reopened.loadIgnores()).toEqual([id]);
    const recheck = await host.check();
    if (recheck.kind !== 'report') throw new Error(recheck.kind);
    expect(recheck.findings.map(findingId)).not.toContain(id);
  });

  test('locate selects the finding cell and scrolls to it', async () => {
    const wps = await fake('error-cell-blank.docx');
    const host = createWpsHost(wps.app, wps.addon);
    const outcome = await host.check();
    if (outcome.kind !== 'report') throw new Error(outcome.kind);
    const f = outcome.findings.find((x) => x.rule === 'cell-blank')!;
    await host.select(f);
    expect(wps.selection).toBeDefined();
    expect(wps.count('Range.Select')).toBe(1);
    expect(wps.count('Window.ScrollIntoView')).toBe(1);
  });
});

describe('headings', () => {
  test('a rename replaces only the heading paragraph, keeping its properties; undo puts it back', async () => {
    const wps = await fake('error-section-title.docx');
    const host = createWpsHost(wps.app, wps.addon);
    const outcome = await host.check();
    if (outcome.kind !== 'report') throw new Error(outcome.kind);
    await host.clearMarks();
    const before = wps.documentXml();
    const f = outcome.findings.find((x) => x.fix?.kind === 'rename-heading')!;
    if (f.fix?.kind !== 'rename-heading') throw new Error('no rename-heading fix');
    await host.fix([f]);
    const after = wps.documentXml();
    const paragraphs = (xml: string) => xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
    const changed = paragraphs(after).filter((p, i) => p !== paragraphs(before)[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain(`>${f.fix.value}</w:t>`);
    const recheck = await host.check();
    if (recheck.kind !== 'report') throw new Error(recheck.kind);
    expect(recheck.findings.map(findingId)).not.toContain(findingId(f));
    await host.clearMarks();
    await host.undo!();
    expect(wps.documentXml()).not.toBe(after);
    expect(check(readWps(wps.app.ActiveDocument).model).findings.map(findingId)).toContain(
      findingId(f),
    );
  });
});
