// Writes that cannot destroy: `fix -o` through a link to the input is refused, every failed write
// says what happened in Chinese (exit 2), and a full disk leaves the original and review.html as
// they were, with no temporary file behind.

import {
  chmodSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { run } from './run';
import { atomicIo, writeFileAtomic } from '../../src/cli/atomic-write';
import { failureMessage } from '../../src/cli/main';
import { UserError } from '../../src/cli/errors';

jest.setTimeout(60_000);

const FIX = path.join(__dirname, '..', 'fixtures');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'gouji-writes-'));
});
afterEach(() => {
  jest.restoreAllMocks();
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

function copy(name: string, as = name): string {
  const to = path.join(dir, as);
  copyFileSync(path.join(FIX, name), to);
  return to;
}

const enospc = (): Error =>
  Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

describe('gouji fix -o: the input under another name', () => {
  it.each([
    ['a symbolic link', (input: string, link: string) => symlinkSync(input, link)],
    ['a hard link', (input: string, link: string) => linkSync(input, link)],
  ])('refuses %s of the input, which stays as it was', async (_what, makeLink) => {
    const input = copy('seed-004.docx');
    const original = readFileSync(input);
    const link = path.join(dir, 'out.docx');
    makeLink(input, link);
    const r = await run(['fix', input, '-o', link]);
    expect(r).toEqual({
      code: 2,
      out: '',
      err: `输出文件就是原文件（${link}，可能经由链接）：如确要覆盖原文件，请加 --in-place。\n`,
    });
    expect(readFileSync(input).equals(original)).toBe(true);
  });
});

describe('gouji fix: an output that cannot be written', () => {
  it('a missing folder', async () => {
    const input = copy('seed-004.docx');
    const out = path.join(dir, 'no', 'such', 'x.docx');
    expect(await run(['fix', input, '-o', out])).toEqual({
      code: 2,
      out: '',
      err: `错误：输出文件夹不存在：${path.join(dir, 'no', 'such')}。请先创建该文件夹，或换一个输出位置。\n`,
    });
  });

  it('a folder that is a file', async () => {
    const input = copy('seed-004.docx');
    writeFileSync(path.join(dir, 'plain'), 'x');
    const out = path.join(dir, 'plain', 'x.docx');
    expect(await run(['fix', input, '-o', out])).toEqual({
      code: 2,
      out: '',
      err: `错误：输出路径中有一级不是文件夹：${out}。请换一个输出位置。\n`,
    });
  });

  it('an output that is a folder', async () => {
    const input = copy('seed-004.docx');
    const out = path.join(dir, 'sub');
    mkdirSync(out);
    expect(await run(['fix', input, '-o', out])).toEqual({
      code: 2,
      out: '',
      err: `错误：输出路径是一个文件夹：${out}。请给出文件名，例如 ${out}/结果.docx。\n`,
    });
  });

  it('a read-only folder', async () => {
    const input = copy('seed-004.docx');
    const ro = path.join(dir, 'ro');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    if (process.getuid?.() === 0) {
      // Root writes anywhere: answer as the kernel answers everyone else.
      jest
        .spyOn(atomicIo, 'access')
        .mockRejectedValue(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
    }
    expect(await run(['fix', input, '-o', path.join(ro, 'x.docx')])).toEqual({
      code: 2,
      out: '',
      err: `错误：没有写入权限：${ro}。请换一个可写的输出位置。\n`,
    });
    chmodSync(ro, 0o755);
    expect(readdirSync(ro)).toEqual([]);
  });

  it('a full disk during --in-place leaves the original intact and no temporary file', async () => {
    const input = copy('seed-004.docx');
    const original = readFileSync(input);
    jest.spyOn(atomicIo, 'write').mockRejectedValue(enospc());
    expect(await run(['fix', input, '--in-place'])).toEqual({
      code: 2,
      out: '',
      err: `错误：磁盘空间不足，未能写入 ${input}（已有的同名文件未被改动）。请清理磁盘后重试。\n`,
    });
    expect(readFileSync(input).equals(original)).toBe(true);
    expect(readdirSync(dir)).toEqual(['seed-004.docx']);
  });

  it('a full disk at the flush is caught the same way', async () => {
    const target = path.join(dir, 'a.txt');
    writeFileSync(target, 'old');
    jest.spyOn(atomicIo, 'sync').mockRejectedValue(enospc());
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow(
      `磁盘空间不足，未能写入 ${target}（已有的同名文件未被改动）。请清理磁盘后重试。`,
    );
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('--in-place through a symbolic link replaces the file, and the link stays a link', async () => {
    const input = copy('seed-004.docx');
    const link = path.join(dir, 'link.docx');
    symlinkSync(input, link);
    // The same fix written elsewhere, to compare with.
    const expected = await run(['fix', input, '-o', path.join(dir, 'expected.docx')]);
    const r = await run(['fix', link, '--in-place']);
    expect([r.code, r.err]).toEqual([expected.code, '']);
    expect(readFileSync(input).equals(readFileSync(path.join(FIX, 'seed-004.docx')))).toBe(false);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['expected.docx', 'link.docx', 'seed-004.docx']);
  });
});

describe('gouji fix on a document that is not a report', () => {
  it('refuses it (no sections inserted into a memo), exit 2, nothing written', async () => {
    const { buildDocx } = await import('../fixtures/spec');
    const input = path.join(dir, '会议纪要.docx');
    writeFileSync(
      input,
      await buildDocx({ blocks: [{ p: '关于召开季度工作会议的通知', role: 'title' }] }),
    );
    expect(await run(['fix', input, '-o', path.join(dir, 'out.docx')])).toEqual({
      code: 2,
      out: '',
      err:
        `${input}：不是年报：未找到政府信息公开工作年度报告的标题、章节或表格，未检查。` +
        '如确为年报，请核对标题和章节名称。\n',
    });
    expect(readdirSync(dir)).toEqual(['会议纪要.docx']);
  });
});

describe('gouji review -o', () => {
  it('a missing output folder fails before the batch runs', async () => {
    const reports = path.join(dir, 'reports');
    mkdirSync(reports);
    copy('clean-2021.docx', 'reports/a.docx');
    const out = path.join(dir, 'nope', 'review.html');
    expect(await run(['review', reports, '-o', out])).toEqual({
      code: 2,
      out: '',
      err: `错误：输出文件夹不存在：${path.join(dir, 'nope')}。请先创建该文件夹，或换一个输出位置。\n`,
    });
  });

  it('a full disk leaves the previous review.html whole and no temporary file', async () => {
    const reports = path.join(dir, 'reports');
    mkdirSync(reports);
    copy('clean-2021.docx', 'reports/a.docx');
    const out = path.join(dir, 'review.html');
    writeFileSync(out, '<p>上次的审查结果</p>');
    jest.spyOn(atomicIo, 'write').mockRejectedValue(enospc());
    const r = await run(['review', reports, '-o', out, '-q']);
    expect(r).toEqual({
      code: 2,
      out: '',
      err: `错误：磁盘空间不足，未能写入 ${out}（已有的同名文件未被改动）。请清理磁盘后重试。\n`,
    });
    expect(readFileSync(out, 'utf8')).toBe('<p>上次的审查结果</p>');
    expect(readdirSync(dir).sort()).toEqual(['reports', 'review.html']);
  });
});

describe('unexpected failures', () => {
  it('say what happened in Chinese, and the stack only with --debug', () => {
    const err = new Error('boom');
    expect(failureMessage(err, false)).toBe(
      '内部错误：boom\n（加 --debug 可查看详细信息；如需报告问题，请附上该信息。）\n',
    );
    expect(failureMessage(err, true)).toBe(`内部错误：boom\n${err.stack}\n`);
    expect(failureMessage(new UserError('磁盘空间不足'), false)).toBe('错误：磁盘空间不足\n');
  });
});
