// What a batch review keeps per report: compact results, never the document (a supervisor's
// folder may hold thousands of reports, and memory must not grow with their number).

import type { Finding } from '../core/finding';
import type { FormatVersion, SectionKey } from '../core/format';

/** 通过 / 有错误 / 仅警告 / 无法读取. */
export type ReviewStatus = 'pass' | 'error' | 'warning' | 'unreadable';

/** A file, by its absolute path and its path relative to the reviewed folder ("/"-separated). */
export interface ReviewFile {
  path: string;
  rel: string;
}

/**
 * Work for a worker (paths only: the worker reads the files itself). `chain` is the cross-year
 * pass: one agency's reports of consecutive years, oldest first; each is checked with the one
 * before it as `previous`, the first serving only as previous. A worker holds at most two
 * documents at once, and each file of the chain is read once.
 */
export type ReviewTask =
  { kind: 'file'; file: ReviewFile } | { kind: 'chain'; files: ReviewFile[] };

export interface ReviewSection {
  key: SectionKey;
  heading: string | null;
  found: boolean;
}

/** The previous year's report a result was compared with ("与 2021 年报告比对"). */
export interface PairInfo {
  rel: string;
  year: number;
}

export interface ReviewResult {
  rel: string;
  /** The agency as named in the title, if the engine found it. */
  agency: string | null;
  year: number | null;
  formatVersion: FormatVersion | null;
  sections: ReviewSection[];
  errors: number;
  warnings: number;
  status: ReviewStatus;
  findings: Finding[];
  /** Why the file could not be read (Chinese), for status 'unreadable'. */
  error?: string;
  /** DocxError's code ('legacy-doc', 'damaged', …), or 'io' / 'internal'. */
  errorCode?: string;
  previous?: PairInfo;
}

/** What a worker thread sends back. */
export interface WorkerReply {
  results: ReviewResult[];
  /** The worker's V8 heap in use after the task, in bytes. */
  heapUsed: number;
}
