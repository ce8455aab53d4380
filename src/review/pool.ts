// Runs review tasks on a piscina worker pool, one thread per core by default. Each thread has a
// heap limit and each task a time limit: a file that exhausts either loses its thread (piscina
// starts another) and is listed as 文件过大 / 处理超时, and the rest of the batch carries on.
//
// Workers load this directory's worker module: lib/review/worker.js when running the compiled
// package, src/review/worker.ts under jest or tsx (the worker thread then registers tsx itself,
// since a fresh thread knows nothing of the parent's TypeScript hooks). If the workers cannot
// start at all, the review carries on in process (without limits) rather than failing the batch.

import * as path from 'path';
import { Piscina } from 'piscina';
import { MessageChannel } from 'worker_threads';
import {
  FILE_TIME_LIMIT_MS,
  FILE_TIME_MESSAGE,
  WORKER_MEMORY_MB,
  WORKER_MEMORY_MESSAGE,
} from '../core/limits';
import { reviewTask, unreadable } from './review-file';
import type { CheckedFile, ReviewTask, WorkerInput, WorkerReply } from './types';

export type RunnerMode = 'workers' | 'in-process';

export interface Runner {
  run(task: ReviewTask): Promise<CheckedFile[]>;
  close(): Promise<void>;
  /** How tasks are running now ('in-process' after a fallback). */
  readonly mode: RunnerMode;
  /** How many tasks may usefully be in flight at once. */
  readonly concurrency: number;
  /** The largest worker heap reported so far, in bytes (0 in process). */
  readonly peakWorkerHeap: number;
}

export interface RunnerOptions {
  /** Worker threads (at least one). */
  jobs: number;
  /** Check in the calling thread, without limits (tests, and hosts without worker threads). */
  inProcess?: boolean;
  /** Override of the worker module (tests: one that cannot load, or one that misbehaves). */
  workerFile?: string;
  /** execArgv for an overriding worker module. */
  workerExecArgv?: string[];
  /** Time for one file, in milliseconds (FILE_TIME_LIMIT_MS). */
  timeLimitMs?: number;
  /** A worker's heap, in MiB (WORKER_MEMORY_MB). */
  memoryLimitMb?: number;
  /** Told once, in Chinese, when the workers fail and the review falls back to in process. */
  onFallback?: (reason: string) => void;
}

/** The worker module next to this one, and what a thread needs to load it. */
export function workerModule(): { filename: string; execArgv?: string[] } {
  const ext = path.extname(__filename);
  const filename = path.join(__dirname, `worker${ext}`);
  if (ext === '.ts') return { filename, execArgv: ['--require', require.resolve('tsx/cjs')] };
  return { filename };
}

class InProcessRunner implements Runner {
  readonly mode = 'in-process';
  /** Two lanes: one reads its next file and stores its last result while the other checks (a
   * check is synchronous, so two never run at once). With one, the thread waited on the disk
   * about a third of the time. */
  readonly concurrency = 2;
  readonly peakWorkerHeap = 0;
  run(task: ReviewTask): Promise<CheckedFile[]> {
    return reviewTask(task);
  }
  async close(): Promise<void> {}
}

function filesOf(task: ReviewTask): { rel: string }[] {
  return [task.file];
}

/** A file the pool could not check: only its result, no digest. */
function failed(rel: string, error: string, code: string): CheckedFile {
  return { result: unreadable(rel, error, code) };
}

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

class PoolRunner implements Runner {
  private pool: Piscina<WorkerInput, WorkerReply> | null;
  private failed = false;
  /** A task has begun on a worker, so the workers load: a later failure is a file's, not the pool's. */
  private started = false;
  private peak = 0;
  readonly concurrency: number;
  private readonly timeLimitMs: number;
  private readonly memoryLimitMb: number;
  private readonly onFallback?: (reason: string) => void;

