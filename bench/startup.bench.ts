// The command's start-up: CPU of a whole `node bin/gouji.js check ONE.docx` process (Node's own
// start included, as a user pays it), against Node alone and the goal of 0.3 s (issue 14).
// The built lib/ is what the installed bin runs, so it is rebuilt first, as `npm install` does.
import { execFileSync } from 'child_process';
import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

const GOAL_MS = 300;
const RUNS = 11;
const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'gouji.js');
const FILE = path.join(ROOT, 'test', 'fixtures', 'clean-2019.docx');

// Loaded with -r into the measured process: its CPU (user + system) when it exits.
const PRELOAD = `process.on('exit', () => {
  const u = process.cpuUsage();
  require('fs').writeFileSync(process.env.GOUJI_CPU_FILE, String((u.user + u.system) / 1000));
});`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export default async function bench(): Promise<void> {
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: ROOT,
    },
  );
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-bench-startup-'));
  try {
    const preload = path.join(dir, 'cpu.js');
    const out = path.join(dir, 'cpu.txt');
    await fs.writeFile(preload, PRELOAD);
    const cpu = (args: string[]): number => {
      try {
        execFileSync(process.execPath, ['-r', preload, ...args], {
          env: { ...process.env, GOUJI_CPU_FILE: out },
          stdio: 'ignore',
        });
      } catch {
        // check exits 1 or 2 on a report with findings; the CPU is measured all the same.
      }
      return Number(readFileSync(out, 'utf8'));
    };
    const runs = { node: [] as number[], check: [] as number[], help: [] as number[] };
    // Interleaved, so that a busy moment on the machine weighs on all three alike.
    for (let i = 0; i < RUNS; i++) {
      runs.node.push(cpu(['-e', '0']));
      runs.check.push(cpu([BIN, 'check', FILE]));
      runs.help.push(cpu([BIN, '--help']));
    }
    const check = median(runs.check);
    console.log(
      `cli start-up CPU (check one file): ${check.toFixed(0)} ms ` +
        `(median of ${RUNS}; Node alone ${median(runs.node).toFixed(0)} ms, ` +
        `gouji --help ${median(runs.help).toFixed(0)} ms; goal ≤ ${GOAL_MS} ms: ` +
        `${check <= GOAL_MS ? 'within' : 'OVER'})`,
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
