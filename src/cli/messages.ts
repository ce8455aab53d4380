// Every word the command line itself says about its use (help, usage mistakes, --version), in
// Chinese and, with `--lang en`, in English. The findings and the reports stay Chinese in both:
// they quote Chinese documents and are read by the people who write them.

export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Which words a usage mistake is about, as commander names them (option flags, argument names). */
export interface UsageErrorText {
  unknownOption: (option: string, suggestion: string | null) => string;
  unknownCommand: (command: string, suggestion: string | null, commands: string[]) => string;
  missingArgument: (argument: string) => string;
  optionMissingArgument: (option: string) => string;
  invalidArgument: (option: string, value: string, why: string | null) => string;
  choices: (allowed: string[]) => string;
  excessArguments: (command: string, expected: string) => string;
  other: (message: string) => string;
  /** Appended to each mistake: where the usage is explained. */
  hint: (command: string | null) => string;
}

/** A command line and, optionally, what it does. */
export type Example = readonly [string, string?];

export interface CliText {
  lang: Lang;
  titles: {
    usage: string;
    arguments: string;
    options: string;
    globalOptions: string;
    commands: string;
    examples: string;
    exitCodes: string;
  };
  /** `[options]` and `[command]` in a usage line. */
  optionsWord: string;
  commandWord: string;
  /** Argument names and option placeholders (`<file>`) as the help shows them. */
  terms: Readonly<Record<string, string>>;
  /** What a missing argument is, by its registered name. */
  argumentNames: Readonly<Record<string, string>>;
  /**
   * Descriptions replacing the registered (Chinese) ones, keyed by the command's path and the
   * option's long flag or the argument's name: `"check"`, `"check --json"`, `"check <inputs>"`.
   */
  descriptions: Readonly<Record<string, string>>;
  helpOption: string;
  helpCommand: string;
  versionOption: string;
  langOption: string;
  debugOption: string;
  programDescription: string;
  version: (version: string) => string;
  /** Examples (a command line and what it does) at the end of a command's help, by command path ('' for gouji). */
  examples: Readonly<Record<string, readonly Example[]>>;
  exitCodes: Readonly<Record<string, readonly string[]>>;
  usage: UsageErrorText;
}

const CHECK_EXIT_ZH = [
  '0  没有错误级问题（可能有警告）',
  '1  有文件存在错误级问题',
  '2  有文件无法读取或不是年报，或没有找到可检查的报告，或命令行有误',
];

