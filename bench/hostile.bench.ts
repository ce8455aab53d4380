// Hostile inputs through read + check, one child process per document: the worst time and the
// peak memory, against the goal of at most 5 s and 500 MB each.
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { hostileDocuments } from './hostile-docs';

const GOAL_MS = 5000;
/** A document still running after this is stopped and reported as over the goal. */
const CUTOFF_MS = 60_000;
const GOAL_BYTES = 500 * 1024 * 1024;

interface Run {
  ms: number;
  rss: number;
  findings?: number;
  refused?: string;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export default async function bench(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-bench-hostile-'));
  try {
    const docs = await hostileDocuments();
    console.log('hostile-input bench (read + check, one process per document)');
    let worst = { ms: 0, name: '' };
    let peak = { rss: 0, name: '' };
    for (const [i, doc] of docs.entries()) {
      const file = path.join(dir, `${i}.docx`);
      await fs.writeFile(file, doc.docx);
      const args = ['--import', 'tsx', path.join(__dirname, 'hostile-child.ts'), file];
      if (doc.previous) {
        const previous = path.join(dir, `${i}-previous.docx`);
        await fs.writeFile(previous, doc.previous);
        args.push(previous);
      }
      let run: Run;
      try {
        run = JSON.parse(
          execFileSync(process.execPath, args, {
            encoding: 'utf8',
            maxBuffer: 1 << 20,
            timeout: CUTOFF_MS,
          }),
        ) as Run;
      } catch {
        console.log(`  ${doc.name}: stopped after ${CUTOFF_MS / 1000} s`);
        worst = { ms: Math.max(worst.ms, CUTOFF_MS), name: doc.name };
        continue;
      }
      console.log(
        `  ${doc.name}: ${run.ms.toFixed(0)} ms, peak ${mb(run.rss)}, ${run.refused ? `refused (${run.refused})` : `${run.findings} findings`}`,
      );
      if (run.ms > worst.ms) worst = { ms: run.ms, name: doc.name };
      if (run.rss > peak.rss) peak = { rss: run.rss, name: doc.name };
    }
    const ok = worst.ms <= GOAL_MS && peak.rss <= GOAL_BYTES ? 'within' : 'OVER';
    console.log(
      `  hostile inputs: worst ${(worst.ms / 1000).toFixed(2)} s (${worst.name}), peak ${mb(peak.rss)} (${peak.name}) — ${ok} the goal of ${GOAL_MS / 1000} s and ${mb(GOAL_BYTES)} each`,
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
