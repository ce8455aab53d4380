// Finds the reports below a folder: every .docx, and every .doc so that it is listed as unreadable
// with the reason (a supervisor must see that a report was skipped, not lose it silently).

import { promises as fs } from 'fs';
import * as path from 'path';

export interface FoundFile {
  path: string;
  /** Relative to the folder, "/"-separated. */
  rel: string;
}

const REPORT = /\.docx?$/i;

/** Word's owner files ("~$报告.docx") sit next to an open document; they are not reports. */
function isLockFile(name: string): boolean {
  return name.startsWith('~$');
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** The reports below `root`, recursively, in a stable order (pinyin for Chinese names). */
export async function findReports(root: string): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(full);
      } else if (REPORT.test(entry.name) && !isLockFile(entry.name)) {
        // Symbolic links to files count; links to folders are not followed (no cycles).
        const isFile = entry.isFile() || (await fs.stat(full).catch(() => null))?.isFile();
        if (isFile)
          found.push({ path: full, rel: path.relative(root, full).split(path.sep).join('/') });
      }
    }
  }
  await walk(root);
  return found.sort((a, b) => collator.compare(a.rel, b.rel));
}
