// Marks on both platforms of the fake: flagged cells are shaded with their original recorded in
// the document's settings; writes are verified by re-reading; nothing is written when nothing
// changed; 清除标记 puts back what was there, also after save and reopen.
import * as fs from 'fs';
import * as path from 'path';
import { createWordHost, MARKS_SETTING } from '../../../src/hosts/word';
import { cellShading, parseRecord } from '../../../src/hosts/word/marks';
import { MARK_NOTICES, WHITE } from '../../../src/hosts/word/marking';
import { readDocument } from '../../../src/hosts/word/read';
import type { DocTable } from '../../../src/core/model';
import { FakeDocument, fakeEnv, type FakePlatform } from './fakeWord';
import { FIXTURES } from './helpers';

const PLATFORMS: FakePlatform[] = ['desktop', 'web'];

function open(name: string, platform: FakePlatform): Promise<FakeDocument> {
  return FakeDocument.fromDocx(fs.readFileSync(path.join(FIXTURES, name)), { platform });
}

function contents(t: DocTable): [string, number][][] {
  return t.rows.map((r) => r.cells.map((c) => [c.text, c.paragraphs.length]));
}

async function tablesOf(doc: FakeDocument) {
  return (await fakeEnv(doc).run((ctx) => readDocument(ctx))).model.tables.map(contents);
}

/** The cells the fake's XML shows shaded in the mark colours, as "table/row/cell". */
async function shaded(doc: FakeDocument): Promise<string[]> {
  const snap = await fakeEnv(doc).run((ctx) => readDocument(ctx));
  const out: string[] = [];
  snap.tableOoxml.forEach((pkg, t) =>
    cellShading(pkg).forEach((row, r) =>
      row.forEach((fill, c) => {
        if (fill === '#D13438' || fill === '#CA5010') out.push(`${t}/${r}/${c}`);
      }),
    ),
  );
  return out;
}

describe.each(PLATFORMS)('marks on Word %s', (platform) => {
  test('a check shades exactly the recorded cells and changes no text or paragraph', async () => {
    const doc = await open('seed-004.docx', platform);
    const before = await tablesOf(doc);
    const host = createWordHost(fakeEnv(doc));
    await host.check();
    const record = parseRecord(doc.savedSettings.get(MARKS_SETTING));
    expect(record.length).toBeGreaterThan(0);
    expect((await shaded(doc)).sort()).toEqual(
      record.map((c) => `${c.table}/${c.row}/${c.cell}`).sort(),
    );
    expect(record.every((c) => c.was === '')).toBe(true);
    expect(await tablesOf(doc)).toEqual(before);
    expect(host.skipped?.()).toEqual([]);
  });

  test('a second check with nothing changed writes nothing: 2 syncs, no undo entry', async () => {
    const doc = await open('seed-004.docx', platform);
    const host = createWordHost(fakeEnv(doc));
    await host.check();
    const [syncs, undo, xml] = [doc.syncs, doc.undoEntries, doc.xml()];
    await host.check();
    expect(doc.syncs - syncs).toBe(2);
    expect(doc.undoEntries).toBe(undo);
    expect(doc.xml()).toBe(xml);
  });

  test('marks are found and cleared after save and reopen', async () => {
    const first = await open('seed-004.docx', platform);
    const pristine = first.xml();
    await createWordHost(fakeEnv(first)).check();
    const reopened = first.reopen();
    const host = createWordHost(fakeEnv(reopened));
    await host.clearMarks();
    expect(await shaded(reopened)).toEqual([]);
    expect(parseRecord(reopened.savedSettings.get(MARKS_SETTING))).toEqual([]);
    if (platform === 'desktop') {
      expect(reopened.xml()).toBe(pristine);
      expect(host.skipped?.()).toEqual([]);
    } else {
      // The web cannot reset shading to none: white instead, and the user is told.
      expect(host.skipped?.()).toEqual([
        MARK_NOTICES.whitened(parseRecord(first.savedSettings.get(MARKS_SETTING)).length),
      ]);
      const white = '<w:shd w:val="clear" w:color="auto" w:fill="FFFFFF"/>';
      expect(reopened.xml().split(white).join('')).toBe(pristine);
    }
  });

  test('a cell already shaded gets its own colour back when cleared', async () => {
    const doc = await open('seed-004.docx', platform);
    const host = createWordHost(fakeEnv(doc));
    await host.check();
    const [target] = parseRecord(doc.savedSettings.get(MARKS_SETTING));
    await host.clearMarks();
    // The user shades the cell light blue, then checks and clears again.
    await fakeEnv(doc).run(async (ctx) => {
      const snap = await readDocument(ctx);
      snap.tables[target.table].getCellOrNullObject(target.row, target.cell).shadingColor =
        '#DDEEFF';
      await ctx.sync();
    });
    await host.check();
    const again = parseRecord(doc.savedSettings.get(MARKS_SETTING)).find(
      (c) => c.table === target.table && c.row === target.row && c.cell === target.cell,
    );
    expect(again?.was).toBe('#DDEEFF');
    await host.clearMarks();
    const snap = await fakeEnv(doc).run((ctx) => readDocument(ctx));
    expect(cellShading(snap.tableOoxml[target.table])[target.row][target.cell]).toBe('#DDEEFF');
  });

  test('Word counting cells by grid column: rows it counts differently get no mark, said', async () => {
    const doc = await open('seed-004.docx', platform);
    doc.cellCounting = 'grid';
    const host = createWordHost(fakeEnv(doc));
    await host.check();
    const record = parseRecord(doc.savedSettings.get(MARKS_SETTING));
    // Every cell shaded in a mark colour is a recorded one, at its own place.
    expect((await shaded(doc)).sort()).toEqual(
      record.map((c) => `${c.table}/${c.row}/${c.cell}`).sort(),
    );
    expect(record.length).toBeGreaterThan(0);
    expect(host.skipped?.()).toEqual([
      expect.stringMatching(/^有 \d+ 个单元格所在的行在 Word 中的单元格数/),
    ]);
  });

  test('shading that does not take is not recorded, and said', async () => {
    const doc = await open('seed-004.docx', platform);
    doc.shadingIgnored = true;
    const host = createWordHost(fakeEnv(doc));
    await host.check();
    expect(parseRecord(doc.savedSettings.get(MARKS_SETTING))).toEqual([]);
    expect(host.skipped?.()).toEqual([expect.stringMatching(/^有 \d+ 个单元格的底纹标记未能写入/)]);
  });
});

test('a recoloured cell is no longer ours: clearing leaves it alone', async () => {
  const doc = await open('seed-004.docx', 'desktop');
  const host = createWordHost(fakeEnv(doc));
  await host.check();
  const [target] = parseRecord(doc.savedSettings.get(MARKS_SETTING));
  await fakeEnv(doc).run(async (ctx) => {
    const snap = await readDocument(ctx);
    snap.tables[target.table].getCellOrNullObject(target.row, target.cell).shadingColor = '#00FF00';
    await ctx.sync();
  });
  await host.clearMarks();
  const snap = await fakeEnv(doc).run((ctx) => readDocument(ctx));
  expect(cellShading(snap.tableOoxml[target.table])[target.row][target.cell]).toBe('#00FF00');
  expect(WHITE).toBe('#FFFFFF');
});
