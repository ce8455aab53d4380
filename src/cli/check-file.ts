// Checking one file from disk: the result object of `gouji check --json`.
import * as fs from 'fs';
import { check } from '../core/check';
import type { FormatVersion, SectionKey } from '../core/format';
import type { Finding } from '../core/finding';
import type { DocModel } from '../core/model';
import { sectionSummaries } from '../core/report';
import { DocxError } from '../hosts/docx/errors';
import { readDocx } from '../hosts/docx/read';

export interface FileResult {
  file: string;
  year: number | null;
  formatVersion: FormatVersion | null;
  sections: { key: SectionKey; heading: string | null; found: boolean }[];
  findings: Finding[];
  /** Set when the file could not be read; then there are no findings. */
  error?: string;
}

/** Reads a .docx into its model, or a Chinese reason why it cannot be read. */
export async function loadModel(file: string): Promise<{ model: DocModel } | { error: string }> {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return { error: `无法打开文件（文件不存在或没有读取权限）：${file}` };
  }
  try {
    return { model: (await readDocx(data)).model };
  } catch (err: unknown) {
    if (err instanceof DocxError) return { error: err.message };
    return { error: `读取文件时出错：${err instanceof Error ? err.message : String(err)}` };
  }
}

export async function checkFile(file: string, previous?: DocModel): Promise<FileResult> {
  const loaded = await loadModel(file);
  if ('error' in loaded) {
    return {
      file,
      year: null,
      formatVersion: null,
      sections: [],
      findings: [],
      error: loaded.error,
    };
  }
  const { report, findings } = check(loaded.model, previous ? { previous } : {});
  return {
    file,
    year: report.year,
    formatVersion: report.formatVersion,
    sections: sectionSummaries(report),
    findings,
  };
}

/** 2 when a file cannot be read, else 1 when some file has an error, else 0. */
export function exitCode(results: readonly FileResult[]): number {
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
