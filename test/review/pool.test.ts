// The pool: workers load the TypeScript sources under jest (through tsx), checking in process
// works, and a pool whose workers cannot load falls back to in process.

import * as path from 'path';
import { createRunner, workerModule } from '../../src/review/pool';
import { createProgress, formatSeconds } from '../../src/review/progress';
import type { ReviewTask } from '../../src/review/types';
import { crossYearFindings } from '../../src/review/cross-year';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const task = (name: string): ReviewTask => ({
  kind: 'file',
  file: { path: path.join(FIXTURES, name), rel: name },
});

jest.setTimeout(60_000);

describe('createRunner', () => {
  it('finds the worker next to itself, registering tsx for a .ts worker', () => {
    const m = workerModule();
    expect(m.filename).toBe(path.resolve(__dirname, '../../src/review/worker.ts'));
    expect(m.execArgv?.join(' ')).toMatch(/--require .*tsx/);
  });

  it('checks on worker threads', async () => {
    const runner = createRunner({ jobs: 2 });
    try {
      const results = await Promise.all([
        runner.run(task('clean-2021.docx')),
        runner.run(task('clean-2019.docx')),
        runner.run(task('nothing-here.docx')),
        runner.run(task('error-carryover-mismatch.docx')),
      ]).then((lists) => lists.flat());
      expect(runner.mode).toBe('workers');
      expect(results.map((r) => r.result.status)).toEqual([
        expect.not.stringMatching('unreadable'),
        expect.not.stringMatching('unreadable'),
        'unreadable',
        'pass',
      ]);
      expect(results[2].result.errorCode).toBe('missing');
      expect(results[2].result.error).toBe('文件不存在（或链接指向的文件已不存在）。');
      // A report comes back with its digest (cloned from the worker), enough for the pair check.
      expect(results[2].crossYear).toBeUndefined();
      const [previous, current] = [results[0].crossYear, results[3].crossYear];
      if (!previous || !current) throw new Error('no digest');
      expect(crossYearFindings(current, previous).map((f) => f.rule)).toEqual(
        Array(2).fill('carryover-mismatch'),
      );
      expect(runner.peakWorkerHeap).toBeGreaterThan(0);
    } finally {
      await runner.close();
    }
  });

  it('checks in process when asked', async () => {
    const runner = createRunner({ jobs: 1, inProcess: true });
    const [{ result: r }] = await runner.run(task('clean-2021.docx'));
    expect(runner.mode).toBe('in-process');
    expect(r.rel).toBe('clean-2021.docx');
    expect(r.sections).toHaveLength(6);
    await runner.close();
  });

  it('falls back to in process when the workers cannot load', async () => {
    const told: string[] = [];
    const runner = createRunner({
      jobs: 2,
      workerFile: path.join(__dirname, 'no-such-worker.js'),
      onFallback: (m) => told.push(m),
    });
    try {
      const results = await Promise.all([
        runner.run(task('clean-2021.docx')),
        runner.run(task('clean-2019.docx')),
      ]).then((lists) => lists.flat().map((c) => c.result));
      expect(results.map((r) => r.status)).not.toContain('unreadable');
      expect(runner.mode).toBe('in-process');
      expect(told).toHaveLength(1);
      expect(told[0]).toMatch(
        /^并行检查的工作线程无法启动（.*no-such-worker\.js.*），改为在主进程中逐个检查（无内存和时间限制）$/,
      );
    } finally {
      await runner.close();
    }
  });
});

describe('progress', () => {
  it('writes plain lines when not on a terminal', () => {
    const out: string[] = [];
    const p = createProgress({ write: (s) => out.push(s) > 0, isTTY: false }, 2);
    p.tick('某某局.docx');
    p.tick('sub/某某区.docx');
    p.stop();
    expect(out.join('')).toBe('[1/2] 某某局.docx\n[2/2] sub/某某区.docx\n');
  });

  it('draws a bar on a terminal', () => {
    const out: string[] = [];
    const stream = { write: (s: string) => out.push(s) > 0, isTTY: true, columns: 120 };
    const p = createProgress(stream, 2);
    p.tick('某某局.docx');
    p.stop();
    const text = out.join('');
    expect(text).toContain('1/2');
    expect(text).toContain('剩余');
    expect(text).not.toContain('[1/2]');
  });

  it('says time left in Chinese', () => {
    expect(formatSeconds(12)).toBe('12 秒');
    expect(formatSeconds(65)).toBe('1 分 05 秒');
    expect(formatSeconds(3720)).toBe('1 小时 02 分');
    expect(formatSeconds(Infinity)).toBe('—');
  });
});

describe('limits per file', () => {
  const HOSTILE = path.join(__dirname, 'hostile-worker.ts');
  const named = (rel: string): ReviewTask => ({
    kind: 'file',
    file: { path: path.join(FIXTURES, 'clean-2021.docx'), rel },
  });

  it('a file that exhausts its worker heap is 文件过大, one that runs too long is 处理超时, the rest complete', async () => {
    const runner = createRunner({
      jobs: 2,
      workerFile: HOSTILE,
      workerExecArgv: workerModule().execArgv,
      memoryLimitMb: 64,
      timeLimitMs: 3000,
    });
    try {
      const results = await Promise.all([
        runner.run(named('a.docx')),
        runner.run(named('oom.docx')),
        runner.run(named('hang.docx')),
        runner.run(named('b.docx')),
        runner.run(named('exit.docx')),
      ]).then((lists) => lists.flat().map((c) => c.result));
      expect(runner.mode).toBe('workers');
      expect(results.map((r) => [r.rel, r.status, r.errorCode ?? null])).toEqual([
        ['a.docx', 'pass', null],
        ['oom.docx', 'unreadable', 'too-large'],
        ['hang.docx', 'unreadable', 'timeout'],
        ['b.docx', 'pass', null],
        ['exit.docx', 'unreadable', 'internal'],
      ]);
      // A thread that dies otherwise: the file is listed, never re-run in the main process.
      expect(results[4].error).toBe(
        '检查这份文件时工作线程意外退出（worker exited with code: 3），已跳过。',
      );
      expect(results[1].error).toBe(
        '文件过大：检查这份文件所需的内存超过上限（64 MB），已跳过。请确认文件内容正常，或拆分后再检查。',
      );
      expect(results[2].error).toBe(
        '处理超时：这份文件在 3 秒内未能检查完，已跳过。请确认文件内容正常后单独检查。',
      );
      // The pool replaced the stopped threads: later files still run on workers.
      const [{ result: after }] = await runner.run(named('c.docx'));
      expect(after.status).toBe('pass');
      expect(runner.mode).toBe('workers');
    } finally {
      await runner.close();
    }
  });

  it("a thread that dies on the very first file is the file's failure, not a reason to fall back", async () => {
    const told: string[] = [];
    const runner = createRunner({
      jobs: 1,
      workerFile: HOSTILE,
      workerExecArgv: workerModule().execArgv,
      onFallback: (m) => told.push(m),
    });
    try {
      const [{ result: first }] = await runner.run(named('exit.docx'));
      expect([first.status, first.errorCode]).toEqual(['unreadable', 'internal']);
      const [{ result: next }] = await runner.run(named('a.docx'));
      expect(next.status).toBe('pass');
      expect(runner.mode).toBe('workers');
      expect(told).toEqual([]);
    } finally {
      await runner.close();
    }
  });
});
