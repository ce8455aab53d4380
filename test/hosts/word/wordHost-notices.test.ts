// What the Word host could not do reaches the pane: a document beyond a limit is said with the
// limit's own message, and the edits queuePlan skips (cells of nested tables) come back as reasons.
import { findingId } from '../../../src/core/check';
import { createWordHost } from '../../../src/hosts/word';
import { NESTED_CELL_REASON } from '../../../src/hosts/word/edits';
import type { CheckOutcome } from '../../../src/hosts/pane-host';
import { doc, pt, tbl, tc, tr } from '../../core/ooxml/xml';
import { FakeDocument, fakeEnv } from './fakeWord';
import { fixture } from './helpers';

const WIDE = '文件过大或结构异常：表格的一行超过 63 列（Word 表格最多 63 列）。';

/** A report heading, then a table one column wider than Word allows. */
function wideDocument(): FakeDocument {
  const cells = Array.from({ length: 64 }, (_, i) => tc(pt(String(i)))).join('');
  return new FakeDocument(doc(pt('一、总体情况') + tbl(tr(cells), 64) + pt('')));
}

function findingsOf(o: CheckOutcome) {
  return o.kind === 'report' || o.kind === 'no-tables' ? o.findings : [];
}

describe('a document beyond a limit', () => {
  test('check shows the limit message, nothing else', async () => {
    const host = createWordHost(fakeEnv(wideDocument()));
    expect(await host.check()).toEqual({ kind: 'error', message: WIDE });
  });

  test('a fix or an insert fails with the same message (the pane shows it as the failure)', async () => {
    const host = createWordHost(fakeEnv(wideDocument()));
    await expect(host.fix([])).rejects.toThrow(WIDE);
    await expect(host.insertMissing([])).rejects.toThrow(WIDE);
  });
});

describe('edits Word cannot place', () => {
  test('a fix in a nested table cell is skipped and its reason said; the document is unchanged', async () => {
    const document = await fixture('nested-layout-row-total.docx');
    const host = createWordHost(fakeEnv(document));
    const findings = findingsOf(await host.check());
    const nested = findings.filter((f) => f.fix?.kind === 'set-cell' && f.fix.safe);
    expect(nested.map((f) => [f.rule, f.row, f.column])).toEqual([
      ['row-total', 'granted', 'total'],
    ]);
    const before = document.xml();
    await host.fix(nested);
    expect(host.skipped?.()).toEqual([NESTED_CELL_REASON]);
    expect(document.xml()).toBe(before);
    const again = findingsOf(await host.check());
    expect(again.map(findingId)).toContain(findingId(nested[0]));
  });

  test('a fix Word can place leaves no reason, also after one that had one', async () => {
    const nested = createWordHost(fakeEnv(await fixture('nested-layout-row-total.docx')));
    await nested.fix(findingsOf(await nested.check()).filter((f) => f.fix?.safe));
    expect(nested.skipped?.()).toEqual([NESTED_CELL_REASON]);
    await nested.fix([]);
    expect(nested.skipped?.()).toEqual([]);

    const document = await fixture('seed-004.docx');
    const host = createWordHost(fakeEnv(document));
    const fixable = findingsOf(await host.check()).filter((f) => f.fix?.kind === 'set-cell');
    await host.fix(fixable.slice(0, 1));
    expect(host.skipped?.()).toEqual([]);
  });
});
