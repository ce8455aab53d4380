// Mistakes on the command line are said in Chinese with exit 2; help is Chinese and exits 0.
import { run } from './run';

const HINT = '（用 gouji --help 查看用法）\n';

test.each([
  [['check'], `缺少参数：要检查的 .docx 文件或文件夹${HINT}`],
  [['review'], `缺少参数：存放报告的目录${HINT}`],
  [['check', '--nope', 'x.docx'], `未知的选项：--nope${HINT}`],
  [['nope'], `未知的命令：nope（可用的命令：check、fix、review）${HINT}`],
  [['review', 'x', '--jobs', '0'], `选项 -j, --jobs <n> 的取值 0 无效：应为正整数${HINT}`],
  [['fix', 'a.docx', 'b.docx'], `参数过多：fix 只接受 1 个参数${HINT}`],
  [['check', 'a.docx', '--previous'], `选项 --previous <file> 缺少取值${HINT}`],
])('gouji %j → exit 2 and one Chinese line', async (args, err) => {
  expect(await run(args)).toEqual({ code: 2, out: '', err });
});

test('help is in Chinese and exits 0', async () => {
  const r = await run(['check', '--help']);
  expect(r.code).toBe(0);
  expect(r.out.split('\n').slice(0, 3)).toEqual([
    '用法： gouji check [options] <inputs...>',
    '',
    '检查年报（.docx 文件或文件夹）',
  ]);
  expect(r.out).toContain('选项：');
  expect(r.out).toContain('-h, --help         显示帮助');
});