  constructor(
    jobs: number,
    module: { filename: string; execArgv?: string[] },
    options: RunnerOptions,
  ) {
    this.timeLimitMs = options.timeLimitMs ?? FILE_TIME_LIMIT_MS;
    this.memoryLimitMb = options.memoryLimitMb ?? WORKER_MEMORY_MB;
    this.onFallback = options.onFallback;
    this.pool = new Piscina<WorkerInput, WorkerReply>({
      filename: module.filename,
      execArgv: module.execArgv,
      minThreads: jobs,
      maxThreads: jobs,
      resourceLimits: { maxOldGenerationSizeMb: this.memoryLimitMb },
    });
    // A thread that fails to start is reported on the pool, not on a task: without a listener
    // the event would be thrown and end the whole review.
    this.pool.on('error', (err: unknown) => {
      if (!this.started) this.fail(err);
    });
    // Two tasks per thread keep every thread busy while results are being written (a task's
    // clock starts only when its worker takes it up).
    this.concurrency = jobs * 2;
  }

  get mode(): RunnerMode {
    return this.failed ? 'in-process' : 'workers';
  }

  get peakWorkerHeap(): number {
    return this.peak;
  }

  async run(task: ReviewTask): Promise<CheckedFile[]> {
    if (this.pool && !this.failed) {
      const files = filesOf(task);
      const limit = this.timeLimitMs * Math.max(1, files.length);
      const abort = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      // The clock starts when the worker has the task, not while the task waits for a thread.
      const { port1, port2 } = new MessageChannel();
      let began = false;
      port1.once('message', () => {
        // The worker's module loaded and took the task: from now on a failure is the file's.
        began = true;
        this.started = true;
        timer = setTimeout(() => abort.abort(), limit);
        port1.close();
      });
      port1.unref();
      try {
        const reply = await this.pool.run(
          { task, started: port2 },
          { signal: abort.signal, transferList: [port2] },
        );
        this.started = true;
        this.peak = Math.max(this.peak, reply.heapUsed);
        return reply.results;
      } catch (err: unknown) {
        // reviewTask never throws: a rejection means the thread was stopped or died.
        if (abort.signal.aborted) {
          this.started = true;
          const seconds = Math.round(limit / 1000 / Math.max(1, files.length));
          return files.map((f) => failed(f.rel, FILE_TIME_MESSAGE(seconds), 'timeout'));
        }
        if (codeOf(err) === 'ERR_WORKER_OUT_OF_MEMORY') {
          this.started = true;
          return files.map((f) =>
            failed(f.rel, WORKER_MEMORY_MESSAGE(this.memoryLimitMb), 'too-large'),
          );
        }
        // A start message may still be on its way from a thread that has just died.
        if (!began) await new Promise((resolve) => setImmediate(resolve));
        if (began || this.started) {
          const message = err instanceof Error ? err.message : String(err);
          return files.map((f) =>
            failed(f.rel, `检查这份文件时工作线程意外退出（${message}），已跳过。`, 'internal'),
          );
        }
        // No task has begun on any worker: the workers do not load at all.
        this.fail(err);
      } finally {
        clearTimeout(timer);
        port1.close();
      }
    }
    return reviewTask(task);
  }

  private fail(err: unknown): void {
    if (this.failed) return;
    this.failed = true;
    const message = err instanceof Error ? err.message : String(err);
    this.onFallback?.(
      `并行检查的工作线程无法启动（${message}），改为在主进程中逐个检查（无内存和时间限制）`,
    );
    void this.shutDown();
  }

  private async shutDown(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.destroy().catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.shutDown();
  }
}

export function createRunner(options: RunnerOptions): Runner {
  if (options.inProcess) return new InProcessRunner();
  const module = options.workerFile
    ? { filename: options.workerFile, execArgv: options.workerExecArgv }
    : workerModule();
  return new PoolRunner(Math.max(1, Math.floor(options.jobs)), module, options);
}
