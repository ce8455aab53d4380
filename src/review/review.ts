// The batch review: find the reports, check them on the worker pool (results to disk as they
// come, with what the cross-year rules read of each), run the cross-year rules on each report that
// has the same agency's report of the year before (from those digests: no file is read twice),
// then write review.html / review.csv / JSON in one streaming pass each.

import * as path from 'path';
import { createProgress, type ProgressStream } from './progress';
import { CsvWriter, FINDING_HEADER, findingRows, REPORT_HEADER, reportRow } from './csv';
import { displayPath, findReports, type FoundFile } from './discover';
import { HtmlWriter } from './html';
import { findPairs, unpairedReasons } from './pairing';
import { createRunner, type Runner, type RunnerMode, type RunnerOptions } from './pool';
import { freeCores, measure, runLanes, worthMeasuring, type Calibration } from './pool-choice';
import { unreadable } from './review-file';
import { fileSink, type Sink } from './sink';
import { ResultStore } from './store';
import { Tally, type Totals } from './tally';
import type { CheckedFile, ReviewResult, ReviewTask } from './types';
import { crossYearFindings, withCrossYear } from './cross-year';
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
  /**
   * Worker threads; unset: the free cores, and then the pool or the main thread, whichever the
   * batch's first files show to be faster (pool-choice).
   */
  jobs?: number;
  /** Limits and worker overrides (tests). */
  runner?: Omit<RunnerOptions, 'jobs' | 'onFallback'>;
  /** Progress goes here (stderr in the CLI). */
  progress: ProgressStream;
  quiet?: boolean;
  /** Told about non-fatal trouble (the pool falling back to in process). */
  warn?: (message: string) => void;
}

export interface ReviewSummary {
  totals: Totals;
  mode: RunnerMode;
  /** Worker threads the pool had. */
  jobs: number;
  /** What was measured to choose between the pool and the main thread (jobs unset). */
  calibration?: Calibration;
  /** The largest worker heap seen (bytes), for the bench. */
  peakWorkerHeap: number;
  /** 0 no errors, 1 some report has an error, 2 some file could not be read or is not a report. */
  exitCode: number;
}

interface Outputs {
  html: HtmlWriter | null;
  csv: CsvWriter | null;
  csvFindings: CsvWriter | null;
  sinks: Sink[];
}

/** Opens every output first, so that a missing or read-only folder fails before the batch runs. */
async function openOutputs(options: ReviewOptions): Promise<Outputs> {
  const sinks: Sink[] = [];
  const open = async (file: string | undefined): Promise<Sink | null> => {
    if (!file) return null;
    const sink = await fileSink(file);
    sinks.push(sink);
    return sink;
  };
  try {
    const html = await open(options.html);
    const csv = await open(options.csv);
    const csvFindings = await open(options.csvFindings);
    return {
      html: html && new HtmlWriter(html),
      csv: csv && new CsvWriter(csv, REPORT_HEADER, reportRow),
      csvFindings: csvFindings && new CsvWriter(csvFindings, FINDING_HEADER, findingRows),
      sinks,
    };
  } catch (err: unknown) {
    await Promise.all(sinks.map((sink) => sink.abort?.()));
    throw err;
  }
}

