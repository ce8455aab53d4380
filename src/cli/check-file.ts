// Checking one file from disk: the result object of `gouji check --json`.
import { checkReport } from '../core/check';
import type { FormatVersion, SectionKey } from '../core/format';
import type { Finding } from '../core/finding';
import type { DocModel } from '../core/model';
import { recognize } from '../core/recognize';
import { sectionSummaries, type Report } from '../core/report';
import { DocxError } from '../hosts/docx/errors';
import { readDocx } from '../hosts/docx/read';
import { agencyKey } from '../review/agency';
import type { InputFile } from './files';
import { InputError, readInputFile, type FsPath } from './input-file';
import { isAnnualReport } from './not-report';

export interface FileResult {
  file: string;
  year: number | null;
  formatVersion: FormatVersion | null;
  sections: { key: SectionKey; heading: string | null; found: boolean }[];
  findings: Finding[];
  /** Set when the file could not be read; then there are no findings. */
  error?: string;
  /** false for a readable document that is not an annual report; then there are no findings. */
  report?: false;
  /** Why `--previous` was not used for this file (the cross-year rules did not run). */
  previousIgnored?: string;
}

/** Reads a .docx into its model, or a Chinese reason why it cannot be read. */
export async function loadModel(file: FsPath): Promise<{ model: DocModel } | { error: string }> {
  let data: Buffer;
  try {
    data = await readInputFile(file);
  } catch (err: unknown) {
    return { error: err instanceof InputError ? err.message : String(err) };
  }
  try {
    return { model: (await readDocx(data)).model };
  } catch (err: unknown) {
    if (err instanceof DocxError) return { error: err.message };
    return { error: `读取文件时出错：${err instanceof Error ? err.message : String(err)}` };
  }
}

/** Why last year's report does not go with this one, or null when it does. */
export function previousMismatch(report: Report, previous: Report): string | null {
  if (report.year === null || previous.year === null) {
    return '无法确认两份报告的年度，未做跨年度比对。';
  }
  if (previous.year !== report.year - 1) {
    return `--previous 给出的是 ${previous.year} 年的报告，本报告是 ${report.year} 年的（应为 ${report.year - 1} 年），未做跨年度比对。`;
  }
  const a = report.agency ? agencyKey(report.agency) : '';
  const b = previous.agency ? agencyKey(previous.agency) : '';
  if (a !== '' && b !== '' && a !== b) {
    return `--previous 给出的是“${previous.agency}”的报告，本报告是“${report.agency}”的，未做跨年度比对。`;
  }
  return null;
}

function empty(file: string): FileResult {
  return { file, year: null, formatVersion: null, sections: [], findings: [] };
}

export async function checkFile(input: InputFile, previous?: Report): Promise<FileResult> {
  if (input.skip) return { ...empty(input.file), error: input.skip.error };
  const loaded = await loadModel(input.path);
  if ('error' in loaded) return { ...empty(input.file), error: loaded.error };
  const report = recognize(loaded.model);
  if (!isAnnualReport(report)) return { ...empty(input.file), report: false };
  const ignored = previous ? previousMismatch(report, previous) : null;
  const findings = checkReport(report, previous && !ignored ? { previous } : {});
  return {
    file: input.file,
    year: report.year,
    formatVersion: report.formatVersion,
    sections: sectionSummaries(report),
    findings,
    ...(ignored ? { previousIgnored: ignored } : {}),
  };
}

/** 2 when a file cannot be read or is not a report, else 1 when some file has an error, else 0. */
export function exitCode(results: readonly FileResult[]): number {
  if (results.some((r) => r.error !== undefined || r.report === false)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
