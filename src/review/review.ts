// The batch review: find the reports, check them on the worker pool (results to disk as they
// come), re-check each report that has the same agency's report of the year before with that
// report as `previous`, then write review.html / review.csv / JSON in one streaming pass each.

import * as path from 'path';
import { createProgress, type ProgressStream } from './progress';
import { CsvWriter, FINDING_HEADER, findingRows, REPORT_HEADER, reportRow } from './csv';
import { findReports, type FoundFile } from './discover';
import { HtmlWriter } from './html';
import { findPairs, pairChains } from './pairing';
import { createRunner, type Runner, type RunnerMode } from './pool';
import { fileSink, type Sink } from './sink';
import { ResultStore } from './store';
import { Tally, type Totals } from './tally';
import type { ReviewResult, ReviewTask } from './types';
import { toJsonObject } from './json';

export interface ReviewOptions {
  folder: string;
  /** review.html */
  html?: string;
  /** One row per report. */
  csv?: string;
  /** One row per finding. */
  csvFindings?: string;
  /** Where to write the JSON array (stdout in the CLI), if wanted. */
  json?: Sink;
  /** Worker threads (1: in process). */
  jobs: number;
  /** Progress goes here (stderr in the CLI). */
  progress: ProgressStream;
  quiet?: boolean;
  /** Tests: a worker module that cannot load, to exercise the fallback. */
  workerFile?: string;
  /** Told about non-fatal trouble (the pool falling back to in process). */
  warn?: (message: string) => void;
}

export interface ReviewSummary {
  totals: Totals;
  mode: RunnerMode;
  /** The largest worker heap seen (bytes), for the bench. */
  peakWorkerHeap: number;
  /** 0 no errors, 1 some report has an error, 2 some file could not be read. */
  exitCode: number;
}

/** Runs tasks with at most `runner.concurrency` in flight, handing each result on as it comes. */
async function runAll(
  runner: Runner,
  tasks: readonly ReviewTask[],
  onResult: (r: ReviewResult) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) {
      const task = tasks[next++];
      for (const r of await runner.run(task)) await onResult(r);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, runner.concurrency) }, lane));
}

export async function runReview(options: ReviewOptions): Promise<ReviewSummary> {
  const files: FoundFile[] = await findReports(options.folder);
  const order = files.map((f) => f.rel);
  const byRel = new Map(files.map((f) => [f.rel, f.path]));
  const store = await ResultStore.create();
  const runner = createRunner({
    jobs: options.jobs,
    workerFile: options.workerFile,
    onFallback: options.warn,
  });
  try {
    // Pass 1: every file on its own.
    const progress = createProgress(options.progress, files.length, '', options.quiet);
    try {
      await runAll(
        runner,
        files.map((f) => ({ kind: 'file', file: f })),
        async (r) => {
          await store.append(r);
          progress.tick(r.rel);
        },
      );
    } finally {
      progress.stop();
    }

    // Pass 2: the same agency's consecutive years, re-read from disk (nothing was kept).
    const summaries = order.flatMap((rel) => store.summary(rel) ?? []);
    const pairs = findPairs(summaries);
    if (pairs.length > 0) {
      const pairProgress = createProgress(
        options.progress,
        pairs.length,
        '跨年度比对 ',
        options.quiet,
      );
      const file = (rel: string): FoundFile => ({ path: byRel.get(rel) as string, rel });
      try {
        await runAll(
          runner,
          pairChains(pairs).map((chain) => ({ kind: 'chain', files: chain.map(file) })),
          async (r) => {
            await store.append(r);
            pairProgress.tick(r.rel);
          },
        );
      } finally {
        pairProgress.stop();
      }
    }
    const mode = runner.mode;
    const peakWorkerHeap = runner.peakWorkerHeap;
    await runner.close();

    // Totals and the chart come first in the page: one pass to count, one to write.
    const tally = new Tally();
    for await (const r of store.each(order)) tally.add(r);

    await writeOutputs(options, store, order, tally);

    const t = tally.totals;
    const exitCode = t.byStatus.unreadable > 0 ? 2 : t.byStatus.error > 0 ? 1 : 0;
    return { totals: t, mode, peakWorkerHeap, exitCode };
  } finally {
    await runner.close();
    await store.dispose();
  }
}

async function writeOutputs(
  options: ReviewOptions,
  store: ResultStore,
  order: readonly string[],
  tally: Tally,
): Promise<void> {
  const html = options.html ? new HtmlWriter(fileSink(options.html)) : null;
  const csv = options.csv ? new CsvWriter(fileSink(options.csv), REPORT_HEADER, reportRow) : null;
  const csvFindings = options.csvFindings
    ? new CsvWriter(fileSink(options.csvFindings), FINDING_HEADER, findingRows)
    : null;
  await html?.begin({
    folder: path.resolve(options.folder),
    generatedAt: new Date(),
    totals: tally.totals,
    topRules: tally.topRules(12),
    unreadable: tally.unreadable,
  });
  await options.json?.write('[');
  let first = true;
  for await (const r of store.each(order)) {
    await html?.add(r);
    await csv?.add(r);
    await csvFindings?.add(r);
    if (options.json) {
      const obj = toJsonObject(r, path.join(options.folder, r.rel), (rel) =>
        path.join(options.folder, rel),
      );
      await options.json.write(`${first ? '\n' : ',\n'}${JSON.stringify(obj, null, 2)}`);
      first = false;
    }
  }
  await options.json?.write(first ? ']\n' : '\n]\n');
  await html?.end();
  await csv?.close();
  await csvFindings?.close();
}
