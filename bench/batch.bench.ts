// Batch review of 1,000 generated reports on this machine's cores: throughput, peak memory, and
// how far the review is from the floor of merely unzipping each file and XML-parsing its
// word/document.xml. The reports are generated once and cached in the temp folder.

import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { SaxesParser } from 'saxes';
import { runReview } from '../src/review/review';
import { generateReport, reportToDocSpec } from '../test/fixtures/report';
import { buildDocx } from '../test/fixtures/spec';

const COUNT = 1000;
const JOBS = 2;
const CACHE = path.join(os.tmpdir(), `gouji-bench-batch-${COUNT}-v1`);

const PLACES = ['某某市', '甲市', '乙县', '丙区', '丁市', '戊县', '己区', '庚市', '辛县', '壬区'];
const OFFICES = [
  '交通运输局',
  '教育局',
  '卫生健康委员会',
  '生态环境局',
  '财政局',
  '人力资源和社会保障局',
  '自然资源和规划局',
  '住房和城乡建设局',
  '市场监督管理局',
  '民政局',
  '司法局',
  '农业农村局',
  '文化和旅游局',
  '应急管理局',
  '商务局',
  '水利局',
  '审计局',
  '统计局',
  '医疗保障局',
  '退役军人事务局',
  '公安局',
  '发展和改革委员会',
  '科学技术局',
  '体育局',
  '人民政府办公室',
];
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

/** The floor: unzip and XML-parse word/document.xml, one file after another on one thread. */
async function floor(files: string[]): Promise<number> {
  const start = performance.now();
  let elements = 0;
  for (const file of files) {
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const xml = await zip.file('word/document.xml')?.async('string');
    const parser = new SaxesParser();
    parser.on('opentag', () => void elements++);
    parser.write(xml ?? '').close();
  }
  if (elements === 0) throw new Error('floor parsed nothing');
  return performance.now() - start;
}

/** Peak RSS of the process (worker threads included: they share it) while `run` runs. */
async function withPeakRss<T>(run: () => Promise<T>): Promise<{ value: T; peakRss: number }> {
  let peakRss = process.memoryUsage.rss();
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 25);
  try {
    const value = await run();
    return { value, peakRss: Math.max(peakRss, process.memoryUsage.rss()) };
  } finally {
    clearInterval(timer);
  }
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/**
 * Peak RSS of a review of the first `places` places' reports, each size in a fresh process: the
 * review streams its results, so the peak should not grow with the number of reports.
 */
async function peakFor(places: number): Promise<{ reports: number; peak: number }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-bench-subset-'));
  try {
    for (const place of PLACES.slice(0, places))
      await fs.symlink(path.join(CACHE, place), path.join(dir, place));
    const reports = places * OFFICES.length * YEARS.length;
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'review-child.ts'), dir],
      {
        encoding: 'utf8',
      },
    );
    return { reports, peak: Number(out.trim()) };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export default async function batchBench(): Promise<void> {
  const files = await reports();
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-bench-review-'));
  const silent = { write: () => true, isTTY: false };
  try {
    const review = async (jobs: number) => {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const { value, peakRss } = await withPeakRss(() =>
        runReview({
          folder: CACHE,
          html: path.join(out, 'review.html'),
          csv: path.join(out, 'review.csv'),
          jobs,
          progress: silent,
          quiet: true,
        }),
      );
      // CPU time of the whole process, worker threads included: on a busy machine wall time
      // says more about the neighbours than about the review.
      const used = process.cpuUsage(cpu);
      const cpuS = (used.user + used.system) / 1e6;
      return { ms: performance.now() - start, cpuS, peakRss, summary: value };
    };
    // Warm the file cache and the module loader, so neither measurement pays for them.
    await floor(files.slice(0, 50));
    const floorMs = await floor(files);
    const pool = await review(JOBS);
    const single = await review(1);
    const t = pool.summary.totals;
    const rate = (ms: number): string => (files.length / (ms / 1000)).toFixed(1);
    const html = (await fs.stat(path.join(out, 'review.html'))).size;
    const sizes = [];
    for (const places of [1, 4, PLACES.length]) sizes.push(await peakFor(places));
    process.stdout.write(
      [
        `batch: ${files.length} reports (${t.byStatus.error} with errors, ${t.pairs} paired with the year before), ${os.availableParallelism()} cores, load average ${os.loadavg()[0].toFixed(1)}`,
        `  pool (${JOBS} workers, ${pool.summary.mode}): ${(pool.ms / 1000).toFixed(1)} s, ${rate(pool.ms)} reports/s, CPU ${pool.cpuS.toFixed(1)} s, peak RSS ${mb(pool.peakRss)} (process, threads included), peak worker heap ${mb(pool.summary.peakWorkerHeap)}`,
        `  in process (1 thread): ${(single.ms / 1000).toFixed(1)} s, ${rate(single.ms)} reports/s, CPU ${single.cpuS.toFixed(1)} s, peak RSS ${mb(single.peakRss)}`,
        `  floor (jszip + saxes on word/document.xml, 1 thread): ${(floorMs / 1000).toFixed(1)} s, ${rate(floorMs)} files/s`,
        `  ratio to floor: ${(single.ms / floorMs).toFixed(2)}× on one thread; pool ${(pool.ms / (floorMs / JOBS)).toFixed(2)}× the floor spread over ${JOBS} threads`,
        `  review.html ${mb(html)}`,
        `  memory (pool, each size in a fresh process): ${sizes.map((x) => `${x.reports} reports ${mb(x.peak)}`).join(' · ')} peak RSS`,
      ].join('\n') + '\n',
    );
  } finally {
    await fs.rm(out, { recursive: true, force: true });
  }
}
