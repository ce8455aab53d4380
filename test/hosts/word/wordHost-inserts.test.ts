// Inserting missing sections on both platforms: two adjacent ones land in order, styles named
// by the copied heading survive (the styles part goes in the package), a marked anchor does not
// swallow the insert, and a table inserted next to a table gets a separating paragraph.
import type { CheckOutcome } from '../../../src/hosts/pane-host';
import { planFixes } from '../../../src/core/fix';
import { createWordHost, UNDO_NOTICES } from '../../../src/hosts/word';
import { separated } from '../../../src/hosts/word/edits';
import { readDocument } from '../../../src/hosts/word/read';
import { buildDocx } from '../../fixtures/spec';
import { cleanReport, reportToDocSpec } from '../../fixtures/report';
import { FakeDocument, fakeEnv, type FakePlatform } from './fakeWord';
import { ancestors, findAll, parseXml, append, type XElement } from './xmlTree';

function findingsOf(o: CheckOutcome) {
  return o.kind === 'report' || o.kind === 'no-tables' ? o.findings : [];
}

async function report(
  platform: FakePlatform,
  omit: ('s4' | 's5' | 's6')[],
  omitTables: 'appeals'[] = [],
): Promise<FakeDocument> {
  const spec = { ...cleanReport(2021, 2021, '某某市某某局'), omit, omitTables };
  return FakeDocument.fromDocx(await buildDocx(reportToDocSpec(spec)), { platform });
}

const headings = async (doc: FakeDocument): Promise<string[]> =>
  (await fakeEnv(doc).run((ctx) => readDocument(ctx))).model.paragraphs
    .map((p) => p.text)
    .filter((t) => /^[一二三四五六七八]、/.test(t));

