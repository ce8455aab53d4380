// `gouji check` without --json, whole: a folder of fixtures as a supervisor would run it, the
// location said once per finding, prose located by its section and quoted sentence, folded lines
// and --all, the note when no previous report was given, and the total after a folder.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { buildDocx } from '../fixtures/spec';
import { run } from './run';

const FIX = path.join(__dirname, '..', 'fixtures');
const NO_PREVIOUS =
  '未提供上一年度报告（--previous），跨年度规则（上年结转、现行有效件数、与上年雷同）未运行。';

let dir: string;
let folder: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'gouji-text-'));
  folder = path.join(dir, '收到的报告');
  mkdirSync(path.join(folder, '区县'), { recursive: true });
  for (const name of [
    'clean-2019.docx',
    'seed-000.docx',
    'error-year-mismatch.docx',
    'error-text-table-mismatch.docx',
    'error-cell-blank.docx',
  ]) {
    copyFileSync(path.join(FIX, name), path.join(folder, name));
  }
  copyFileSync(path.join(FIX, 'broken', 'legacy.doc'), path.join(folder, '区县', '旧版.doc'));
  writeFileSync(
    path.join(folder, '区县', '会议纪要.docx'),
    await buildDocx({ blocks: [{ p: '关于召开季度工作会议的通知', role: 'title' }] }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a folder: each file once, locations said once, prose by its sentence, then one total', async () => {
  const { code, out, err } = await run(['check', folder]);
  const f = (name: string): string => path.join(folder, name);
  expect(err).toBe('');
  expect(code).toBe(2);
  expect(out).toBe(
    [
      `■ ${f('区县/会议纪要.docx')}`,
      '  ? 不是年报：未找到政府信息公开工作年度报告的标题、章节或表格，未检查。如确为年报，请核对标题和章节名称。',
      '',
      `■ ${f('区县/旧版.doc')}`,
      '  ✗ 无法读取：这是旧版 Word 文档（.doc），请在 Word 或 WPS 中另存为 .docx 后再检查。',
      '',
      `■ ${f('clean-2019.docx')}（2020 年度 · 2019 版格式）`,
      '  ✓ 未发现问题',
      '',
      `■ ${f('error-cell-blank.docx')}（2020 年度 · 2019 版格式）`,
      '  三、收到和处理政府信息公开申请情况',
      // The message names the cell: not said again before it.
      '    ✗ 错误  “表三 （三）不予公开 › 2.其他法律行政法规禁止公开 › 自然人”为空，应为 0（由表中其他数字推算）  [可自动修复]',
      '  共 1 个错误，0 个警告',
      '',
      `■ ${f('error-text-table-mismatch.docx')}（2020 年度 · 2019 版格式）`,
      '  一、总体情况',
      // A prose finding: its section, and the sentence it quotes; the table cell only in the message.
      '    ✗ 错误  正文称“本年新收政府信息公开申请47件”，但表三“本年新收”总计为 45 件',
      '  共 1 个错误，0 个警告',
      '',
      `■ ${f('error-year-mismatch.docx')}（2020 年度 · 2019 版格式）`,
      '  一、总体情况',
      '    ! 警告  原文“2023年，本机关被申请行政复议3件”：正文中的“2023年”晚于报告年度（2020年）的次年，不可能属于本报告',
      '  共 0 个错误，1 个警告',
      '',
      `■ ${f('seed-000.docx')}（2020 年度 · 2019 版格式）`,
      '  一、总体情况',
      '    ! 警告  标题“政府信息公开工作年度报告”未写明年度（据正文为 2020 年）',
      '  三、收到和处理政府信息公开申请情况',
      // The message names the row and the column: the table alone locates it.
      '    ✗ 错误  表三：“一、本年新收”行的总计应为 3（各类申请人之和），表中为 0  [可自动修复]',
      '    ✗ 错误  表三：“（一）予以公开”行的总计应为 3（各类申请人之和），表中为 0  [可自动修复]',
      '    ✗ 错误  表三：“（七）总计”行的总计应为 3（各类申请人之和），表中为 0  [可自动修复]',
      '  共 3 个错误，1 个警告',
      '',
      NO_PREVIOUS,
      '合计 7 份：3 份有错误，1 份仅有警告，1 份未发现问题，1 份无法读取，1 份不是年报',
      '',
    ].join('\n'),
  );
});

test('many findings of one rule fold into one line; --all lists each of them', async () => {
  const file = path.join(FIX, 'seed-002.docx');
  const folded = await run(['check', file]);
  expect(folded.out.split('\n')).toEqual([
    `■ ${file}（2020 年度 · 2019 版格式）`,
    '  二、主动公开政府信息情况',
    '    ! 警告  标题“二、主动公开政府信息的情况”与规定的“二、主动公开政府信息情况”不一致  [有修改建议]',
    '  三、收到和处理政府信息公开申请情况',
    '    ✗ 错误  列合计不符 6 处（加 --all 逐条列出）：表三 （七）总计 › 自然人（应为 0）、表三 （七）总计 › 商业企业（应为 0）、表三 （七）总计 › 科研机构（应为 0）等  [可自动修复]',
    '    ✗ 错误  空白单元格 132 处（加 --all 逐条列出）：表三 一、本年新收 › 自然人（应为 0）、表三 一、本年新收 › 商业企业（应为 0）、表三 一、本年新收 › 科研机构（应为 0）等  [可自动修复]',
    '  共 138 个错误，1 个警告',
    '',
    NO_PREVIOUS,
    '',
  ]);
  const all = await run(['check', '--all', file]);
  const lines = all.out.split('\n');
  expect(lines.filter((l) => l.startsWith('    ✗ 错误  '))).toHaveLength(138);
  expect(all.out).not.toContain('处（加 --all 逐条列出）');
  expect(lines.slice(4, 6)).toEqual([
    '    ✗ 错误  表三：“自然人”列的（七）总计应为 0（各办理结果之和），表中为空白  [可自动修复]',
    '    ✗ 错误  表三：“商业企业”列的（七）总计应为 0（各办理结果之和），表中为空白  [可自动修复]',
  ]);
  expect(lines).toContain(
    '    ✗ 错误  “表三 一、本年新收 › 自然人”为空，应为 0（由表中其他数字推算）  [可自动修复]',
  );
  expect(all.code).toBe(folded.code);
});

test('no paragraph numbers anywhere: every fixture located by section, cell or sentence', async () => {
  const { out } = await run(['check', '--all', FIX]);
  expect(out).not.toMatch(/第 \d+ 段/);
  expect(out).toMatch(/\n合计 \d+ 份：/);
});

test('with --previous used, no note; with one file, no total', async () => {
  const { out } = await run([
    'check',
    '--previous',
    path.join(FIX, 'clean-2021.docx'),
    path.join(FIX, 'clean-2022.docx'),
  ]);
  expect(out).toBe(
    `■ ${path.join(FIX, 'clean-2022.docx')}（2022 年度 · 2021 版格式）\n  ✓ 未发现问题\n\n`,
  );
});

test('--json stays the JSON alone: no note, no total', async () => {
  const { out } = await run(['check', '--json', folder]);
  expect(out.trimEnd().endsWith(']')).toBe(true);
  expect(out).not.toContain(NO_PREVIOUS);
  expect(out).not.toContain('合计');
});
