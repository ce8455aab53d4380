// `gouji check [--json] [--previous LAST.docx] [--all] FILE_OR_FOLDER…` (spec/rules.md, "The
// command line"). Registering it loads nothing heavy: the work is in check-run, loaded on use.
import type { Command } from 'commander';
import { loadCheckRun } from './lazy';
import type { Register } from './main';

export interface CheckOptions {
  json?: boolean;
  previous?: string;
  all?: boolean;
}

export const registerCheck: Register = (program: Command, setExit) => {
  program
    .command('check')
    .description('检查年报（.docx 文件或文件夹）')
    .argument('<inputs...>', '要检查的 .docx 文件或文件夹（文件夹含子目录）')
    .option('--json', '以 JSON 输出（每个文件一个对象）')
    .option('--previous <file>', '上一年度的报告，用于跨年度比对')
    .option('--all', '逐条列出所有问题（默认同类问题超过 5 条时合并为一行）')
    .action(async (inputs: string[], opts: CheckOptions) => {
      await loadCheckRun().runCheck(inputs, opts, setExit);
    });
};
