// Reading a file the user named or a folder held, refusing what is not a regular file before
// opening it: a FIFO would block the read forever, /dev/zero would grow memory without end.

import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'fs';
import { INPUT_FILE_MAX_BYTES, INPUT_FILE_MAX_MESSAGE } from '../core/limits';

/** A path as the file system holds it: bytes when the name is not UTF-8 (a GBK name on Linux). */
export type FsPath = string | Uint8Array;

/** Why a file was not read: a Chinese sentence a user can act on, and a code for programs. */
export class InputError extends Error {
  constructor(
    readonly code: 'special' | 'loop' | 'missing' | 'denied' | 'directory' | 'too-large' | 'io',
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
    Object.setPrototypeOf(this, InputError.prototype);
  }
}

/** Node's fs takes a Buffer (a Uint8Array that crossed a worker boundary is no longer one). */
export function fsPath(p: FsPath): string | Buffer {
  return typeof p === 'string' || Buffer.isBuffer(p)
    ? p
    : Buffer.from(p.buffer, p.byteOffset, p.byteLength);
}

function errnoOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The Chinese reason for a failed open or stat. */
export function inputErrorOf(err: unknown): InputError {
  if (err instanceof InputError) return err;
  switch (errnoOf(err)) {
    case 'ELOOP':
      return new InputError('loop', '符号链接形成循环，无法打开。请删除或改正这个链接。');
    case 'ENOENT':
      return new InputError('missing', '文件不存在（或链接指向的文件已不存在）。');
    case 'EACCES':
    case 'EPERM':
      return new InputError('denied', '没有读取这个文件的权限。');
    case 'EISDIR':
      return new InputError('directory', '这是一个文件夹，不是文件。');
    default: {
      const message = err instanceof Error ? err.message : String(err);
      return new InputError('io', `无法读取文件（${errnoOf(err) ?? message}）。`);
    }
  }
}

/** Not a regular file: why it is not read, or null for a regular file. */
export function specialFileReason(stats: Stats): InputError | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return new InputError('directory', '这是一个文件夹，不是文件。');
  const what = stats.isFIFO()
    ? '命名管道（FIFO）'
    : stats.isCharacterDevice() || stats.isBlockDevice()
      ? '设备文件（如 /dev/zero）'
      : stats.isSocket()
        ? '套接字'
        : '特殊文件';
  return new InputError('special', `这是${what}，不是普通文件，未读取。请提供 .docx 文件本身。`);
}

/**
 * The bytes of a regular file, at most INPUT_FILE_MAX_BYTES. Opened without blocking (a FIFO
 * swapped in after the check cannot hang the read) and checked again on the open handle. The
 * calls are synchronous: a report is tens of kilobytes in the page cache, and each asynchronous
 * call (six per file) was a round trip through libuv's thread pool that the review waited on.
 */
export async function readInputFile(p: FsPath): Promise<Buffer> {
  return Promise.resolve().then(() => readRegularFile(p));
}

function readRegularFile(p: FsPath): Buffer {
  const name = fsPath(p);
  let fd: number;
  try {
    const stats = statSync(name);
    const special = specialFileReason(stats);
    if (special) throw special;
    if (stats.size > INPUT_FILE_MAX_BYTES)
      throw new InputError('too-large', INPUT_FILE_MAX_MESSAGE);
    fd = openSync(name, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err: unknown) {
    throw inputErrorOf(err);
  }
  try {
    const stats = fstatSync(fd);
    const special = specialFileReason(stats);
    if (special) throw special;
    // Read one byte past the limit to tell a file that grew since stat from one that fits.
    const buffer = Buffer.alloc(Math.min(stats.size, INPUT_FILE_MAX_BYTES) + 1);
    let length = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > INPUT_FILE_MAX_BYTES) throw new InputError('too-large', INPUT_FILE_MAX_MESSAGE);
    // A file that grew past its stat size is read only as far as its size then: fine for a check.
    return buffer.subarray(0, Math.min(length, stats.size));
  } catch (err: unknown) {
    throw inputErrorOf(err);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing to do: the bytes are read, or the error above says why not.
    }
  }
}
