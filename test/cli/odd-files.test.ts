// Odd files in a folder: every one is listed with its reason, none hangs or floods memory, and
// `check DIR` and `review DIR` list the same files.

import { execFileSync } from 'child_process';
import * as fsModule from 'fs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from './run';
import type { FileResult } from '../../src/cli/check-file';
import { INPUT_FILE_MAX_BYTES } from '../../src/core/limits';

jest.setTimeout(60_000);

const FIXTURES = path.resolve(__dirname, '../fixtures');
// "报告" in GBK: a name copied from a Windows archive onto Linux is not UTF-8.
const GBK_NAME = Buffer.concat([Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]), Buffer.from('.docx')]);

const REASONS: Record<string, string | null> = {
  'a.docx': null,
  'fifo.docx': '这是命名管道（FIFO），不是普通文件，未读取。请提供 .docx 文件本身。',
  'gone.docx': '文件不存在（或链接指向的文件已不存在）。',
  'huge.docx': '文件过大：超过 200 MB，不像是一份年度报告，未检查。',
  'loop.docx': '符号链接形成循环，无法打开。请删除或改正这个链接。',
  'old.wps': 'WPS 文字文档（.wps）无法检查，请在 WPS 中另存为 .docx 后再检查。',
  'scan.pdf': 'PDF 文件无法检查：请提供报告的 Word 文件，或用 Word/WPS 将其另存为 .docx 后再检查。',
  'sub/up': '链接指向已检查过的文件夹（循环链接），未重复检查。',
  'zero.docx': '这是设备文件（如 /dev/zero），不是普通文件，未读取。请提供 .docx 文件本身。',
  '报告.docx': null,
};

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-odd-'));
  await fs.copyFile(path.join(FIXTURES, 'clean-2021.docx'), path.join(dir, 'a.docx'));
  execFileSync('mkfifo', [path.join(dir, 'fifo.docx')]);
  await fs.symlink('/dev/zero', path.join(dir, 'zero.docx'));
  await fs.symlink('loop.docx', path.join(dir, 'loop.docx'));
  await fs.symlink('no-such.docx', path.join(dir, 'gone.docx'));
  await fs.writeFile(path.join(dir, 'scan.pdf'), '%PDF-1.4\n');
  // Sparse: one byte past the limit, without writing 200 MB.
  await fs.writeFile(path.join(dir, 'huge.docx'), '');
  await fs.truncate(path.join(dir, 'huge.docx'), INPUT_FILE_MAX_BYTES + 1);
  await fs.copyFile(path.join(FIXTURES, 'broken', 'legacy.doc'), path.join(dir, 'old.wps'));
  await fs.writeFile(path.join(dir, 'notes.txt'), 'not listed: not a report name');
  await fs.mkdir(path.join(dir, 'sub'));
  await fs.symlink('..', path.join(dir, 'sub', 'up'));
  await fs.writeFile(
    Buffer.concat([Buffer.from(dir + path.sep), GBK_NAME]),
    await fs.readFile(path.join(FIXTURES, 'clean-2019.docx')),
  );
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('odd files in a folder', () => {
  it('check DIR lists each with its reason, reads the GBK-named report, and exits 2', async () => {
    const { code, out } = await run(['check', '--json', dir]);
    const results = JSON.parse(out) as FileResult[];
    const byName = Object.fromEntries(
      results.map((r) => [path.relative(dir, r.file).split(path.sep).join('/'), r]),
    );
    expect(Object.keys(byName).sort()).toEqual(Object.keys(REASONS).sort());
    for (const [name, reason] of Object.entries(REASONS)) {
      if (reason === null) continue;
      expect(byName[name]).toEqual({
        file: path.join(dir, ...name.split('/')),
        year: null,
        formatVersion: null,
        sections: [],
        findings: [],
        error: reason,
      });
    }
    expect(byName['报告.docx']).toMatchObject({ year: 2020, formatVersion: 2019, findings: [] });
    expect(byName['a.docx']).toMatchObject({ year: 2021, findings: [] });
    expect(code).toBe(2);
  });

  it('review DIR lists the same files with the same reasons', async () => {
    // Plain progress lines, as in a log, even when jest runs on a terminal.
    const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
    Object.defineProperty(process.stderr, 'isTTY', { value: false, configurable: true });
    const { code, out, err } = await run(['review', dir, '--json']).finally(() => {
      if (tty) Object.defineProperty(process.stderr, 'isTTY', tty);
      else delete (process.stderr as { isTTY?: boolean }).isTTY;
    });
    const list = JSON.parse(out) as { file: string; error?: string; year: number | null }[];
    const byName = Object.fromEntries(
      list.map((r) => [path.relative(dir, r.file).split(path.sep).join('/'), r]),
    );
    expect(Object.keys(byName).sort()).toEqual(Object.keys(REASONS).sort());
    for (const [name, reason] of Object.entries(REASONS)) {
      expect(byName[name]?.error).toBe(reason ?? undefined);
    }
    expect(byName['报告.docx']?.year).toBe(2020);
    // Progress counts every listed file, read or not.
    expect(err.match(/^\[\d+\/10\] /gm)).toHaveLength(10);
    expect(err).toContain(
      '已审查 10 份报告：通过 2，有错误 0，仅警告 0，不是年报 0，无法读取 8；与上年报告比对 1 份。',
    );
    expect(code).toBe(2);
  });

  it('a device or a FIFO named on the command line is refused at once', async () => {
    const zero = await run(['check', '--json', '/dev/zero', path.join(dir, 'fifo.docx')]);
    expect(JSON.parse(zero.out)).toEqual([
      {
        file: '/dev/zero',
        year: null,
        formatVersion: null,
        sections: [],
        findings: [],
        error: REASONS['zero.docx'],
      },
      {
        file: path.join(dir, 'fifo.docx'),
        year: null,
        formatVersion: null,
        sections: [],
        findings: [],
        error: REASONS['fifo.docx'],
      },
    ]);
    expect(zero.code).toBe(2);
  });
});

describe('a subfolder that cannot be opened', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is listed with its reason; the rest of the folder is checked', async () => {
    const locked = path.join(dir, 'sub');
    const readdir = fsModule.promises.readdir.bind(fsModule.promises);
    // Root reads every folder: answer for this one as the kernel answers everyone else.
    jest
      .spyOn(fsModule.promises, 'readdir')
      .mockImplementation(((p: fsModule.PathLike, o: never) =>
        String(p) === locked
          ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }))
          : readdir(p, o)) as typeof fsModule.promises.readdir);
    const { code, out } = await run(['check', '--json', dir]);
    const results = JSON.parse(out) as FileResult[];
    expect(results.find((r) => r.file === locked)).toEqual({
      file: locked,
      year: null,
      formatVersion: null,
      sections: [],
      findings: [],
      error: '无法打开这个文件夹（没有读取权限），其中的报告未检查。',
    });
    expect(results.find((r) => r.file.endsWith('a.docx'))?.year).toBe(2021);
    expect(code).toBe(2);
  });
});
