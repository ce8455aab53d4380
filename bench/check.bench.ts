// The engine's speed: one report, a 50-page report, and a batch of 200, each next to three floors
// of merely getting at the same files' text:
//   JSZip + saxes   unzip with JSZip and tokenize word/document.xml with saxes (the stack gouji
//                   was first built on; this bench's original floor);
//   zlib + scan     inflate word/document.xml with node:zlib and find the elements a checker needs
//                   (paragraphs, texts, cells) with indexOf: the physical floor in Node;
//   fflate + scan   the same with fflate, the inflater the browser checker uses.
// All figures are CPU time (user + system) per report, best of several rounds, on one thread, each
// task in processes of its own (check-child.ts). gouji is measured as it ships (lib/, see ./shipped).
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import path from 'path';
import { shippedEngine } from './shipped';
import { generateReport, reportToDocSpec } from '../test/fixtures/report';
import { buildDocx } from '../test/fixtures/spec';

const TASKS: [label: string, task: string][] = [
  ['gouji', 'gouji'],
  ['its read', 'read'],
  ['JSZip+saxes', 'jszipSaxes'],
  ['zlib+scan', 'zlibScan'],
  ['fflate+scan', 'fflateScan'],
];

/** How many processes each task gets; its figures are the best of them. */
const RUNS = 2;

interface Times {
  one: number;
  long: number;
  batch: number;
}

/** The one report, the 50-page one and the batch, written to `dir` for the children. */
async function writeReports(dir: string): Promise<number> {
  const one = generateReport({ version: 2021, year: 2021, agency: '某某区某某局', seed: 1 });
  writeFileSync(path.join(dir, 'one.docx'), await buildDocx(reportToDocSpec(one)));
  const long = generateReport({
    version: 2021,
    year: 2021,
    agency: '某某区某某局',
    seed: 2,
    proseParagraphs: 400,
  });
  const longDocx = await buildDocx(reportToDocSpec(long));
  writeFileSync(path.join(dir, 'long.docx'), longDocx);
  mkdirSync(path.join(dir, 'batch'));
  for (let i = 0; i < 200; i++) {
    const version = i % 3 === 0 ? 2019 : 2021;
    const spec = generateReport({
      version,
      year: version === 2019 ? 2020 : 2021 + (i % 3),
      agency: `第${i}局`,
      seed: 1000 + i,
      errors: i % 4,
    });
    const name = `${String(i).padStart(3, '0')}.docx`;
    writeFileSync(path.join(dir, 'batch', name), await buildDocx(reportToDocSpec(spec)));
  }
  return longDocx.length;
}

function measure(task: string, dir: string): Times {
  const child = path.join(__dirname, 'check-child.ts');
  const out = execFileSync(process.execPath, ['--import', 'tsx', child, task, dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out) as Times;
}

export default async function bench(): Promise<void> {
  const gouji = await shippedEngine();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gouji-bench-check-'));
  try {
    const longBytes = await writeReports(dir);
    const paragraphs = (await gouji.readDocx(readFileSync(path.join(dir, 'long.docx')))).model
      .paragraphs.length;
    // Each task twice, the tasks taking turns: the machine's load drifts from minute to minute,
    // and a ratio of two figures taken in different minutes carries that drift.
    const times = TASKS.map(([, task]) => measure(task, dir));
    for (let run = 1; run < RUNS; run++) {
      TASKS.forEach(([, task], i) => {
        const again = measure(task, dir);
        const best = times[i];
        for (const key of ['one', 'long', 'batch'] as const)
          best[key] = Math.min(best[key], again[key]);
      });
    }

    console.log(
      `check bench (CPU per report, best of several rounds, one thread, each task in a process of its own, best of ${RUNS}; gouji from ${gouji.from}/, inflating with ${gouji.inflater})`,
    );
    const head = TASKS.map(([label]) => label.padStart(10)).join('  ');
    console.log(`  ${''.padEnd(30)} ${head}   gouji ÷ each floor`);
    const rows: [string, keyof Times][] = [
      ['one report', 'one'],
      [`50-page report (${paragraphs} ¶, ${(longBytes / 1024).toFixed(0)} KiB)`, 'long'],
      ['batch of 200 (per report)', 'batch'],
    ];
    for (const [label, key] of rows) {
      const t = times.map((x) => x[key]);
      const cells = t.map((x) => `${x.toFixed(2).padStart(7)} ms`).join('  ');
      const ratios = t
        .slice(2)
        .map((x) => `${(t[0] / x).toFixed(2)}×`.padStart(6))
        .join('  ');
      console.log(`  ${label.padEnd(30)} ${cells}   ${ratios}`);
    }
    console.log('  goal: gouji ≤ 3× the zlib+scan floor per report');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