const ZH: CliText = {
  lang: 'zh',
  titles: {
    usage: '用法：',
    arguments: '参数：',
    options: '选项：',
    globalOptions: '全局选项：',
    commands: '命令：',
    examples: '示例：',
    exitCodes: '退出码：',
  },
  optionsWord: '[选项]',
  commandWord: '[命令]',
  terms: {
    inputs: '文件或文件夹',
    input: '文件',
    folder: '文件夹',
    command: '命令',
    '<file>': '<文件>',
    '<n>': '<数量>',
    '<lang>': '<语言>',
  },
  argumentNames: {
    inputs: '要检查的 .docx 文件或文件夹',
    input: '要修复的 .docx 文件',
    folder: '存放报告的目录',
  },
  descriptions: {},
  helpOption: '显示帮助',
  helpCommand: '显示某个命令的帮助',
  versionOption: '显示版本号',
  langOption: '界面语言：zh（中文，默认）或 en（英文）',
  debugOption: '出错时显示详细信息（调用栈）',
  programDescription: '勾稽：政府信息公开工作年度报告校验',
  version: (v) => `勾稽（gouji）版本 ${v}`,
  examples: {
    '': [
      ['gouji check 报告.docx', '检查一份年报'],
      ['gouji check --previous 2021年报.docx 2022年报.docx', '加上跨年度比对'],
      ['gouji fix 报告.docx -o 报告-修复.docx', '修复可安全修复的问题'],
      ['gouji review 收到的报告/ -o review.html', '批量审查，生成汇总网页'],
      ['gouji help check', '查看 check 命令的用法'],
    ],
    check: [
      ['gouji check 报告.docx', '按章节列出问题，错误在前'],
      ['gouji check 收到的报告/', '文件夹下（含子目录）所有 .docx，末行为合计'],
      ['gouji check --json 报告.docx > 结果.json', 'JSON，格式见 docs/check-json.md'],
      ['gouji check --previous 2021年报.docx 2022年报.docx', '加上跨年度比对'],
    ],
    fix: [
      ['gouji fix 报告.docx -o 报告-修复.docx', '写入新文件，剩余问题在文档中标记'],
      ['gouji fix 报告.docx --in-place --no-marks', '覆盖原文件，不加标记'],
    ],
    review: [
      ['gouji review 收到的报告/ -o review.html --csv review.csv', '汇总网页和 Excel 表格'],
      ['gouji review 收到的报告/ --json > 审查.json', 'JSON'],
    ],
  },
  exitCodes: {
    '': CHECK_EXIT_ZH,
    check: CHECK_EXIT_ZH,
    fix: [
      '0  修复后没有错误级问题',
      '1  修复后仍有错误级问题',
      '2  文件无法读取、不是年报、无法写入，或命令行有误',
    ],
    review: [
      '0  没有报告存在错误级问题',
      '1  有报告存在错误级问题',
      '2  有文件无法读取或不是年报，或目录中没有报告，或命令行有误',
    ],
  },
  usage: {
    unknownOption: (option, suggestion) =>
      `未知的选项：${option}${suggestion ? `，是不是要用 ${suggestion}？` : ''}`,
    unknownCommand: (command, suggestion, commands) =>
      `未知的命令：${command}${suggestion ? `，是不是要用 ${suggestion}？` : ''}` +
      `（可用的命令：${commands.join('、')}）`,
    missingArgument: (argument) => `缺少参数：${argument}`,
    optionMissingArgument: (option) => `选项 ${option} 缺少取值`,
    invalidArgument: (option, value, why) =>
      `选项 ${option} 的取值 ${value} 无效${why ? `：${why}` : ''}`,
    choices: (allowed) => `可选 ${allowed.join('、')}`,
    excessArguments: (command, expected) => `参数过多：${command} 只接受 ${expected} 个参数`,
    other: (message) => `命令行有误：${message}`,
    hint: (command) => `（用 gouji ${command ? `${command} ` : ''}--help 查看用法）`,
  },
};

const CHECK_EXIT_EN = [
  '0  no error-severity finding (there may be warnings)',
  '1  some file has an error-severity finding',
  '2  a file cannot be read or is not an annual report, nothing was found to check, or the command line is wrong',
];

