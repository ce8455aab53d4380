// `gouji`: the command line. Each subcommand lives in its own module and registers itself here.
import { readFileSync } from 'fs';
import * as path from 'path';
import { Command, CommanderError, Option } from 'commander';
import { registerCheck } from './check';
import { UserError } from './errors';
import { registerFix } from './fix-command';
import { formatHelp } from './help';
import { CLI_TEXT, LANGS, langOf, type CliText } from './messages';
import { registerReview } from './review';
import { usageMessage } from './usage-errors';

export type Register = (program: Command, setExit: (code: number) => void) => void;

const COMMANDS: Register[] = [registerCheck, registerFix, registerReview];

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

/** package.json's version: lib/cli/main.js and src/cli/main.ts both sit two levels below it. */
function packageVersion(): string {
  const file = path.join(__dirname, '..', '..', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** gouji with its subcommands, speaking `text`'s language. */
export function buildProgram(text: CliText, setExit: (code: number) => void): Command {
  const program = new Command('gouji')
    .description(text.programDescription)
    .addOption(new Option('--lang <lang>', text.langOption).choices(LANGS))
    .option('--debug', text.debugOption)
    .version(text.version(packageVersion()), '-V, --version', text.versionOption)
    .helpOption('-h, --help', text.helpOption)
    .helpCommand('help [command]', text.helpCommand)
    .configureHelp({
      showGlobalOptions: true,
      formatHelp: (cmd, helper) => formatHelp(text, cmd, helper),
    })
    .exitOverride()
    // Mistakes are said in the user's language below (usage-errors), not in commander's English.
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: () => undefined });
  for (const register of COMMANDS) register(program, setExit);
  return program;
}

/** The subcommand the user asked for, for the hint after a mistake (null: none or unknown). */
function subcommandOf(program: Command, argv: readonly string[]): string | null {
  const names = program.commands.map((c) => c.name());
  return argv.find((a) => names.includes(a) && a !== 'help') ?? null;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const text = CLI_TEXT[langOf(argv)];
  const program = buildProgram(text, (code) => (exitCode = Math.max(exitCode, code)));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err: unknown) {
    if (err instanceof CommanderError) {
      const commands = program.commands.map((c) => c.name()).filter((n) => n !== 'help');
      const message = usageMessage(err, text, subcommandOf(program, argv), commands);
      if (message !== null) process.stderr.write(`${message}\n`);
      return err.exitCode === 0 ? 0 : 2;
    }
    const debug = argv.includes('--debug') || program.opts<{ debug?: boolean }>().debug === true;
    process.stderr.write(failureMessage(err, debug));
    return 2;
  }
  return exitCode;
}
