// Runs review tasks on a piscina worker pool, one thread per core by default, or in process.
//
// Workers load this directory's worker module: lib/review/worker.js when running the compiled
// package, src/review/worker.ts under jest or tsx (the worker thread then registers tsx itself,
// since a fresh thread knows nothing of the parent's TypeScript hooks). If the workers cannot
// start at all, the review carries on in process rather than failing the supervisor's batch.

import * as path from 'path';
import { Piscina } from 'piscina';
import { reviewTask } from './review-file';
import type { ReviewResult, ReviewTask, WorkerReply } from './types';

export type RunnerMode = 'workers' | 'in-process';

export interface Runner {
  run(task: ReviewTask): Promise<ReviewResult[]>;
  close(): Promise<void>;
  /** How tasks are running now ('in-process' after a fallback). */
  readonly mode: RunnerMode;
  /** How many tasks may usefully be in flight at once. */
  readonly concurrency: number;
  /** The largest worker heap reported so far, in bytes (0 in process). */
  readonly peakWorkerHeap: number;
}

export interface RunnerOptions {
  /** Worker threads; 1 or less checks in process. */
  jobs: number;
  /** Override of the worker module (tests use a missing one to exercise the fallback). */
  workerFile?: string;
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
  readonly concurrency = 1;
  readonly peakWorkerHeap = 0;
  run(task: ReviewTask): Promise<ReviewResult[]> {
    return reviewTask(task);
  }
  async close(): Promise<void> {}
}

class PoolRunner implements Runner {
  private pool: Piscina<ReviewTask, WorkerReply> | null;
  private failed = false;
  private peak = 0;
  readonly concurrency: number;

  constructor(
    jobs: number,
    module: { filename: string; execArgv?: string[] },
    private readonly onFallback?: (reason: string) => void,
  ) {
    this.pool = new Piscina<ReviewTask, WorkerReply>({
      filename: module.filename,
      execArgv: module.execArgv,
      minThreads: jobs,
      maxThreads: jobs,
    });
    // A thread that fails to start is reported on the pool, not on a task: without a listener
    // the event would be thrown and end the whole review.
    this.pool.on('error', (err: unknown) => this.fail(err));
    // Two tasks per thread keep every thread busy while results are being written.
    this.concurrency = jobs * 2;
  }

  get mode(): RunnerMode {
    return this.failed ? 'in-process' : 'workers';
  }

  get peakWorkerHeap(): number {
    return this.peak;
  }

  async run(task: ReviewTask): Promise<ReviewResult[]> {
    if (this.pool && !this.failed) {
      try {
        const reply = await this.pool.run(task);
        this.peak = Math.max(this.peak, reply.heapUsed);
        return reply.results;
      } catch (err: unknown) {
        // reviewTask never throws, so a rejection means the thread itself failed (its module did
        // not load, or it died): check this and every later report in process instead.
        this.fail(err);
      }
    }
    return reviewTask(task);
  }

  private fail(err: unknown): void {
    if (this.failed) return;
    this.failed = true;
    const message = err instanceof Error ? err.message : String(err);
    this.onFallback?.(`并行检查无法启动（${message}），改为逐个检查`);
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
  if (options.jobs <= 1) return new InProcessRunner();
  const module = options.workerFile ? { filename: options.workerFile } : workerModule();
  return new PoolRunner(Math.floor(options.jobs), module, options.onFallback);
}
