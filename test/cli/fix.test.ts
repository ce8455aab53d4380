// `gouji fix` in-process on copies of the real fixtures.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { run } from './run';
import type { FixOutcome } from '../../src/cli/fix';
import { check } from '../../src/core/check';
import { officialHeading } from '../../src/core/format';
import { countMarks } from '../../src/hosts/docx/marks';
import { readDocx } from '../../src/hosts/docx/read';

const FIX = path.join(__dirname, '..', 'fixtures');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'gouji-fix-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function copy(name: string): string {
  const to = path.join(dir, name);
  copyFileSync(path.join(FIX, name), to);
  return to;
}

async function entries(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) out[name] = await zip.files[name].async('base64');
  return out;
}

test('seed-004: only safe fixes are applied; suggestions and the missing 六 wait for a person', async () => {
  const input = copy('seed-004.docx');
  const original = readFileSync(input);
  const output = path.join(dir, 'out.docx');
  const { code, out, err } = await run(['fix', '--no-marks', input, '-o', output]);
  expect(err).toBe('');
  expect(code).toBe(1);
  expect(readFileSync(input).equals(original)).toBe(true);

  const before = check((await readDocx(original)).model).findings;
  const safe = before.filter((f) => f.fix?.safe);
  // The zeros the table determines (the 自然人 results, the appeals parts), （七）总计 › 自然人 = 1,
  // and "5、" renamed.
  expect(safe).toHaveLength(32);
  expect(out).toContain(`修复 ${safe.length} 处，剩余 ${before.length - safe.length} 项`);
  const fixed = await readDocx(readFileSync(output));
  const after = check(fixed.model).findings;
  // What remains is exactly the suggestions: nothing was applied that was not safe.
  const key = (f: (typeof before)[number]): string => [f.rule, f.table, f.row, f.column].join('|');
  expect(after.map(key).sort()).toEqual(
    before
      .filter((f) => !f.fix?.safe)
      .map(key)
      .sort(),
  );
  expect(after.every((f) => !f.fix?.safe)).toBe(true);
  const texts = fixed.model.paragraphs.map((p) => p.text);
  expect(texts).toContain(officialHeading('s5'));
  expect(texts).not.toContain(officialHeading('s6'));
  expect(countMarks(fixed)).toBe(0);
  // Only the main document changed.
  const a = await entries(path.join(FIX, 'seed-004.docx'));
  const b = await entries(output);
  expect(Object.keys(b)).toEqual(Object.keys(a));
  for (const name of Object.keys(a)) {
    if (name !== 'word/document.xml') expect([name, b[name]]).toEqual([name, a[name]]);
  }
});

test('seed-001: an error remains, is marked, exit 1; --json tells what happened', async () => {
  const input = copy('seed-001.docx');
  const output = path.join(dir, 'out.docx');
  const { code, out } = await run(['fix', '--json', input, '-o', output]);
  expect(code).toBe(1);
  const outcome = JSON.parse(out) as FixOutcome;
  expect(outcome.file).toBe(input);
  expect(outcome.output).toBe(output);
  expect(outcome.remaining.some((f) => f.severity === 'error')).toBe(true);
  expect(outcome.marked).toBeGreaterThan(0);
  const fixed = await readDocx(readFileSync(output));
  expect(countMarks(fixed)).toBe(outcome.marked);
  // Checking the marked output finds the same as the fix reported.
  expect(check(fixed.model).findings).toEqual(outcome.remaining);

  // Fixing the marked output again does not pile marks up.
  const again = path.join(dir, 'again.docx');
  expect((await run(['fix', output, '-o', again])).code).toBe(1);
  expect(countMarks(await readDocx(readFileSync(again)))).toBe(outcome.marked);
});

test('--no-marks leaves remaining problems unmarked', async () => {
  const input = copy('seed-001.docx');
  const output = path.join(dir, 'out.docx');
  const { code, out } = await run(['fix', input, '-o', output, '--no-marks']);
  expect(code).toBe(1);
  expect(out).toMatch(/修复 0 处，剩余 \d+ 项/);
  const fixed = await readDocx(readFileSync(output));
  expect(countMarks(fixed)).toBe(0);
  expect(fixed.documentXml).toBe((await readDocx(readFileSync(input))).documentXml);
});

test('refuses to overwrite the input without --in-place; --in-place does', async () => {
  const input = copy('seed-000.docx');
  const original = readFileSync(input);
  const same = await run(['fix', input, '-o', path.join(dir, '.', 'seed-000.docx')]);
  expect(same.code).toBe(2);
  expect(same.err).toContain('--in-place');
  expect(readFileSync(input).equals(original)).toBe(true);

  const none = await run(['fix', input]);
  expect(none.code).toBe(2);
  expect(none.err).toContain('请用 -o 指定输出文件');

  const inPlace = await run(['fix', input, '--in-place']);
  expect(inPlace.code).toBe(0);
  expect(readFileSync(input).equals(original)).toBe(false);
  // The three totals are fixed; the title without a year stays a warning.
  expect(check((await readDocx(readFileSync(input))).model).findings.map((f) => f.rule)).toEqual([
    'title-year',
  ]);
});

