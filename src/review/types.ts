// What a batch review keeps per report: compact results, never the document (a supervisor's
// folder may hold thousands of reports, and memory must not grow with their number).

import type { Finding } from '../core/finding';
import type { FormatVersion, SectionKey } from '../core/format';
import type { MessagePort } from 'worker_threads';
import type { FsPath } from '../cli/input-file';
import type { CrossYearDigest } from './cross-year';

/** 通过 / 有错误 / 仅警告 / 无法读取 / 不是年报. */
export type ReviewStatus = 'pass' | 'error' | 'warning' | 'unreadable' | 'not-report';

/** A file, by its absolute path and its path relative to the reviewed folder ("/"-separated). */
export interface ReviewFile {
  /** Bytes when the name is not UTF-8. */
  path: FsPath;
  rel: string;
}

/** Work for a worker: a path only (the worker reads the file itself). */
export interface ReviewTask {
  kind: 'file';
  file: ReviewFile;
}

/**
 * A checked file: its result, and for a report what the cross-year rules read of it, so that the
 * pair check needs neither the file nor its document again.
 */
export interface CheckedFile {
  result: ReviewResult;
  crossYear?: CrossYearDigest;
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
  /** Why the file could not be read (Chinese), for status 'unreadable' and 'not-report'. */
  error?: string;
  /** DocxError's or InputError's code ('legacy-doc', 'special', …), 'timeout', 'too-large', 'internal'. */
  errorCode?: string;
  previous?: PairInfo;
  /** Why a readable report was not compared with a previous year's (Chinese). */
  unpaired?: string;
}

/** What a worker thread is given: the task, and a port to say when it starts on it. */
export interface WorkerInput {
  task: ReviewTask;
  /**
   * Posted to once the worker has the task in hand (its module loaded): the task's time limit
   * counts from then, not from a thread still starting on a busy machine.
   */
  started?: MessagePort;
}

/** What a worker thread sends back. */
export interface WorkerReply {
  results: CheckedFile[];
  /** The worker's V8 heap in use after the task, in bytes. */
  heapUsed: number;
}
