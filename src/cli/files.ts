// Expanding the command line's arguments into files: a folder means every report below it (the
// same walk as `review`, so both list the same files), a file is taken as named.

import * as path from 'path';
import {
  classify,
  displayPath,
  findReports,
  statOrFailure,
  type FoundFile,
} from '../review/discover';
import type { FsPath } from './input-file';

export { NOTHING_FOUND } from './nothing-found';

export interface InputFile {
  /** What the file system opens. */
  path: FsPath;
  /** As the user reads it (and as `--json`'s "file"). */
  file: string;
  /** Listed but not read, and why. */
  skip?: FoundFile['skip'];
}

/**
 * Files in the order given; folders expand in name order. Empty folders are named in `empty`;
 * `folders` counts the folder arguments.
 */
export async function expandInputs(
  inputs: readonly string[],
): Promise<{ files: InputFile[]; empty: string[]; folders: number }> {
  const files: InputFile[] = [];
  const empty: string[] = [];
  let folders = 0;
  for (const input of inputs) {
    const stats = await statOrFailure(input);
    if (!('failed' in stats) && stats.isDirectory()) {
      folders++;
      const found = await findReports(input);
      if (found.length === 0) empty.push(input);
      for (const f of found)
        files.push({ path: f.path, file: displayPath(input, f.rel), skip: f.skip });
    } else {
      // A named file is read whatever its name; one that is not a regular file is refused.
      const skip = classify(path.basename(input), stats);
      files.push(skip ? { path: input, file: input, skip } : { path: input, file: input });
    }
  }
  return { files, empty, folders };
}
