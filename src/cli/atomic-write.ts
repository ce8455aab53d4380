// Writing an output without ever leaving it half written: the bytes go to a temporary file beside
// the target, are flushed to disk, and the temporary file is renamed over the target. A full disk
// or a crash leaves the old file (or none) in place, never a truncated one. Used by `fix` and
// `review` alike.

import { constants, promises as fs, type Stats } from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';
import { errnoOf, UserError, writeErrorMessage } from './errors';

/** The file operations used, as one object so that tests can make one fail (a full disk). */
export const atomicIo = {
  /** Whether the folder may be written (before any work is done). */
  access: (folder: string): Promise<void> => fs.access(folder, constants.W_OK),
  open: (p: string, flags: string, mode: number): Promise<fs.FileHandle> => fs.open(p, flags, mode),
  write: async (handle: fs.FileHandle, data: Uint8Array): Promise<void> => {
    let offset = 0;
    while (offset < data.length) {
      const { bytesWritten } = await handle.write(data, offset, data.length - offset);
      offset += bytesWritten;
    }
  },
  sync: (handle: fs.FileHandle): Promise<void> => handle.sync(),
  rename: (from: string, to: string): Promise<void> => fs.rename(from, to),
};

/**
 * Where the bytes for `target` really go: through a symbolic link to the file it names (the link
 * stays), refusing a folder. Throws a UserError naming what is wrong.
 */
export async function resolveOutput(target: string): Promise<string> {
  let real = path.resolve(target);
  try {
    real = await fs.realpath(target);
  } catch (err: unknown) {
    if (errnoOf(err) !== 'ENOENT')
      throw new UserError(writeErrorMessage(err, target, path.dirname(real)));
  }
  const stats = await fs.stat(real).catch(() => null);
  if (stats?.isDirectory()) {
    throw new UserError(writeErrorMessage({ code: 'EISDIR' }, target, path.dirname(real)));
  }
  const folder = path.dirname(real);
  let folderStats: Stats;
  try {
    folderStats = await fs.stat(folder);
  } catch (err: unknown) {
    throw new UserError(writeErrorMessage(err, target, folder), { cause: err });
  }
  if (!folderStats.isDirectory()) {
    throw new UserError(writeErrorMessage({ code: 'ENOTDIR' }, target, folder));
  }
  try {
    await atomicIo.access(folder);
  } catch (err: unknown) {
    throw new UserError(writeErrorMessage(err, target, folder));
  }
  return real;
}

/** An output being written; nothing is visible at the target until `commit`. */
export class AtomicFile {
  private done = false;

  private constructor(
    private readonly target: string,
    private readonly real: string,
    private readonly temp: string,
    private readonly handle: fs.FileHandle,
  ) {}

  static async create(target: string): Promise<AtomicFile> {
    const real = await resolveOutput(target);
    const folder = path.dirname(real);
    const temp = path.join(
      folder,
      `.${path.basename(real)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
    );
    // An existing output keeps its permissions; a new one gets the usual 0666 less the umask.
    const mode = (await fs.stat(real).catch(() => null))?.mode ?? 0o666;
    let handle: fs.FileHandle;
    try {
      handle = await atomicIo.open(temp, 'wx', mode & 0o777);
    } catch (err: unknown) {
      throw new UserError(writeErrorMessage(err, target, folder), { cause: err });
    }
    return new AtomicFile(target, real, temp, handle);
  }

  async write(data: string | Uint8Array): Promise<void> {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    try {
      await atomicIo.write(this.handle, bytes);
    } catch (err: unknown) {
      await this.abort();
      throw new UserError(writeErrorMessage(err, this.target, path.dirname(this.real)), {
        cause: err,
      });
    }
  }

  async commit(): Promise<void> {
    try {
      await atomicIo.sync(this.handle);
      await this.handle.close();
      this.done = true;
      await atomicIo.rename(this.temp, this.real);
    } catch (err: unknown) {
      await this.abort();
      throw new UserError(writeErrorMessage(err, this.target, path.dirname(this.real)), {
        cause: err,
      });
    }
  }

  /** Drops the temporary file; the target is as it was. */
  async abort(): Promise<void> {
    if (!this.done) await this.handle.close().catch(() => undefined);
    this.done = true;
    await fs.unlink(this.temp).catch(() => undefined);
  }
}

/** Writes `data` to `target` atomically (see above). */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const file = await AtomicFile.create(target);
  await file.write(data);
  await file.commit();
}
