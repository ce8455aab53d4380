// What a batch review keeps per report: compact results, never the document (a supervisor's
// folder may hold thousands of reports, and memory must not grow with their number).

import type { Finding } from '../core/finding';
import type { FormatVersion, SectionKey } from '../core/format';

/** 通过 / 有错误 / 仅警告 / 无法读取. */
export type ReviewStatus = 'pass' | 'error' | 'warning' | 'unreadable';

/** One file to check, as handed to a worker (paths only: the worker reads the file itself). */
export interface ReviewTask {
  /** Absolute path of the report. */
  path: string;
  /** Path relative to the reviewed folder, with "/" separators (how the outputs name it). */
  rel: string;
  /** Absolute path of last year's report of the same agency, for the cross-year rules. */
  previousPath?: string;
}

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
  result: ReviewResult;
  /** The worker's V8 heap in use after the task, in bytes. */
  heapUsed: number;
}
