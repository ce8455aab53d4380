// The command line's own words: help, mistakes and --version in Chinese (exit 2 for a mistake,
// 0 for help and version); the same in English with --lang en.
import { readFileSync } from 'fs';
import * as path from 'path';
import { displayWidth } from '../../src/cli/help';
import { langOf } from '../../src/cli/messages';
import { run } from './run';

const VERSION = (
  JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

const hint = (command?: string): string =>
  `（用 gouji ${command ? `${command} ` : ''}--help 查看用法）\n`;

test.each([
  [['check'], `缺少参数：要检查的 .docx 文件或文件夹${hint('check')}`],
  [['review'], `缺少参数：存放报告的目录${hint('review')}`],
  [['fix'], `缺少参数：要修复的 .docx 文件${hint('fix')}`],
  [['check', '--nope', 'x.docx'], `未知的选项：--nope${hint('check')}`],
  [['check', '--jsn', 'x.docx'], `未知的选项：--jsn，是不是要用 --json？${hint('check')}`],
  [['nope'], `未知的命令：nope（可用的命令：check、fix、review）${hint()}`],
  [
    ['chek', 'x.docx'],
    `未知的命令：chek，是不是要用 check？（可用的命令：check、fix、review）${hint()}`,
  ],
  [
    ['review', 'x', '--jobs', '0'],
    `选项 -j, --jobs <数量> 的取值 0 无效：应为正整数${hint('review')}`,
  ],
  [['fix', 'a.docx', 'b.docx'], `参数过多：fix 只接受 1 个参数${hint('fix')}`],
  [['check', 'a.docx', '--previous'], `选项 --previous <文件> 缺少取值${hint('check')}`],
  [
    ['--lang', 'fr', 'check', 'a.docx'],
    `选项 --lang <语言> 的取值 fr 无效：可选 zh、en${hint('check')}`,
  ],
])('gouji %j → exit 2 and one Chinese line', async (args, err) => {
  expect(await run(args)).toEqual({ code: 2, out: '', err });
});

test.each([
  [
    ['--lang', 'en', 'check'],
    'missing argument: the .docx files or folders to check (see gouji check --help)\n',
  ],
  [
    ['check', '--jsn', 'x.docx', '--lang=en'],
    'unknown option: --jsn (did you mean --json?) (see gouji check --help)\n',
  ],
  [
    ['--lang', 'en', 'fix', 'a', 'b'],
    'too many arguments: fix takes 1 argument (see gouji fix --help)\n',
  ],
])('gouji %j → exit 2 and one English line', async (args, err) => {
  expect(await run(args)).toEqual({ code: 2, out: '', err });
});

test('--version says the version in Chinese, or in English with --lang en', async () => {
  expect(await run(['--version'])).toEqual({
    code: 0,
    out: `勾稽（gouji）版本 ${VERSION}\n`,
    err: '',
  });
  expect(await run(['-V', '--lang', 'en'])).toEqual({
    code: 0,
    out: `gouji version ${VERSION}\n`,
    err: '',
  });
});

test('check --help: usage, arguments, options, examples and exit codes, all in Chinese', async () => {
  const r = await run(['check', '--help']);
  expect(r.code).toBe(0);
  expect(r.err).toBe('');
  expect(r.out).toBe(
    [
      '用法：gouji check [选项] <文件或文件夹...>',
      '',
      '检查年报（.docx 文件或文件夹）',
      '',
      '参数：',
      '  <文件或文件夹...>  要检查的 .docx 文件或文件夹（文件夹含子目录）',
      '',
      '选项：',
      '  --json             以 JSON 输出（每个文件一个对象）',
      '  --previous <文件>  上一年度的报告，用于跨年度比对',
      '  --all              逐条列出所有问题（默认同类问题超过 5 条时合并为一行）',
      '  -h, --help         显示帮助',
      '',
      '全局选项：',
      '  --lang <语言>      界面语言：zh（中文，默认）或 en（英文）',
      '  --debug            出错时显示详细信息（调用栈）',
      '  -V, --version      显示版本号',
      '',
      '示例：',
      '  gouji check 报告.docx                               # 按章节列出问题，错误在前',
      '  gouji check 收到的报告/                             # 文件夹下（含子目录）所有 .docx，末行为合计',
      '  gouji check --json 报告.docx > 结果.json            # JSON，格式见 docs/check-json.md',
      '  gouji check --previous 2021年报.docx 2022年报.docx  # 加上跨年度比对',
      '',
      '退出码：',
      '  0  没有错误级问题（可能有警告）',
      '  1  有文件存在错误级问题',
      '  2  有文件无法读取或不是年报，或没有找到可检查的报告，或命令行有误',
      '',
    ].join('\n'),
  );
});

test('gouji --help lists the commands in Chinese; gouji alone shows it as a mistake (exit 2)', async () => {
  const r = await run(['--help']);
  expect(r.code).toBe(0);
  expect(r.out.split('\n').slice(0, 16)).toEqual([
    '用法：gouji [选项] [命令]',
    '',
    '勾稽：政府信息公开工作年度报告校验',
    '',
    '选项：',
    '  --lang <语言>                   界面语言：zh（中文，默认）或 en（英文）',
    '  --debug                         出错时显示详细信息（调用栈）',
    '  -V, --version                   显示版本号',
    '  -h, --help                      显示帮助',
    '',
    '命令：',
    '  check [选项] <文件或文件夹...>  检查年报（.docx 文件或文件夹）',
    '  fix [选项] <文件>               自动修复年报中可安全修复的问题，并标记其余问题',
    '  review [选项] <文件夹>          批量审查目录下的全部年度报告（含子目录），生成汇总网页与表格',
    '  help [命令]                     显示某个命令的帮助',
    '',
  ]);
  expect(r.out).toContain('退出码：\n  0  没有错误级问题（可能有警告）\n');
  expect(await run([])).toEqual({ code: 2, out: '', err: r.out });
  expect((await run(['help', 'check'])).out).toBe((await run(['check', '--help'])).out);
});

test('every help in Chinese has no English word but option names, file names and commands', async () => {
  for (const args of [['--help'], ['check', '-h'], ['fix', '-h'], ['review', '-h']]) {
    const { out } = await run(args);
    const words = out
      // Option names, and placeholders of options other helpers may add (exact texts are above).
      .replace(/--?[a-z][a-z-]*|<[^>]*>/g, '')
      .replace(
        /\b(gouji|check|fix|review|help|docx|json|html|csv|md|zh|en|docs|JSON|CSV|Excel|Word|WPS)\b/g,
        '',
      )
      .match(/[A-Za-z]{2,}/g);
    expect([args, words]).toEqual([args, null]);
  }
});

test('with --lang en the help is in English, the placeholders too', async () => {
  const r = await run(['--lang', 'en', 'fix', '--help']);
  expect(r.out.split('\n').slice(0, 14)).toEqual([
    'Usage: gouji fix [options] <input>',
    '',
    'Apply every safe fix to a report and mark the remaining problems',
    '',
    'Arguments:',
    '  <input>              the .docx file to fix',
    '',
    'Options:',
    '  -o, --output <file>  write the fixed report to this file',
    '  --in-place           overwrite the original file',
    '  --no-marks           do not mark the remaining problems in the document',
    '  --json               print the result as JSON',
    '  -h, --help           display help',
    '',
  ]);
  expect(r.out).toContain('Exit codes:\n  0  no error-severity finding remains after fixing\n');
});

test('with --lang en, gouji, check and fix say no Chinese but the name 勾稽', async () => {
  for (const args of [['--help'], ['check', '--help'], ['fix', '--help']]) {
    const { out } = await run(['--lang', 'en', ...args]);
    expect([args, out.replace('勾稽', '').match(/[\u3000-\u9fff\uff00-\uffef]+/g)]).toEqual([
      args,
      null,
    ]);
  }
});

test('the language is Chinese unless --lang en comes before a lone --', () => {
  expect(langOf(['check', 'a.docx'])).toBe('zh');
  expect(langOf(['--lang', 'en', 'check'])).toBe('en');
  expect(langOf(['check', '--lang=en'])).toBe('en');
  expect(langOf(['check', '--', '--lang', 'en'])).toBe('zh');
});

test('a Chinese character takes two columns when the help aligns', () => {
  expect(displayWidth('<文件>')).toBe(6);
  expect(displayWidth('--json')).toBe(6);
  expect(displayWidth('（七）')).toBe(6);
});