test('unreadable input: exit 2 with the reason, nothing written', async () => {
  const bad = path.join(dir, 'bad.docx');
  writeFileSync(bad, 'not a zip');
  const output = path.join(dir, 'out.docx');
  const r = await run(['fix', bad, '-o', output]);
  expect(r.code).toBe(2);
  expect(r.err).toContain('这不是 Word 文档');
  expect(existsSync(output)).toBe(false);

  const missing = await run(['fix', path.join(dir, 'missing.docx'), '-o', output]);
  expect(missing.code).toBe(2);
  expect(missing.err).toContain('无法读取文件');
});

test('a clean report: nothing to fix, exit 0, same document', async () => {
  const input = copy('clean-2021.docx');
  const output = path.join(dir, 'out.docx');
  const { code, out } = await run(['fix', input, '-o', output]);
  expect(code).toBe(0);
  expect(out).toContain('修复 0 处，剩余 0 项');
  expect((await readDocx(readFileSync(output))).documentXml).toBe(
    (await readDocx(readFileSync(input))).documentXml,
  );
});

test('suggestions are left for a person, and the summary says how many', async () => {
  const input = copy('error-section-title.docx');
  const output = path.join(dir, 'out.docx');
  const { code, out } = await run(['fix', input, '-o', output, '--no-marks']);
  expect(code).toBe(0);
  expect(out).toBe(
    `${input} → ${output}\n` +
      '修复 0 处，剩余 1 项（错误 0 项，警告 1 项）。\n' +
      '其中 1 项有修改建议，需人工确认，未自动修改：请在 Word 加载项或检查器页面中逐项查看。\n' +
      '  警告：标题“二、主动公开政府信息的情况”与规定的“二、主动公开政府信息情况”不一致  [有修改建议]\n',
  );
});

test('what remains is located as check locates it: the cell, or the sentence quoted', async () => {
  const share = copy('error-other-share.docx');
  const output = path.join(dir, 'out.docx');
  expect((await run(['fix', share, '-o', output, '--no-marks'])).out.split('\n')[2]).toBe(
    '  警告：表三 （六）其他处理 › 总计：“（六）其他处理”45 件，占办理结果总数 89 件的 51%，请核实是否应归入其他办理类型',
  );
  const year = copy('error-year-mismatch.docx');
  expect((await run(['fix', year, '-o', output, '--no-marks'])).out.split('\n')[2]).toBe(
    '  警告：原文“2023年，本机关被申请行政复议3件”：正文中的“2023年”晚于报告年度（2020年）的次年，不可能属于本报告',
  );
});

test('a cell holding a field is not rewritten: the summary says why and what to type', async () => {
  // error-row-total: the safe fix writes 16 into table 2, row 6, cell 9; here that cell's value is
  // a field's result, which a plain value would replace by dead text.
  const input = path.join(dir, 'field.docx');
  const zip = await JSZip.loadAsync(readFileSync(path.join(FIX, 'error-row-total.docx')));
  const original = await readDocx(readFileSync(path.join(FIX, 'error-row-total.docx')));
  const src = original.model.tables[1].rows[5].cells[8].src;
  if (!src) throw new Error('no src');
  const cell = original.documentXml.slice(src.start, src.end);
  const valueRun = /<w:r>.*<\/w:r>/.exec(cell)?.[0] ?? '';
  const withField = cell.replace(
    valueRun,
    `<w:fldSimple w:instr=" =SUM(LEFT) ">${valueRun}</w:fldSimple>`,
  );
  const xml = original.documentXml.replace(cell, withField);
  zip.file('word/document.xml', xml);
  writeFileSync(input, await zip.generateAsync({ type: 'uint8array' }));

  const output = path.join(dir, 'out.docx');
  const { code, out } = await run(['fix', '--no-marks', input, '-o', output]);
  expect(code).toBe(1);
  expect(out).toContain('修复 0 处');
  expect(out).toContain(
    '跳过：表格 2 第 6 行第 9 格含有域，自动修改会使其丢失，未修改；请手动改为“16”。',
  );
  expect((await readDocx(readFileSync(output))).documentXml).toContain(withField);

  const json = await run(['fix', '--json', '--no-marks', input, '-o', output]);
  const outcome = JSON.parse(json.out) as FixOutcome;
  expect([outcome.fixed, outcome.edits, outcome.skipped]).toEqual([
    0,
    [],
    ['表格 2 第 6 行第 9 格含有域，自动修改会使其丢失，未修改；请手动改为“16”。'],
  ]);
});