describe.each<FakePlatform>(['desktop', 'web'])('inserting sections on Word %s', (platform) => {
  test('two adjacent missing sections land in order', async () => {
    const doc = await report(platform, ['s5', 's6']);
    const host = createWordHost(fakeEnv(doc));
    const missing = findingsOf(await host.check()).filter((f) => f.rule === 'section-missing');
    expect(missing.map((f) => f.section)).toEqual(['s5', 's6']);
    await host.insertMissing(missing);
    const after = await headings(doc);
    expect(after.slice(-2).map((t) => t.slice(0, 2))).toEqual(['五、', '六、']);
    expect(findingsOf(await host.check()).filter((f) => f.rule === 'section-missing')).toEqual([]);
  });

  test('the empty paragraph Word leaves after an insert is removed', async () => {
    const doc = await report(platform, ['s6']);
    const host = createWordHost(fakeEnv(doc));
    const texts = async (): Promise<string[]> =>
      fakeEnv(doc).run(async (ctx) => {
        const all = ctx.document.body.paragraphs.load('items/text');
        await ctx.sync();
        return all.items.map((x) => x.text);
      });
    const before = await texts();
    await host.insertMissing(
      findingsOf(await host.check()).filter((f) => f.rule === 'section-missing'),
    );
    const after = await texts();
    const start = after.findIndex((t) => t.startsWith('六、'));
    const added = after.length - before.length;
    // What was there before is all still there, around the inserted block and nothing else.
    expect([...after.slice(0, start), ...after.slice(start + added)]).toEqual(before);
    expect(after.slice(start, start + added).at(-1)).not.toBe('');
  });

  test('撤销 removes an inserted section; edited since, it refuses', async () => {
    const doc = await report(platform, ['s6']);
    const host = createWordHost(fakeEnv(doc));
    const texts = async (): Promise<string[]> =>
      fakeEnv(doc).run(async (ctx) => {
        const all = ctx.document.body.paragraphs.load('items/text');
        await ctx.sync();
        return all.items.map((x) => x.text);
      });
    const missing = findingsOf(await host.check()).filter((f) => f.rule === 'section-missing');
    const before = await texts();
    await host.insertMissing(missing);
    await host.check(); // the pane re-checks: marks may land on the inserted placeholder
    expect(host.canUndo?.()).toBe(true);
    await host.undo?.();
    expect(await texts()).toEqual(before);
    expect(findingsOf(await host.check()).filter((f) => f.rule === 'section-missing')).toEqual(
      missing,
    );

    await host.insertMissing(missing);
    const start = (await texts()).findIndex((t) => t.startsWith('六、'));
    const s6 = (await fakeEnv(doc).run((ctx) => readDocument(ctx))).model.paragraphs.findIndex(
      (p) => p.text.startsWith('六、'),
    );
    expect(start).toBeGreaterThan(0);
    await doc.userEdits(s6, '六、其他需要报告的事项（已改）');
    await expect(host.undo?.()).rejects.toThrow(UNDO_NOTICES.inserted);
  });

  test("the copied heading's style survives: the styles part travels with the package", async () => {
    const doc = await report(platform, ['s6']);
    // The report's headings use a named style (the fixture's are direct formatting).
    for (const p of findAll(doc.body, 'w:p')) {
      const text = findAll(p, 'w:t')
        .map((t) => (t.children[0] as { raw: string }).raw)
        .join('');
      const pPr = findAll(p, 'w:pPr')[0];
      if (/^[一二三四五]、/.test(text) && pPr)
        for (const n of parseXml('<w:pStyle w:val="Heading1"/>').children) append(pPr, n);
    }
    const host = createWordHost(fakeEnv(doc));
    const missing = findingsOf(await host.check()).filter((f) => f.rule === 'section-missing');
    await host.insertMissing(missing);
    const inserted = findAll(doc.body, 'w:p').find((p) =>
      findAll(p, 'w:t').some((t) => (t.children[0] as { raw: string }).raw.startsWith('六、')),
    ) as XElement;
    expect(findAll(inserted, 'w:pStyle').map((s) => s.open)).toEqual([
      '<w:pStyle w:val="Heading1"/>',
    ]);
  });

  test('a marked anchor paragraph does not take the insert inside its mark', async () => {
    const doc = await report(platform, ['s6']);
    const host = createWordHost(fakeEnv(doc));
    const first = findingsOf(await host.check());
    // Put a paragraph mark on the anchor (what a finding on that paragraph would do).
    const missing = first.filter((f) => f.rule === 'section-missing');
    const checked = host.lastReport();
    if (!checked) throw new Error('no report');
    const [edit] = planFixes(checked, missing).edits;
    if (edit?.kind !== 'insert-section' || !('paragraph' in edit.anchor))
      throw new Error('expected an insert after a paragraph');
    const anchor = edit.anchor.paragraph;
    await fakeEnv(doc).run(async (ctx) => {
      const s = await readDocument(ctx);
      s.paragraphs[anchor]
        .insertContentControl()
        .set({ tag: 'gouji-mark:section-empty', title: '勾稽' });
      await ctx.sync();
    });
    // Without unmarking first, the insert would land inside that control.
    expect(findAll(doc.body, 'w:sdt')).toHaveLength(1);
    await host.insertMissing(first.filter((f) => f.rule === 'section-missing'));
    const inSdt = findAll(doc.body, 'w:t').filter(
      (t) =>
        (t.children[0] as { raw: string }).raw.startsWith('六、') &&
        ancestors(t).some((a) => a.name === 'w:sdt'),
    );
    expect(inSdt).toEqual([]);
    expect((await headings(doc)).slice(-1)[0].slice(0, 2)).toBe('六、');
  });
});

describe('a separating paragraph between tables, as the .docx host puts one', () => {
  const model = {
    blocks: [
      { kind: 'paragraph', index: 0, text: '二、' },
      { kind: 'table', index: 0, rows: [], cols: 0, grid: [] },
      { kind: 'table', index: 1, rows: [], cols: 0, grid: [] },
    ],
    paragraphs: [],
    tables: [],
  } as unknown as Parameters<typeof separated>[0];
  const table = '<w:tbl><w:tr/></w:tbl>';

  test('a table after a table gets a paragraph before it', () => {
    expect(separated(model, { position: 'after', table: 1 }, table)).toBe(`<w:p/>${table}<w:p/>`);
  });
  test('a table before a table gets a paragraph after it', () => {
    expect(separated(model, { position: 'before', table: 0 }, table)).toBe(`${table}<w:p/>`);
  });
  test('a table between two tables gets both', () => {
    expect(separated(model, { position: 'after', table: 0 }, table)).toBe(`<w:p/>${table}<w:p/>`);
  });
  test('paragraphs need none', () => {
    expect(separated(model, { position: 'after', table: 0 }, '<w:p/>')).toBe('<w:p/>');
  });
});
