// commander's messages for a mistyped command line, in the command line's language (commander
// writes them in English). Its message formats are those of commander 14.

import type { CommanderError } from 'commander';
import { localTerm } from './help';
import type { CliText } from './messages';

/** The first '…'-quoted word of commander's message: the option, command or argument at fault. */
function quoted(message: string, n = 0): string {
  return [...message.matchAll(/'([^']*)'/g)][n]?.[1] ?? '';
}

/** commander's "(Did you mean --json?)", or null. */
function suggestion(message: string): string | null {
  return message.match(/\(Did you mean (?:one of )?(.+)\?\)/)?.[1] ?? null;
}

/**
 * What a user reads for a command-line mistake, or null for help and version (exit 0).
 * `command` is the subcommand being run, for the hint; `commands` those that exist.
 */
export function usageMessage(
  err: CommanderError,
  text: CliText,
  command: string | null,
  commands: readonly string[],
): string | null {
  const m = err.message;
  const t = text.usage;
  const hint = t.hint(command);
  switch (err.code) {
    case 'commander.helpDisplayed':
    case 'commander.version':
    case 'commander.help':
      return null;
    case 'commander.unknownOption':
      return t.unknownOption(quoted(m), suggestion(m)) + hint;
    case 'commander.unknownCommand':
      return t.unknownCommand(quoted(m), suggestion(m), [...commands]) + t.hint(null);
    case 'commander.missingArgument':
      return t.missingArgument(text.argumentNames[quoted(m)] ?? quoted(m)) + hint;
    case 'commander.optionMissingArgument':
      return t.optionMissingArgument(localTerm(text, quoted(m))) + hint;
    case 'commander.invalidArgument': {
      const detail = m.split('is invalid.')[1]?.trim() ?? '';
      const allowed = detail.match(/^Allowed choices are (.+)\.$/)?.[1];
      const why = allowed ? t.choices(allowed.split(', ')) : detail || null;
      return t.invalidArgument(localTerm(text, quoted(m)), quoted(m, 1), why) + hint;
    }
    case 'commander.excessArguments':
      return t.excessArguments(quoted(m), m.match(/Expected (\d+)/)?.[1] ?? '?') + hint;
    default:
      return t.other(m.replace(/^error:\s*/, '')) + hint;
  }
}
