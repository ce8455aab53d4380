// The checker's page ↔ worker protocol over a fake worker that runs the real engine in-process:
// replies match calls, the first check comes with the opening, every call has a time limit after
// which the worker is terminated, a cancel or a crash stops it, and the reader's Chinese errors
// come through as they are.

import { readFileSync } from 'fs';
import path from 'path';

import { check } from '../../src/core/check';
import { LIMITS } from '../../src/core/limits';
import type { DocModel, DocParagraph } from '../../src/core/model';
import { previewOf } from '../../src/checker/service';
import { EngineError, SessionStopped, WorkerSession } from '../../src/checker/session';
import { readDocx } from '../../src/hosts/docx/read';
import { FakeWorker } from './fake-worker';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

function session(worker: FakeWorker, limitMs = 10_000, onStop?: (s: SessionStopped) => void) {
  return new WorkerSession(() => worker, limitMs, onStop);
}

describe('WorkerSession', () => {
  it('opens a file: the engine’s findings, marks and the preview come back with it', async () => {
    const worker = new FakeWorker();
    const s = session(worker);
    const opened = await s.call({ op: 'open', bytes: bytesOf('seed-004.docx') });
    const file = await readDocx(bytesOf('seed-004.docx'));
    const { findings } = check(file.model);
    expect(opened.outcome.kind).toBe('report');
    if (opened.outcome.kind !== 'report') return;
    expect(opened.outcome.findings).toEqual(findings);
    expect(opened.marks.length).toBeGreaterThan(0);
    expect(opened.preview).toEqual({ blocks: file.model.blocks, omitted: 0, clipped: 0 });
    expect(worker.ops).toEqual(['open']);
  });

  it('fixes in the worker: the changed preview comes back, a re-check drops the finding', async () => {
    const s = session(new FakeWorker());
    const opened = await s.call({ op: 'open', bytes: bytesOf('seed-000.docx') });
    if (opened.outcome.kind !== 'report') throw new Error(opened.outcome.kind);
    const f = opened.outcome.findings.find((x) => x.rule === 'row-total');
    if (!f || f.fix?.kind !== 'set-cell') throw new Error('no row-total fix in seed-000');
    const { place } = await s.call({ op: 'select', finding: f });
    expect(place.cells).toHaveLength(1);

    const fixed = await s.call({ op: 'fix', findings: [f] });
    const { table, row, cell } = place.cells[0];
    const block = fixed.preview?.blocks.find((b) => b.kind === 'table' && b.index === table);
    expect(block?.kind === 'table' && block.rows[row].cells[cell].text).toBe(f.fix.value);
    const again = await s.call({ op: 'check' });
    if (again.outcome.kind !== 'report') throw new Error(again.outcome.kind);
    expect(again.outcome.findings).toHaveLength(opened.outcome.findings.length - 1);

    // Nothing to change: no new preview is sent.
    expect(await s.call({ op: 'fix', findings: [] })).toEqual({
      preview: null,
      skipped: [],
      canUndo: true,
      dirty: true,
    });
    // The saved bytes read back with the fix.
    const { bytes } = await s.call({ op: 'save' });
    const reread = await readDocx(bytes);
    expect(reread.model.tables[table].rows[row].cells[cell].text).toBe(f.fix.value);
  });

  it('撤销 in the worker: the previous bytes come back, and the file is no longer "changed"', async () => {
    const s = session(new FakeWorker());
    const opened = await s.call({ op: 'open', bytes: bytesOf('seed-000.docx') });
    if (opened.outcome.kind !== 'report') throw new Error(opened.outcome.kind);
    const before = (await s.call({ op: 'save' })).bytes;
    const safe = opened.outcome.findings.filter((f) => f.fix?.safe === true);
    const fixed = await s.call({ op: 'fix', findings: safe });
    expect(fixed).toMatchObject({ canUndo: true, dirty: true });
    const after = (await s.call({ op: 'save' })).bytes;
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(false);

    const undone = await s.call({ op: 'undo' });
    expect(undone).toMatchObject({ canUndo: false, dirty: false, skipped: [] });
    expect(undone.preview?.blocks).toEqual(opened.preview.blocks);
    const restored = (await s.call({ op: 'save' })).bytes;
    expect(Buffer.from(restored).equals(Buffer.from(before))).toBe(true);
    expect((await s.call({ op: 'check' })).outcome).toEqual(opened.outcome);
  });

  it('passes the reader’s Chinese message through as an EngineError', async () => {
    const s = session(new FakeWorker());
    const error = await s.call({ op: 'open', bytes: bytesOf('broken/damaged.docx') }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EngineError);
    expect((error as Error).message).toBe('文件已损坏，无法作为 .docx 打开。');
    expect(s.stopped).toBeNull();
  });

  it('stops a worker that does not answer within the limit, and answers later calls so', async () => {
    const worker = new FakeWorker({ hangOn: (call) => call.op === 'open' });
    const stops: SessionStopped[] = [];
    const s = session(worker, 50, (stop) => stops.push(stop));
    const started = Date.now();
    const error = await s.call({ op: 'open', bytes: bytesOf('seed-004.docx') }).catch((e) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(error).toBeInstanceOf(SessionStopped);
    expect((error as SessionStopped).reason).toBe('timeout');
    expect(worker.terminated).toBe(true);
    expect(stops.map((x) => x.reason)).toEqual(['timeout']);
    await expect(s.call({ op: 'check' })).rejects.toBe(error);
    // The dead worker is sent nothing more.
    expect(worker.ops).toEqual(['open']);
  });

  it('each call has its own limit: a slow re-check stops the worker after a good opening', async () => {
    const worker = new FakeWorker({ hangOn: (call) => call.op === 'check' });
    const stops: string[] = [];
    const s = session(worker, 200, (stop) => stops.push(stop.reason));
    await s.call({ op: 'open', bytes: bytesOf('seed-001.docx') });
    await expect(s.call({ op: 'check' })).rejects.toMatchObject({ reason: 'timeout' });
    expect(worker.terminated).toBe(true);
    expect(stops).toEqual(['timeout']);
  });

  it('cancel terminates the worker, rejects what is pending and ignores its late answer', async () => {
    const worker = new FakeWorker({ delayMs: 30 });
    const stops: string[] = [];
    const s = session(worker, 10_000, (stop) => stops.push(stop.reason));
    const pending = s.call({ op: 'open', bytes: bytesOf('seed-004.docx') });
    s.cancel();
    await expect(pending).rejects.toMatchObject({ reason: 'cancelled' });
    expect(worker.terminated).toBe(true);
    // The worker finishes its work anyway; its answer must change nothing.
    for (let i = 0; i < 200 && worker.lateAnswers === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect(worker.lateAnswers).toBe(1);
    // A cancel is the page's own doing: no stop is reported.
    expect(stops).toEqual([]);
  });

  it('a crashing worker stops the session and is reported', async () => {
    const worker = new FakeWorker({ hangOn: () => true });
    const stops: string[] = [];
    const s = session(worker, 10_000, (stop) => stops.push(stop.reason));
    const pending = s.call({ op: 'open', bytes: bytesOf('seed-004.docx') });
    worker.crash('Uncaught RangeError: Invalid string length');
    await expect(pending).rejects.toMatchObject({ reason: 'crashed' });
    expect(worker.terminated).toBe(true);
    expect(stops).toEqual(['crashed']);
  });
});

describe('previewOf', () => {
  it(`sends at most ${LIMITS.previewMaxBlocks} blocks and counts the rest`, () => {
    const paragraphs: DocParagraph[] = Array.from(
      { length: LIMITS.previewMaxBlocks + 500 },
      (_, i) => ({
        kind: 'paragraph',
        index: i,
        text: '',
      }),
    );
    const model: DocModel = { blocks: paragraphs, paragraphs, tables: [] };
    const preview = previewOf(model);
    expect(preview.blocks).toHaveLength(LIMITS.previewMaxBlocks);
    expect(preview.blocks.at(-1)).toBe(paragraphs[LIMITS.previewMaxBlocks - 1]);
    expect(preview.omitted).toBe(500);
    expect(previewOf({ blocks: paragraphs.slice(0, 3), paragraphs, tables: [] }).omitted).toBe(0);
  });

  it(`cuts texts longer than ${LIMITS.previewMaxChars} characters, merged cells still shared`, async () => {
    const { model } = await readDocx(bytesOf('seed-000.docx'));
    const para = model.blocks.find((b) => b.kind === 'paragraph') as DocParagraph;
    // A numbering label of a hostile file (before the reader bounds it) and a huge merged cell.
    para.numText = 'A'.repeat(10_000_000);
    const table = model.tables[1];
    const merged = table.rows.flatMap((r) => r.cells).find((c) => c.rowSpan > 1);
    if (!merged) throw new Error('seed-000 has no vertical merge in its second table');
    merged.text = '1'.repeat(LIMITS.previewMaxChars + 1);
    merged.paragraphs = [{ text: merged.text }];

    const preview = previewOf(model);
    expect(preview.clipped).toBe(3);
    const p = preview.blocks.find((b) => b.kind === 'paragraph' && b.index === para.index);
    expect(p?.kind === 'paragraph' && p.numText).toBe(`${'A'.repeat(LIMITS.previewMaxChars)}…`);
    const t = preview.blocks.find((b) => b.kind === 'table' && b.index === 1);
    if (t?.kind !== 'table') throw new Error('table 1 not in the preview');
    const cut = t.rows[merged.row].cells[merged.cell];
    expect(cut.text).toBe(`${'1'.repeat(LIMITS.previewMaxChars)}…`);
    for (let r = merged.row; r < merged.row + merged.rowSpan; r++)
      expect(t.grid[r][merged.col]).toBe(cut);
    // The model itself is not changed.
    expect(merged.text).toHaveLength(LIMITS.previewMaxChars + 1);
  });
});
