// Run by batch.bench.ts in a process of its own, so that its peak memory and CPU are the review's
// alone: `review-child FOLDER JOBS [replay]` reviews FOLDER (JOBS a number, or "auto" for the
// default choice) and prints one JSON line: wall and CPU time, peak RSS (threads included), the
// mode the review ran in, what it measured to choose, and review.html's size.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { workerModule } from '../src/review/pool';
import { runReview } from '../src/review/review';

async function main(): Promise<void> {
  const [folder, jobsArg, replay] = process.argv.slice(2);
  if (!folder || !jobsArg) throw new Error('usage: review-child FOLDER JOBS|auto [replay]');
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-bench-child-'));
  // The replaying workers' shared record of the files checked so far (this run's only).
  process.env.GOUJI_BENCH_REPLAY_DIR = await fs.mkdtemp(path.join(out, 'replay-'));
  try {
    const start = performance.now();
    const summary = await runReview({
      folder,
      html: path.join(out, 'review.html'),
      csv: path.join(out, 'review.csv'),
      jobs: jobsArg === 'auto' ? undefined : Number(jobsArg),
      runner:
        replay === 'replay'
          ? {
              workerFile: path.join(__dirname, 'replay-worker.ts'),
              workerExecArgv: workerModule().execArgv,
            }
          : undefined,
      progress: { write: () => true, isTTY: false },
      quiet: true,
    });
    const wallMs = performance.now() - start;
    const usage = process.resourceUsage();
    const htmlBytes = (await fs.stat(path.join(out, 'review.html'))).size;
    process.stdout.write(
      JSON.stringify({
        wallMs,
        cpuS: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
        // resourceUsage().maxRSS is in kilobytes.
        peakRss: usage.maxRSS * 1024,
        reports: summary.totals.reports,
        pairs: summary.totals.pairs,
        errors: summary.totals.byStatus.error,
        mode: summary.mode,
        jobs: summary.jobs,
        calibration: summary.calibration ?? null,
        htmlBytes,
      }) + '\n',
    );
  } finally {
    await fs.rm(out, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
