// `gouji review FOLDER -o review.html [--csv review.csv] [--csv-findings f.csv] [--json] [--jobs N]`:
// a supervisor's batch review of every report below a folder.

import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { promises as fs } from 'fs';
import { NOTHING_FOUND } from './nothing-found';
import { loadReview } from './lazy';
import type { Register } from './main';

interface ReviewCliOptions {
  output?: string;
  csv?: string;
  csvFindings?: string;
  json?: boolean;
  jobs?: number;
  quiet?: boolean;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('应为正整数');
  return n;
}

export const registerReview: Register = (program: Command, setExit) => {
  program
    .command('review')
    .description('批量审查目录下的全部年度报告（含子目录），生成汇总网页与表格')
    .argument('<folder>', '存放报告的目录')
    .option('-o, --output <file>', '汇总网页（默认 review.html；仅用 --json 时不生成）')
    .option('--csv <file>', '每份报告一行的 CSV（Excel 可直接打开）')
    .option('--csv-findings <file>', '每个问题一行的 CSV')
    .option('--json', '在标准输出打印 JSON（与 check --json 相同，另含跨年度比对信息）')
    .option(
      '-j, --jobs <n>',
      '并行检查的线程数（默认按空闲的处理器核数，并实测是否比单线程快）',
      parseJobs,
    )
    .option('-q, --quiet', '不显示进度')
    .action(async (folder: string, opts: ReviewCliOptions) => {
      const stat = await fs.stat(folder).catch(() => null);
      if (!stat?.isDirectory()) {
        process.stderr.write(`找不到目录：${folder}\n`);
        setExit(2);
        return;
      }
      // Loaded here, not at start-up: the pool and the progress bar are review's alone.
      const { runReview, streamSink, STATUS_NAMES } = loadReview();
      const html = opts.output ?? (opts.json ? undefined : 'review.html');
      const summary = await runReview({
        folder,
        html,
        csv: opts.csv,
        csvFindings: opts.csvFindings,
        json: opts.json ? streamSink(process.stdout, false) : undefined,
        jobs: opts.jobs,
        progress: process.stderr,
        quiet: opts.quiet,
        warn: (message) => process.stderr.write(`${message}\n`),
      });
      const t = summary.totals;
      const outputs = [html, opts.csv, opts.csvFindings].filter((f): f is string => !!f);
      const lines = [
        t.reports === 0
          ? `${NOTHING_FOUND}${folder}`
          : `已审查 ${t.reports} 份报告：${STATUS_NAMES.pass} ${t.byStatus.pass}，` +
            `${STATUS_NAMES.error} ${t.byStatus.error}，${STATUS_NAMES.warning} ${t.byStatus.warning}，` +
            `${STATUS_NAMES['not-report']} ${t.byStatus['not-report']}，` +
            `${STATUS_NAMES.unreadable} ${t.byStatus.unreadable}；与上年报告比对 ${t.pairs} 份。`,
        ...(outputs.length > 0 ? [`已生成：${outputs.join('、')}`] : []),
      ];
      // With --json, stdout is the JSON alone; an empty folder is a failure, said on stderr.
      (opts.json || t.reports === 0 ? process.stderr : process.stdout).write(
        lines.join('\n') + '\n',
      );
      setExit(summary.exitCode);
    });
};
