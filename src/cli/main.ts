// `gouji`: the command line. Each subcommand lives in its own module and registers itself here.
import { Command } from 'commander';
import { registerCheck } from './check';
import { registerFix } from './fix';
import { registerReview } from './review';

export type Register = (program: Command, setExit: (code: number) => void) => void;

const COMMANDS: Register[] = [registerCheck, registerFix, registerReview];

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command('gouji')
    .description('勾稽：政府信息公开工作年度报告校验')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of COMMANDS)
    register(program, (code) => (exitCode = Math.max(exitCode, code)));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err: unknown) {
    const code = (err as { exitCode?: number }).exitCode;
    return typeof code === 'number' ? (code === 0 ? 0 : 2) : 2;
  }
  return exitCode;
}
