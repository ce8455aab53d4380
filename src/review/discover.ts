// Finds the reports below a folder, for `check DIR` and `review` alike. Every file that looks like
// a report is listed: a .docx (or a .doc, which the reader names as legacy) to be read, and a
// .wps, a PDF, a special file, a broken or looping link with the reason it is not read. Names
// are read as bytes, so that a file whose name is not UTF-8 (GBK, from a Windows archive) can
// still be opened.

import { promises as fs, type Stats } from 'fs';
import * as path from 'path';
import { fsPath, inputErrorOf, specialFileReason, type FsPath } from '../cli/input-file';

export interface FoundFile {
  /** What the file system opens (bytes for a name that is not UTF-8). */
  path: FsPath;
  /** Relative to the folder, "/"-separated, as a user reads it. */
  rel: string;
  /** Set when the file is listed but not read: why (Chinese), and a code for programs. */
  skip?: { error: string; code: string };
}

/** Read as Word documents: the reader tells a legacy .doc from a .docx misnamed .doc by its bytes. */
const READ = /\.(docx|doc)$/i;
/** Listed with what to do instead. */
const NOT_WORD: Record<string, string> = {
  pdf: 'PDF 文件无法检查：请提供报告的 Word 文件，或用 Word/WPS 将其另存为 .docx 后再检查。',
  wps: 'WPS 文字文档（.wps）无法检查，请在 WPS 中另存为 .docx 后再检查。',
  wpt: 'WPS 模板文件无法检查，请另存为 .docx 后再检查。',
  odt: 'OpenDocument 文档（.odt）无法检查，请另存为 .docx 后再检查。',
  rtf: 'RTF 文档无法检查，请另存为 .docx 后再检查。',
};

function extensionOf(name: string): string {
  return path.extname(name).slice(1).toLowerCase();
}

/** Whether a name is one this walk lists at all. */
export function isReportName(name: string): boolean {
  return READ.test(name) || extensionOf(name) in NOT_WORD;
}

/** Not reports: Word's owner file of an open document ("~$报告.docx"), macOS's "._报告.docx". */
function isLockFile(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('._');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gbk = new TextDecoder('gbk', { fatal: true });

/** A file name's bytes as text: UTF-8, else GBK (archives made on Chinese Windows), else lossy. */
export function decodeName(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    try {
      return gbk.decode(bytes);
    } catch {
      return Buffer.from(bytes).toString('utf8');
    }
  }
}

/** A stat that failed, with what it threw (not `instanceof Error` across realms: keep it as is). */
export interface StatFailure {
  failed: unknown;
}

export async function statOrFailure(
  p: string | Buffer,
  follow = true,
): Promise<Stats | StatFailure> {
  try {
    return follow ? await fs.stat(p) : await fs.lstat(p);
  } catch (err: unknown) {
    return { failed: err };
  }
}

function isFailure(x: Stats | StatFailure): x is StatFailure {
  return 'failed' in x;
}

/** What happens to a file with a report's name: read it, or list it with a reason. */
export function classify(name: string, stats: Stats | StatFailure): FoundFile['skip'] {
  if (isFailure(stats)) {
    const e = inputErrorOf(stats.failed);
    return { error: e.message, code: e.code };
  }
  const special = specialFileReason(stats);
  if (special) return { error: special.message, code: special.code };
  const notWord = NOT_WORD[extensionOf(name)];
  if (notWord) return { error: notWord, code: 'not-word' };
  return undefined;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** The reports below `root`, recursively, in a stable order (pinyin for Chinese names). */
export async function findReports(root: FsPath): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  const seenDirs = new Set<string>();
  const rootBytes = Buffer.from(fsPath(root));
  const sep = Buffer.from(path.sep);

  async function walk(dir: Buffer, relDir: string): Promise<void> {
    const stats = await fs.stat(dir);
    seenDirs.add(`${stats.dev}:${stats.ino}`);
    let names: Buffer[];
    try {
      names = await fs.readdir(dir, { encoding: 'buffer' });
    } catch (err: unknown) {
      // The folder asked for must open; a subfolder that does not is listed, not fatal.
      if (relDir === '') throw err;
      const reason = inputErrorOf(err);
      found.push({
        path: dir,
        rel: relDir,
        skip: {
          error: `无法打开这个文件夹（${reason.code === 'denied' ? '没有读取权限' : reason.message}），其中的报告未检查。`,
          code: reason.code,
        },
      });
      return;
    }
    for (const nameBytes of names) {
      const name = decodeName(nameBytes);
      const full = Buffer.concat([dir, sep, nameBytes]);
      const rel = relDir ? `${relDir}/${name}` : name;
      const own = await statOrFailure(full, false);
      const target = isFailure(own) || !own.isSymbolicLink() ? own : await statOrFailure(full);
      if (!isFailure(target) && target.isDirectory()) {
        if (name.startsWith('.')) continue;
        if (seenDirs.has(`${target.dev}:${target.ino}`)) {
          // A link back to a folder already walked (or to one of its parents): walked once only.
          found.push({
            path: full,
            rel,
            skip: { error: '链接指向已检查过的文件夹（循环链接），未重复检查。', code: 'loop' },
          });
          continue;
        }
        await walk(full, rel);
        continue;
      }
      if (isLockFile(name) || !isReportName(name)) continue;
      const skip = classify(name, target);
      found.push(skip ? { path: full, rel, skip } : { path: full, rel });
    }
  }
  await walk(rootBytes, '');
  return found.sort((a, b) => collator.compare(a.rel, b.rel));
}

/** A found file's path for a reader: the folder as given, joined with the file's relative path. */
export function displayPath(folder: string, rel: string): string {
  return path.join(folder, ...rel.split('/'));
}
