// Live re-checking against the fake's delayed echo: one user edit, one re-check; coauthors'
// edits ignored; the row being typed in keeps its marks; the WordApi 1.3 path throttles and
// never writes.
import * as fs from 'fs';
import * as path from 'path';
import { createWordHost, MARKS_SETTING } from '../../../src/hosts/word';
import { parseRecord } from '../../../src/hosts/word/marks';
import { THROTTLE_MS } from '../../../src/hosts/word/watch';
import { FakeDocument, fakeEnv, type FakePlatform } from './fakeWord';
import { FIXTURES } from './helpers';

/** Opens the fixture (JSZip needs real timers), then fakes time. */
async function open(platform: FakePlatform, echoDelayMs = 1500): Promise<FakeDocument> {
  const doc = await FakeDocument.fromDocx(fs.readFileSync(path.join(FIXTURES, 'seed-004.docx')), {
    platform,
    echoDelayMs,
  });
  jest.useFakeTimers();
  return doc;
}

afterEach(() => jest.useRealTimers());

/** A pane: every change callback re-checks. Returns the count of re-checks. */
function pane(doc: FakeDocument, wordApi = '1.6') {
  const host = createWordHost(fakeEnv(doc, { wordApi }));
  const state = { rechecks: 0 };
  const off = host.onChange?.(() => {
    state.rechecks++;
    void host.check();
  });
  return { host, state, off: off ?? (() => undefined) };
}

describe.each<FakePlatform>(['desktop', 'web'])('live re-checks on Word %s', (platform) => {
  test('one user edit with a 1.5 s echo re-checks once and settles', async () => {
    const doc = await open(platform);
    const { host, state, off } = pane(doc);
    await jest.advanceTimersByTimeAsync(10);
    await host.check();
    await jest.advanceTimersByTimeAsync(5000);
    expect(state.rechecks).toBe(0);
    await doc.userEdits(2, '用户修改了这一段。');
    await jest.advanceTimersByTimeAsync(12000);
    expect(state.rechecks).toBe(1);
    off();
  });

  test("a coauthor's edit (source Remote) does not re-check", async () => {
    const doc = await open(platform);
    const { host, state, off } = pane(doc);
    await jest.advanceTimersByTimeAsync(10);
    await host.check();
    await jest.advanceTimersByTimeAsync(5000); // the echo of the marks has come and gone
    await doc.userEdits(2, '同事在另一台电脑上修改。', 'Remote');
    await jest.advanceTimersByTimeAsync(12000);
    expect(state.rechecks).toBe(0);
    off();
  });

  test('the row being typed in keeps its marks; a manual check then marks it', async () => {
    const doc = await open(platform, 0);
    const probe = createWordHost(fakeEnv(doc));
    await probe.check();
    const all = parseRecord(doc.savedSettings.get(MARKS_SETTING));
    await probe.clearMarks();
    const target = all[0];
    const { host, state, off } = pane(doc);
    await jest.advanceTimersByTimeAsync(10);
    // The user types spaces into a blank flagged cell: still blank, but the text changed.
    expect(target.was).toBe('');
    await doc.userTypesInCell(target.table, target.row, target.cell, '   ');
    await jest.advanceTimersByTimeAsync(3000);
    expect(state.rechecks).toBe(1);
    const live = parseRecord(doc.savedSettings.get(MARKS_SETTING));
    expect(live.some((c) => c.table === target.table && c.row === target.row)).toBe(false);
    expect(live.length).toBeGreaterThan(0);
    off();
    await host.check();
    const manual = parseRecord(doc.savedSettings.get(MARKS_SETTING));
    expect(manual.some((c) => c.table === target.table && c.row === target.row)).toBe(true);
  });
});

test('WordApi 1.3: selection changes re-check at most once per throttle period, never writing', async () => {
  const doc = await open('desktop', 0);
  const { state, off } = pane(doc, '1.3');
  await jest.advanceTimersByTimeAsync(10);
  const undo = doc.undoEntries;
  for (let i = 0; i < 10; i++) {
    await doc.userEdits(2, `第 ${i} 次修改。`);
    await jest.advanceTimersByTimeAsync(500);
  }
  await jest.advanceTimersByTimeAsync(THROTTLE_MS * 2);
  expect(state.rechecks).toBeGreaterThanOrEqual(1);
  expect(state.rechecks).toBeLessThanOrEqual(Math.ceil(5000 / THROTTLE_MS) + 1);
  expect(doc.undoEntries).toBe(undo);
  expect(parseRecord(doc.savedSettings.get(MARKS_SETTING))).toEqual([]);
  off();
});