const EN: CliText = {
  lang: 'en',
  titles: {
    usage: 'Usage: ',
    arguments: 'Arguments:',
    options: 'Options:',
    globalOptions: 'Global options:',
    commands: 'Commands:',
    examples: 'Examples:',
    exitCodes: 'Exit codes:',
  },
  optionsWord: '[options]',
  commandWord: '[command]',
  terms: {},
  argumentNames: {
    inputs: 'the .docx files or folders to check',
    input: 'the .docx file to fix',
    folder: 'the folder holding the reports',
  },
  descriptions: {
    check: 'Check annual reports (.docx files or folders). Findings are reported in Chinese.',
    'check <inputs>': '.docx files or folders (with their subfolders)',
    'check --json': 'print JSON (one object per file)',
    'check --previous': "last year's report, for the cross-year rules",
    'check --all': 'list every finding instead of folding more than 5 of a kind into one line',
    fix: 'Apply every safe fix to a report and mark the remaining problems',
    'fix <input>': 'the .docx file to fix',
    'fix --output': 'write the fixed report to this file',
    'fix --in-place': 'overwrite the original file',
    'fix --no-marks': 'do not mark the remaining problems in the document',
    'fix --json': 'print the result as JSON',
    review: 'Review every annual report below a folder: a summary web page and tables',
    'review <folder>': 'the folder holding the reports',
    'review --output': 'the summary web page (default review.html; not written with --json alone)',
    'review --csv': 'a CSV with one line per report (Excel opens it)',
    'review --csv-findings': 'a CSV with one line per finding',
    'review --json': 'print JSON on stdout (as check --json, with the cross-year pairing)',
    'review --jobs': 'how many threads check in parallel (by default chosen from the free cores)',
    'review --quiet': 'do not show progress',
    help: 'display help for a command',
    'help <command>': 'the command',
  },
  helpOption: 'display help',
  helpCommand: 'display help for a command',
  versionOption: 'display the version',
  langOption: 'language: zh (Chinese, the default) or en (English)',
  debugOption: 'on a failure, show the details (stack trace)',
  programDescription: 'gouji (勾稽): checks annual reports on government information disclosure',
  version: (v) => `gouji version ${v}`,
  examples: {
    '': [
      ['gouji check report.docx', 'check one report'],
      ['gouji check --previous 2021.docx 2022.docx', 'with the cross-year rules'],
      ['gouji fix report.docx -o report-fixed.docx', 'apply the safe fixes'],
      ['gouji review reports/ -o review.html', 'review a folder into one web page'],
      ['gouji --lang en help check', 'how to use check, in English'],
    ],
    check: [
      ['gouji check report.docx', 'findings by section, errors first'],
      ['gouji check reports/', 'every .docx below the folder, then a total'],
      ['gouji check --json report.docx > out.json', 'JSON, see docs/check-json.md'],
      ['gouji check --previous 2021.docx 2022.docx', 'with the cross-year rules'],
    ],
    fix: [
      ['gouji fix report.docx -o report-fixed.docx', 'write a new file, mark what remains'],
      ['gouji fix report.docx --in-place --no-marks', 'overwrite the original, no marks'],
    ],
    review: [
      ['gouji review reports/ -o review.html --csv review.csv', 'a web page and an Excel table'],
      ['gouji review reports/ --json > review.json', 'JSON'],
    ],
  },
  exitCodes: {
    '': CHECK_EXIT_EN,
    check: CHECK_EXIT_EN,
    fix: [
      '0  no error-severity finding remains after fixing',
      '1  error-severity findings remain',
      '2  the file cannot be read, is not an annual report or cannot be written, or the command line is wrong',
    ],
    review: [
      '0  no report has an error-severity finding',
      '1  some report has an error-severity finding',
      '2  a file cannot be read or is not an annual report, the folder holds no report, or the command line is wrong',
    ],
  },
  usage: {
    unknownOption: (option, suggestion) =>
      `unknown option: ${option}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
    unknownCommand: (command, suggestion, commands) =>
      `unknown command: ${command}${suggestion ? ` (did you mean ${suggestion}?)` : ''}` +
      ` (commands: ${commands.join(', ')})`,
    missingArgument: (argument) => `missing argument: ${argument}`,
    optionMissingArgument: (option) => `option ${option} needs a value`,
    invalidArgument: (option, value, why) =>
      `option ${option}: the value ${value} is not valid${why ? `: ${why}` : ''}`,
    choices: (allowed) => `one of ${allowed.join(', ')}`,
    excessArguments: (command, expected) =>
      `too many arguments: ${command} takes ${expected} argument${expected === '1' ? '' : 's'}`,
    other: (message) => `command line error: ${message}`,
    hint: (command) => ` (see gouji ${command ? `${command} ` : ''}--help)`,
  },
};

export const CLI_TEXT: Readonly<Record<Lang, CliText>> = { zh: ZH, en: EN };

/**
 * The language the command line speaks: Chinese unless `--lang en` is given. LANG is not read on
 * purpose: the servers and CI runners that call gouji often say `C` or `en_US.UTF-8` while the
 * people reading the output are Chinese.
 */
export function langOf(argv: readonly string[]): Lang {
  let lang: Lang = 'zh';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value === 'en' || value === 'zh') lang = value;
  }
  return lang;
}
