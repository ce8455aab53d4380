// `gouji fix IN.docx -o OUT.docx [--in-place] [--no-marks] [--json]`. Registering it loads
// nothing heavy: the reader, the engine and the writer are loaded (fix.ts) when fix runs.
import type { Command } from 'commander';
import { loadFix } from './lazy';
import type { Register } from './main';

export interface FixOptions {
  output?: string;
  inPlace?: boolean;
  /** commander's `--no-marks` sets `marks: false`. */
  marks: boolean;
  json?: boolean;
}

export const registerFix: Register = (program: Command, setExit) => {
  program
    .command('fix')
    .description('自动修复年报中可安全修复的问题，并标记其余问题')
    .argument('<input>', '要修复的 .docx 文件')
    .option('-o, --output <file>', '修复后写入的文件')
    .option('--in-place', '直接覆盖原文件')
    .option('--no-marks', '不在文档中标记剩余问题')
    .option('--json', '以 JSON 输出结果')
    .action(async (input: string, opts: FixOptions) => {
      await loadFix().runFix(input, opts, setExit);
    });
};
