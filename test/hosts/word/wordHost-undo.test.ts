// 撤销 on both platforms: the values a fix replaced are written back through the same verified
// path; a cell changed since the fix refuses, in Chinese; nothing to undo refuses too.
import * as fs from 'fs';
import * as path from 'path';
import type { CheckOutcome } from '../../../src/hosts/pane-host';
import { createWordHost, UNDO_NOTICES } from '../../../src/hosts/word';
import { cellName } from '../../../src/hosts/word/guard-cells';
import { FakeDocument, fakeEnv, type FakePlatform } from './fakeWord';
import { FIXTURES } from './helpers';

function findingsOf(o: CheckOutcome) {
  return o.kind === 'report' || o.kind === 'no-tables' ? o.findings : [];
}

async function fixedOnce(platform: FakePlatform) {
  const doc = await FakeDocument.fromDocx(fs.readFileSync(path.join(FIXTURES, 'seed-004.docx')), {
    platform,
  });
  const host = createWordHost(fakeEnv(doc));
  const target = findingsOf(await host.check()).find((f) => f.fix?.kind === 'set-cell');
  if (target?.fix?.kind !== 'set-cell') throw new Error('seed-004 has a set-cell fix');
  const report = host.lastReport();
  const addr = report?.tables[target.fix.table]?.cells[`${target.fix.row}/${target.fix.column}`]
    ?.addr as { table: number; row: number; cell: number };
  await host.clearMarks();
  const before = doc.xml();
  expect(host.canUndo?.()).toBe(false);
  await host.fix([target]);
  expect(doc.xml()).not.toBe(before);
  return { doc, host, before, addr };
}

describe.each<FakePlatform>(['desktop', 'web'])('undo on Word %s', (platform) => {
  test('undo writes back what the fix replaced: the document as before', async () => {
    const { doc, host, before } = await fixedOnce(platform);
    expect(host.canUndo?.()).toBe(true);
    await host.undo?.();
    expect(doc.xml()).toBe(before);
    expect(host.canUndo?.()).toBe(false);
    await expect(host.undo?.()).rejects.toThrow(UNDO_NOTICES.nothing);
  });

  test('a cell changed since the fix: undo refuses in Chinese and writes nothing', async () => {
    const { doc, host, addr } = await fixedOnce(platform);
    await doc.userTypesInCell(addr.table, addr.row, addr.cell, '99');
    const now = doc.xml();
    await expect(host.undo?.()).rejects.toThrow(UNDO_NOTICES.changed(cellName(addr)));
    expect(doc.xml()).toBe(now);
  });
});
