// One report, read and checked, reduced to a compact result. Runs inside a worker thread (or in
// process when workers cannot be used); everything it returns is structured-cloneable plain data.

import { promises as fs } from 'fs';
import { check } from '../core/check';
import type { DocModel } from '../core/model';
import { DocxError } from '../hosts/docx/errors';
import { readDocx } from '../hosts/docx/read';
import type { ReviewResult, ReviewTask } from './types';

async function readModel(path: string): Promise<DocModel> {
  const data = await fs.readFile(path);
  const file = await readDocx(data);
  return file.model;
}

function unreadable(rel: string, error: string, errorCode: string): ReviewResult {
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
  if (err instanceof DocxError) return { error: err.message, code: err.code };
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    // A file system error (EACCES, ENOENT…): the file itself could not be opened.
    return { error: `无法打开文件（${code}）`, code: 'io' };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { error: `检查时出错：${message}`, code: 'internal' };
}

/** Reads and checks one report; never throws (an unreadable file is a result too). */
export async function reviewFile(task: ReviewTask): Promise<ReviewResult> {
  let model: DocModel;
  try {
    model = await readModel(task.path);
  } catch (err: unknown) {
    const { error, code } = reason(err);
    return unreadable(task.rel, error, code);
  }
  let previous: DocModel | undefined;
  if (task.previousPath) {
    // Last year's file was readable in the first pass; if it has gone since, check without it.
    previous = await readModel(task.previousPath).catch(() => undefined);
  }
  try {
    const { report, findings } = check(model, previous ? { previous } : {});
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.length - errors;
    return {
      rel: task.rel,
      agency: report.agency?.trim() || null,
      year: report.year,
      formatVersion: report.formatVersion,
      sections: report.sections.map((s) => ({
        key: s.key,
        heading: s.heading ?? null,
        found: s.found,
      })),
      errors,
      warnings,
      status: errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'pass',
      findings,
    };
  } catch (err: unknown) {
    const { error, code } = reason(err);
    return unreadable(task.rel, error, code);
  }
}
