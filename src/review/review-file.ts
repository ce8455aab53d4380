// Reports read and checked, reduced to compact results (and the digest the cross-year pass reads). Runs inside a worker thread (or in process
// when workers cannot be used); everything it returns is structured-cloneable plain data.

import { recognizeAgency } from '../core/recognize/agency';
import { check } from '../core/check';
import type { Finding } from '../core/finding';
import type { DocModel } from '../core/model';
import { sectionSummaries, type Report } from '../core/report';
import { DocxError } from '../hosts/docx/errors';
import { readDocx } from '../hosts/docx/read';
import { InputError, readInputFile } from '../cli/input-file';
import { NOT_A_REPORT, isAnnualReport } from '../cli/not-report';
import { crossYearDigest } from './cross-year';
import type { CheckedFile, ReviewFile, ReviewResult, ReviewTask } from './types';

async function readModel(path: ReviewFile['path']): Promise<DocModel> {
  const data = await readInputFile(path);
  const file = await readDocx(data);
  return file.model;
}

export function unreadable(rel: string, error: string, errorCode: string): ReviewResult {
  return {
    rel,
    agency: null,
    year: null,
    formatVersion: null,
    sections: [],
    errors: 0,
    warnings: 0,
    status: 'unreadable',
    findings: [],
    error,
    errorCode,
  };
}

function reason(err: unknown): { error: string; code: string } {
  if (err instanceof DocxError || err instanceof InputError) {
    return { error: err.message, code: err.code };
  }
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    // A file system error (EACCES, ENOENT…): the file itself could not be opened.
    return { error: `无法打开文件（${code}）`, code: 'io' };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { error: `检查时出错：${message}`, code: 'internal' };
}

function compact(rel: string, report: Report, findings: Finding[]): ReviewResult {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return {
    rel,
    // The file name is a last resort for the agency ("2021年XX局政府信息公开年报.docx").
    agency: recognizeAgency(report, rel.split(/[\\/]/).pop())?.name.trim() || null,
    year: report.year,
    formatVersion: report.formatVersion,
    sections: sectionSummaries(report),
    errors,
    warnings,
    status: errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'pass',
    findings,
  };
}

/** Reads and checks one report, keeping what the cross-year pass needs; never throws. */
async function checkOne(file: ReviewFile): Promise<CheckedFile> {
  let model: DocModel;
  try {
    model = await readModel(file.path);
  } catch (err: unknown) {
    const { error, code } = reason(err);
    return { result: unreadable(file.rel, error, code) };
  }
  try {
    const { report, findings } = check(model);
    if (!isAnnualReport(report)) {
      return {
        result: { ...unreadable(file.rel, NOT_A_REPORT, 'not-report'), status: 'not-report' },
      };
    }
    return { result: compact(file.rel, report, findings), crossYear: crossYearDigest(report) };
  } catch (err: unknown) {
    const { error, code } = reason(err);
    return { result: unreadable(file.rel, error, code) };
  }
}

/** A file's result and cross-year digest; never throws. */
export async function reviewTask(task: ReviewTask): Promise<CheckedFile[]> {
  return [await checkOne(task.file)];
}