export async function runReview(options: ReviewOptions): Promise<ReviewSummary> {
  const outputs = await openOutputs(options);
  let written = false;
  const store = await ResultStore.create();
  let runner: Runner | null = null;
  try {
    const files: FoundFile[] = await findReports(options.folder);
    const order = files.map((f) => f.rel);
    const toRead = files.filter((f) => !f.skip);
    const auto = options.jobs === undefined;
    const jobs = options.jobs ?? freeCores();
    runner = createRunner({ ...options.runner, jobs, onFallback: options.warn });
    let calibration: Calibration | undefined;
    let peakWorkerHeap = 0;

    // Pass 1: every file on its own.
    const progress = createProgress(options.progress, files.length, '', options.quiet);
    try {
      // Listed, not read (a PDF, a FIFO, a looping link): their results need no worker.
      for (const f of files) {
        if (!f.skip) continue;
        await store.append({ result: unreadable(f.rel, f.skip.error, f.skip.code) });
        progress.tick(f.rel);
      }
      const onResult = async (checked: CheckedFile): Promise<void> => {
        await store.append(checked);
        progress.tick(checked.result.rel);
      };
      let tasks: ReviewTask[] = toRead.map((f) => ({
        kind: 'file',
        file: { path: f.path, rel: f.rel },
      }));
      if (auto && runner.mode === 'workers' && worthMeasuring(tasks.length, jobs)) {
        const inProcess = createRunner({ jobs: 1, inProcess: true });
        calibration = await measure(runner, inProcess, jobs, tasks, onResult);
        tasks = tasks.slice(calibration.files);
        if (calibration.chosen === 'in-process') {
          peakWorkerHeap = runner.peakWorkerHeap;
          await runner.close();
          runner = inProcess;
        }
      }
      await runLanes(runner, tasks, runner.concurrency, onResult);
    } finally {
      progress.stop();
    }

    // Pass 2: the same agency's consecutive years, from the digests pass 1 kept.
    const summaries = order.flatMap((rel) => store.summary(rel) ?? []);
    const pairs = findPairs(summaries);
    const unpaired = unpairedReasons(summaries, pairs);
    if (pairs.length > 0) {
      const pairProgress = createProgress(
        options.progress,
        pairs.length,
        '跨年度比对 ',
        options.quiet,
      );
      try {
        for (const pair of pairs) {
          const current = await store.digest(pair.rel);
          const previous = await store.digest(pair.previousRel);
          if (current && previous) {
            const result = await store.get(pair.rel);
            const cross = crossYearFindings(current, previous);
            const previousInfo = { rel: pair.previousRel, year: pair.previousYear };
            await store.append({ result: withCrossYear(result, previousInfo, cross) });
          }
          pairProgress.tick(pair.rel);
        }
      } finally {
        pairProgress.stop();
      }
    }
    const mode = runner.mode;
    peakWorkerHeap = Math.max(peakWorkerHeap, runner.peakWorkerHeap);
    await runner.close();

    const withReasons = async function* (): AsyncGenerator<ReviewResult> {
      for await (const r of store.each(order)) {
        const reason = r.previous ? undefined : unpaired.get(r.rel);
        yield reason ? { ...r, unpaired: reason } : r;
      }
    };

    // Totals and the chart come first in the page: one pass to count, one to write.
    const tally = new Tally();
    for await (const r of withReasons()) tally.add(r);

    await writeOutputs(options, outputs, withReasons, tally);
    written = true;

    const t = tally.totals;
    const exitCode =
      t.byStatus.unreadable > 0 || t.byStatus['not-report'] > 0 || t.reports === 0
        ? 2
        : t.byStatus.error > 0
          ? 1
          : 0;
    return { totals: t, mode, jobs, calibration, peakWorkerHeap, exitCode };
  } finally {
    if (!written) await Promise.all(outputs.sinks.map((sink) => sink.abort?.()));
    await runner?.close();
    await store.dispose();
  }
}

async function writeOutputs(
  options: ReviewOptions,
  outputs: Outputs,
  results: () => AsyncGenerator<ReviewResult>,
  tally: Tally,
): Promise<void> {
  const { html, csv, csvFindings } = outputs;
  await html?.begin({
    folder: path.resolve(options.folder),
    generatedAt: new Date(),
    totals: tally.totals,
    topRules: tally.topRules(12),
    unreadable: tally.unreadable,
    unpaired: tally.unpaired,
  });
  await options.json?.write('[');
  let first = true;
  for await (const r of results()) {
    await html?.add(r);
    await csv?.add(r);
    await csvFindings?.add(r);
    if (options.json) {
      const obj = toJsonObject(r, displayPath(options.folder, r.rel), (rel) =>
        displayPath(options.folder, rel),
      );
      await options.json.write(`${first ? '\n' : ',\n'}${JSON.stringify(obj, null, 2)}`);
      first = false;
    }
  }
  await options.json?.write(first ? ']\n' : '\n]\n');
  // The files appear only now, complete.
  await html?.end();
  await csv?.close();
  await csvFindings?.close();
}
