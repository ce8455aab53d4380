// Writing values on both platforms: the target cells must still read as checked (else a Chinese
// refusal and no write), cells with fields or tracked revisions are left alone with a reason,
// and the value is verified by re-reading, all within 3 syncs per fix action.
import * as fs from 'fs';
import * as path from 'path';
import type { CheckOutcome } from '../../../src/hosts/pane-host';
import { createWordHost } from '../../../src/hosts/word';
import { CELL_NOTICES, cellName } from '../../../src/hosts/word/guard-cells';
import { FakeDocument, fakeEnv, type FakePlatform } from './fakeWord';
import { FIXTURES } from './helpers';
import { append, findAll, parseXml, serialize, type XElement } from './xmlTree';

function findingsOf(o: CheckOutcome) {
  return o.kind === 'report' || o.kind === 'no-tables' ? o.findings : [];
}

async function setup(platform: FakePlatform) {
  const doc = await FakeDocument.fromDocx(fs.readFileSync(path.join(FIXTURES, 'seed-004.docx')), {
    platform,
  });
  const host = createWordHost(fakeEnv(doc));
  const fixable = findingsOf(await host.check()).filter((f) => f.fix?.kind === 'set-cell');
  const target = fixable[0];
  const fix = target.fix as { table: 'requests'; row: string; column: string; value: string };
  const addr = host.lastReport()?.tables[fix.table]?.cells[`${fix.row}/${fix.column}`]?.addr;
  if (!addr) throw new Error('fix target not mapped');
  return { doc, host, target, addr, value: fix.value };
}

/** Puts raw XML at the end of the cell's first paragraph (in the fake's tree). */
function inject(doc: FakeDocument, a: { table: number; row: number; cell: number }, xml: string) {
  const tc = doc.topCell(a.table, a.row, a.cell) as XElement;
  const p = findAll(tc, 'w:p')[0];
  for (const n of parseXml(xml).children) append(p, n);
}

describe.each<FakePlatform>(['desktop', 'web'])('fixes on Word %s', (platform) => {
  test('a fix is 3 syncs: read, then write and verify together', async () => {
    const { doc, host, target } = await setup(platform);
    const syncs = doc.syncs;
    await host.fix([target]);
    expect(doc.syncs - syncs).toBe(3);
    expect(host.skipped?.()).toEqual([]);
  });

  test('a cell changed since the check: refused in Chinese, nothing written', async () => {
    const { doc, host, target, addr } = await setup(platform);
    await doc.userTypesInCell(addr.table, addr.row, addr.cell, '12');
    const before = doc.xml();
    await expect(host.fix([target])).rejects.toThrow(CELL_NOTICES.stale);
    expect(doc.xml()).toBe(before);
  });

  test('a cell holding a field is left alone, with the reason', async () => {
    const { doc, host, target, addr } = await setup(platform);
    inject(doc, addr, '<w:fldSimple w:instr=" =SUM(ABOVE) "/>');
    await host.check();
    const before = doc.xml();
    await host.fix([target]);
    expect(host.skipped?.()).toEqual([CELL_NOTICES.field(cellName(addr))]);
    expect(doc.xml()).toBe(before);
  });

  test('a cell holding a tracked revision is left alone, with the reason', async () => {
    const { doc, host, target, addr } = await setup(platform);
    inject(doc, addr, '<w:ins w:id="9" w:author="某人" w:date="2021-01-01T00:00:00Z"/>');
    await host.check();
    const before = doc.xml();
    await host.fix([target]);
    expect(host.skipped?.()).toEqual([CELL_NOTICES.revision(cellName(addr))]);
    expect(doc.xml()).toBe(before);
  });

  test('Word counting cells by grid column: the misaddressed cell is left alone, said', async () => {
    const { doc, host, target, addr } = await setup(platform);
    doc.cellCounting = 'grid';
    const before = doc.xml();
    await host.fix([target]);
    expect(host.skipped?.()).toEqual([
      expect.stringMatching(
        new RegExp(`^${cellName(addr)}在 Word 中(无法定位|定位到的单元格与检查时读到的内容不一致)`),
      ),
    ]);
    expect(doc.xml()).toBe(before);
  });

  test('a value written into an empty cell wears the font of a neighbouring data cell', async () => {
    const { doc, host } = await setup(platform);
    const findings = findingsOf(await host.check());
    const report = host.lastReport();
    const empty = findings.find((f) => {
      const fix = f.fix?.kind === 'set-cell' ? f.fix : undefined;
      return fix && report?.tables[fix.table]?.cells[`${fix.row}/${fix.column}`]?.text === '';
    });
    if (empty?.fix?.kind !== 'set-cell') throw new Error('seed-004 has an empty fixable cell');
    const addr = report?.tables[empty.fix.table]?.cells[`${empty.fix.row}/${empty.fix.column}`]
      ?.addr as { table: number; row: number; cell: number };
    await host.fix([empty]);
    const tc = serialize(doc.topCell(addr.table, addr.row, addr.cell) as XElement);
    expect(tc).toContain(
      `<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve">${empty.fix.value}</w:t></w:r>`,
    );
  });

  test('extra paragraphs go as one range; the value stays in the last one', async () => {
    const { doc, host, target, addr, value } = await setup(platform);
    const tc = doc.topCell(addr.table, addr.row, addr.cell) as XElement;
    const p = findAll(tc, 'w:p')[0];
    for (const n of parseXml('<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p>').children)
      append(tc, n);
    expect(findAll(tc, 'w:p')).toHaveLength(2);
    await host.check();
    await host.fix([target]);
    expect(host.skipped?.()).toEqual([]);
    const ps = findAll(doc.topCell(addr.table, addr.row, addr.cell) as XElement, 'w:p');
    expect(ps).toHaveLength(1);
    expect(ps[0]).not.toBe(p);
    expect(serialize(ps[0])).toContain(`>${value}</w:t>`);
  });
});
