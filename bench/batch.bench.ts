// The batch review at 1,000 and 10,000 reports, with -j 1 and -j 2 (and, at 1,000, the default
// choice: free cores, then measured against the main thread): throughput, CPU, peak memory, and
// review.html's bytes per report. Each run is a process of its own (review-child.ts), so its peak
// RSS and CPU are its own. 1,000 reports are generated once and cached in the temp folder; 10,000
// are ten folders of links to them, each distinct file checked for real once and its copies
// replayed (replay-worker.ts): 10,000 real checks would keep the shared 2-core machine busy for
// many minutes, and what 10,000 add over 1,000 — discovery, the store, the cross-year pass, the
// outputs, memory — is all still measured.

import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateReport, reportToDocSpec } from '../test/fixtures/report';
import { buildDocx } from '../test/fixtures/spec';
import { OFFICES } from '../test/fixtures/offices';

const COUNT = 1000;
const CACHE = path.join(os.tmpdir(), `gouji-bench-batch-${COUNT}-v1`);

const PLACES = ['某某市', '甲市', '乙县', '丙区', '丁市', '戊县', '己区', '庚市', '辛县', '壬区'];
const YEARS = [2019, 2020, 2021, 2022];

/** 250 agencies × 4 years; a quarter of the reports with 1–3 typing slips in table 三. */
async function reports(): Promise<string[]> {
  const marker = path.join(CACHE, 'complete');
  const exists = await fs.stat(marker).catch(() => null);
  const files: string[] = [];
  if (!exists) {
    await fs.mkdir(CACHE, { recursive: true });
    process.stdout.write(`batch: generating ${COUNT} reports in ${CACHE}…\n`);
  }
  let seed = 0;
  for (const place of PLACES) {
    for (const office of OFFICES) {
      const agency = place + office;
      for (const year of YEARS) {
        seed++;
        const file = path.join(CACHE, place, `${office}-${year}.docx`);
        files.push(file);
        if (exists) continue;
        const spec = generateReport({
          version: year >= 2021 ? 2021 : 2019,
          year,
          agency,
          seed,
          proseParagraphs: seed % 7,
          errors: seed % 4 === 0 ? 1 + (seed % 3) : 0,
        });
        const titled = { ...spec, title: `${agency}${year}年政府信息公开工作年度报告` };
        await fs.mkdir(path.dirname(file), { recursive: true });
        await fs.writeFile(file, await buildDocx(reportToDocSpec(titled)));
      }
    }
  }
  if (!exists) await fs.writeFile(marker, String(files.length));
  return files.slice(0, COUNT);
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Ten folders (第01批…第10批) of links to the 1,000 reports: 10,000 files. */
async function province(files: string[]): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-bench-province-'));
  for (let copy = 1; copy <= 10; copy++) {
    const batch = path.join(dir, `第${String(copy).padStart(2, '0')}批`);
    for (const file of files) {
      const link = path.join(batch, path.relative(CACHE, file));
      await fs.mkdir(path.dirname(link), { recursive: true });
      await fs.symlink(file, link);
    }
  }
  return dir;
}

interface ChildResult {
  wallMs: number;
  cpuS: number;
  peakRss: number;
  reports: number;
  pairs: number;
  errors: number;
  mode: string;
  jobs: number;
  calibration: { poolRate: number; inProcessRate: number; chosen: string; files: number } | null;
  htmlBytes: number;
}

function review(folder: string, jobs: string, replay: boolean): ChildResult {
  const out = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(__dirname, 'review-child.ts'),
      folder,
      jobs,
      ...(replay ? ['replay'] : []),
    ],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildResult;
}

function line(label: string, r: ChildResult): string {
  const rate = r.reports / (r.wallMs / 1000);
  const chosen = r.calibration
    ? ` — measured ${r.calibration.poolRate.toFixed(1)} reports/s on ${r.jobs} worker(s) vs ${r.calibration.inProcessRate.toFixed(1)} in the main thread over ${r.calibration.files} files, chose ${r.calibration.chosen}`
    : '';
  return (
    `  ${label}: ${(r.wallMs / 1000).toFixed(1)} s, ${rate.toFixed(1)} reports/s, CPU ${r.cpuS.toFixed(1)} s ` +
    `(${((r.cpuS * 1000) / r.reports).toFixed(1)} ms a report), peak RSS ${mb(r.peakRss)}, ` +
    `${r.mode}, review.html ${(r.htmlBytes / r.reports).toFixed(0)} bytes a report${chosen}`
  );
}

export default async function batchBench(): Promise<void> {
  const files = await reports();
  const big = await province(files);
  try {
    const lines: string[] = [];
    const one = review(CACHE, '1', false);
    lines.push(
      `review: ${one.reports} reports (${one.errors} with errors, ${one.pairs} paired with the year before), ${os.availableParallelism()} cores, load average ${os.loadavg()[0].toFixed(1)}`,
      line('-j 1', one),
      line('-j 2', review(CACHE, '2', false)),
      line('default (free cores, measured)', review(CACHE, 'auto', false)),
    );
    const j1 = review(big, '1', true);
    lines.push(
      `review: ${j1.reports} reports (${j1.pairs} paired; 1,000 distinct files checked, their copies replayed)`,
      line('-j 1', j1),
      line('-j 2', review(big, '2', true)),
    );
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    await fs.rm(big, { recursive: true, force: true });
  }
}
