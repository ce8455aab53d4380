// Run by batch.bench.ts in a process of its own, so that its peak memory is the review's alone:
// reviews FOLDER with the pool and prints the process's peak RSS in bytes (threads included).
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runReview } from '../src/review/review';

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (!folder) throw new Error('usage: review-child FOLDER');
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-bench-child-'));
  try {
    await runReview({
      folder,
      html: path.join(out, 'review.html'),
      csv: path.join(out, 'review.csv'),
      jobs: 2,
      progress: { write: () => true, isTTY: false },
      quiet: true,
    });
  } finally {
    await fs.rm(out, { recursive: true, force: true });
  }
  // resourceUsage().maxRSS is in kilobytes.
  process.stdout.write(String(process.resourceUsage().maxRSS * 1024));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
