// How a review runs when the user does not say (-j): as many worker threads as the machine has free
// cores, and then a measurement on the batch itself, not a guess: the first files are checked on
// the pool and then in the main thread, each after a warm-up (threads starting, the engine's code
// compiled), and the rest of the batch goes to whichever checked more files per second of wall
// time. On a busy machine two isolates warming up the engine and cloning results can be slower
// than one thread; on an idle one the pool wins. The files measured are real work: their results
// are kept.

import * as os from 'os';
import type { Runner, RunnerMode } from './pool';
import type { CheckedFile, ReviewTask } from './types';

/** Files per thread checked, untimed, before timing a runner (threads start, code compiles). */
export const CALIBRATION_WARMUP_PER_THREAD = 4;
/** Files per thread timed. */
export const CALIBRATION_TIMED_PER_THREAD = 12;
/** Below this many files, measuring costs more than it can save: the pool is kept. */
export const CALIBRATION_MIN_FILES = 200;

/** Cores not busy with other work: the cores less the last minute's load, at least one. */
export function freeCores(cores = os.availableParallelism(), load = os.loadavg()[0] ?? 0): number {
  return Math.max(1, Math.min(cores, Math.round(cores - load)));
}

export interface Calibration {
  /** Files per second on the pool and in the main thread, each over its timed files. */
  poolRate: number;
  inProcessRate: number;
  chosen: RunnerMode;
  /** Files checked while measuring (their results kept). */
  files: number;
}

/** Runs tasks with `lanes` in flight, handing each result on as it comes. */
export async function runLanes(
  runner: Runner,
  tasks: readonly ReviewTask[],
  lanes: number,
  onResult: (r: CheckedFile) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) {
      const task = tasks[next++];
      for (const r of await runner.run(task)) await onResult(r);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
}

/** Whether the batch is large enough for measuring to pay: otherwise the pool is kept. */
export function worthMeasuring(files: number, threads: number): boolean {
  const used = (CALIBRATION_WARMUP_PER_THREAD + CALIBRATION_TIMED_PER_THREAD) * (threads + 1);
  return files >= Math.max(CALIBRATION_MIN_FILES, 4 * used);
}

/**
 * Checks the first files of `tasks` on `pool` and then on `inProcess`, timing each after its
 * warm-up, and says which was faster. Returns how many tasks it used.
 */
export async function measure(
  pool: Runner,
  inProcess: Runner,
  threads: number,
  tasks: readonly ReviewTask[],
  onResult: (r: CheckedFile) => Promise<void>,
  now: () => number = () => performance.now(),
): Promise<Calibration> {
  let used = 0;
  const take = (n: number): ReviewTask[] => tasks.slice(used, (used += n));
  const rate = async (runner: Runner, lanes: number, per: number): Promise<number> => {
    await runLanes(runner, take(CALIBRATION_WARMUP_PER_THREAD * per), lanes, onResult);
    const timed = take(CALIBRATION_TIMED_PER_THREAD * per);
    const start = now();
    await runLanes(runner, timed, lanes, onResult);
    return timed.length / Math.max(1e-9, (now() - start) / 1000);
  };
  const poolRate = await rate(pool, pool.concurrency, threads);
  const inProcessRate = await rate(inProcess, inProcess.concurrency, 1);
  return {
    poolRate,
    inProcessRate,
    // The pool keeps its per-file memory and time limits: it must be beaten, not tied.
    chosen: inProcessRate > poolRate ? 'in-process' : 'workers',
    files: used,
  };
}
