// `gouji`: the command line. Each subcommand lives in its own module and registers itself here.
import { Command, CommanderError } from 'commander';
import { registerCheck } from './check';
import { UserError } from './errors';
import { registerFix } from './fix';
import { registerReview } from './review';
import { usageMessage } from './usage-errors';

export type Register = (program: Command, setExit: (code: number) => void) => void;

const COMMANDS: Register[] = [registerCheck, registerFix, registerReview];

const HELP_TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

/** What an unexpected failure prints: what happened, in Chinese; the stack only with --debug. */
export function failureMessage(err: unknown, debug: boolean): string {
  if (err instanceof UserError) {
    const cause = debug && err.cause instanceof Error ? `\n${err.cause.stack ?? ''}` : '';
    return `错误：${err.message}${cause}\n`;
  }
  const message = err instanceof Error ? err.message : String(err);
  const stack = debug && err instanceof Error && err.stack ? `\n${err.stack}` : '';
  return (
    `内部错误：${message}${stack}\n` +
    (debug ? '' : '（加 --debug 可查看详细信息；如需报告问题，请附上该信息。）\n')
  );
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command('gouji')
    .description('勾稽：政府信息公开工作年度报告校验')
    .option('--debug', '出错时显示详细信息（调用栈）')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [command]', '显示某个命令的帮助')
    .configureHelp({ styleTitle: (title) => HELP_TITLES[title] ?? title })
    .exitOverride()
    // Mistakes are said in Chinese below (usage-errors), not in commander's English.
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: () => undefined });
  for (const register of COMMANDS)
    register(program, (code) => (exitCode = Math.max(exitCode, code)));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err: unknown) {
    if (err instanceof CommanderError) {
      const message = usageMessage(err);
      if (message !== null) process.stderr.write(`${message}\n`);
      return err.exitCode === 0 ? 0 : 2;
    }
    const debug = argv.includes('--debug') || program.opts<{ debug?: boolean }>().debug === true;
    process.stderr.write(failureMessage(err, debug));
    return 2;
  }
  return exitCode;
}
