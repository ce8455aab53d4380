// commander's messages for a mistyped command line, in Chinese (it writes them in English).

import type { CommanderError } from 'commander';

const HINT = '（用 gouji --help 查看用法）';

/** The first '…'-quoted word of commander's message: the option, command or argument at fault. */
function quoted(message: string, n = 0): string {
  return [...message.matchAll(/'([^']*)'/g)][n]?.[1] ?? '';
}

/** The commands' argument names as the help shows them. */
const ARGUMENTS: Record<string, string> = {
  inputs: '要检查的 .docx 文件或文件夹',
  input: '要修复的 .docx 文件',
  folder: '存放报告的目录',
};

/** What a user reads for a command-line mistake, or null for help and version (exit 0). */
export function usageMessage(err: CommanderError): string | null {
  const m = err.message;
  switch (err.code) {
    case 'commander.helpDisplayed':
    case 'commander.version':
    case 'commander.help':
      return null;
    case 'commander.unknownOption':
      return `未知的选项：${quoted(m)}${HINT}`;
    case 'commander.unknownCommand':
      return `未知的命令：${quoted(m)}（可用的命令：check、fix、review）${HINT}`;
    case 'commander.missingArgument':
      return `缺少参数：${ARGUMENTS[quoted(m)] ?? quoted(m)}${HINT}`;
    case 'commander.optionMissingArgument':
      return `选项 ${quoted(m)} 缺少取值${HINT}`;
    case 'commander.invalidArgument': {
      const why = m.split('is invalid.')[1]?.trim();
      return `选项 ${quoted(m)} 的取值 ${quoted(m, 1)} 无效${why ? `：${why}` : ''}${HINT}`;
    }
    case 'commander.excessArguments':
      return `参数过多：${quoted(m)} 只接受 ${m.match(/Expected (\d+)/)?.[1] ?? '规定数量'} 个参数${HINT}`;
    default:
      return `命令行有误：${m.replace(/^error:\s*/, '')}${HINT}`;
  }
}
