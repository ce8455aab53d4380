// Choosing how to run a review: the free cores, and a measurement on the batch's first files that
// keeps every result and picks the runner that checked more files per second.

import {
  CALIBRATION_MIN_FILES,
  CALIBRATION_TIMED_PER_THREAD,
  CALIBRATION_WARMUP_PER_THREAD,
  freeCores,
  measure,
  worthMeasuring,
} from '../../src/review/pool-choice';
import type { Runner, RunnerMode } from '../../src/review/pool';
import { unreadable } from '../../src/review/review-file';
import type { CheckedFile, ReviewTask } from '../../src/review/types';

/** A runner whose every file costs `ms` on a shared clock (the pool's threads divide their cost). */
function fakeRunner(
  mode: RunnerMode,
  concurrency: number,
  ms: number,
  clock: { t: number },
  seen: string[],
): Runner {
  return {
    mode,
    concurrency,
    peakWorkerHeap: 0,
    async run(task: ReviewTask): Promise<CheckedFile[]> {
      await Promise.resolve();
      clock.t += ms / concurrency;
      seen.push(`${mode}:${task.file.rel}`);
      return [{ result: unreadable(task.file.rel, '', 'test') }];
    },
    close: async () => undefined,
  };
}

const tasks = (n: number): ReviewTask[] =>
  Array.from({ length: n }, (_, i) => ({ kind: 'file', file: { path: `/x/${i}`, rel: `${i}` } }));

describe('freeCores', () => {
  it('is the cores less the load, rounded, between one and the cores', () => {
    expect(freeCores(2, 0.2)).toBe(2);
    expect(freeCores(2, 0.7)).toBe(1);
    expect(freeCores(2, 8.8)).toBe(1);
    expect(freeCores(8, 3.4)).toBe(5);
    expect(freeCores(4, 0)).toBe(4);
  });
});

describe('measure', () => {
  const run = async (poolMs: number, inProcessMs: number) => {
    const clock = { t: 0 };
    const seen: string[] = [];
    const kept: string[] = [];
    const calibration = await measure(
      fakeRunner('workers', 4, poolMs, clock, seen),
      fakeRunner('in-process', 1, inProcessMs, clock, seen),
      2,
      tasks(500),
      async (r) => void kept.push(r.result.rel),
      () => clock.t,
    );
    return { calibration, seen, kept };
  };

  it('keeps the pool when it is faster, and every file measured is a result', async () => {
    // Each file 10 ms of one thread; the pool runs four at a time.
    const { calibration, seen, kept } = await run(10, 10);
    const poolFiles = (CALIBRATION_WARMUP_PER_THREAD + CALIBRATION_TIMED_PER_THREAD) * 2;
    const inProcessFiles = CALIBRATION_WARMUP_PER_THREAD + CALIBRATION_TIMED_PER_THREAD;
    expect(calibration).toEqual({
      poolRate: 400,
      inProcessRate: 100,
      chosen: 'workers',
      files: poolFiles + inProcessFiles,
    });
    // The first files on the pool, the next in process, each once, in order.
    expect(seen).toEqual([
      ...tasks(poolFiles).map((t) => `workers:${t.file.rel}`),
      ...tasks(poolFiles + inProcessFiles)
        .slice(poolFiles)
        .map((t) => `in-process:${t.file.rel}`),
    ]);
    expect(kept).toEqual(tasks(calibration.files).map((t) => t.file.rel));
  });

  it('falls back to the main thread when the pool is slower', async () => {
    // Threads starting and results cloned on a busy machine: the pool does worse than one thread.
    const { calibration } = await run(50, 10);
    expect(calibration.chosen).toBe('in-process');
    expect(calibration.inProcessRate).toBeGreaterThan(calibration.poolRate);
  });

  it('keeps the pool on a tie (it has the per-file limits)', async () => {
    const { calibration } = await run(40, 10);
    expect(calibration.poolRate).toBe(calibration.inProcessRate);
    expect(calibration.chosen).toBe('workers');
  });

  it('measures only batches large enough to pay for it', () => {
    expect(worthMeasuring(CALIBRATION_MIN_FILES - 1, 1)).toBe(false);
    expect(worthMeasuring(CALIBRATION_MIN_FILES, 1)).toBe(true);
    expect(worthMeasuring(CALIBRATION_MIN_FILES, 8)).toBe(false);
  });
});
