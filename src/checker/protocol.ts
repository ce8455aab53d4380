// The messages between the checker page and its engine worker. The worker owns the open document
// (the zip, the XML, the model): the page sends calls and gets back what it draws — findings,
// highlights, the place of a finding, the preview blocks, the saved bytes. Everything here is
// structured-clonable data.

import type { Finding } from '../core/finding';
import type { DocBlock } from '../core/model';
import type { Mark } from '../core/plan';
import type { FindingPlace } from './browser-host';
import type { CheckOutcome } from '../hosts/pane-host';

/** What the preview draws: the first blocks of the body and how many it leaves out. */
export interface PreviewDoc {
  blocks: DocBlock[];
  /** Body blocks past LIMITS.previewMaxBlocks, not sent to the page (the check covers them). */
  omitted: number;
  /** Texts cut to LIMITS.previewMaxChars characters (the check read them whole). */
  clipped: number;
}

export interface Checked {
  outcome: CheckOutcome;
  /** What the preview highlights after this check. */
  marks: Mark[];
}

export type WorkerCall =
  /** Read the .docx and check it at once: both count against one time limit. */
  | { op: 'open'; bytes: Uint8Array }
  | { op: 'check' }
  | { op: 'select'; finding: Finding }
  | { op: 'fix'; findings: Finding[] }
  | { op: 'insertMissing'; findings: Finding[] }
  | { op: 'clearMarks' }
  /** Puts back the file as it was before the last fix or insert (the worker kept it). */
  | { op: 'undo' }
  | { op: 'loadIgnores' }
  | { op: 'saveIgnores'; ids: string[] }
  | { op: 'save' };

export type Op = WorkerCall['op'];
export type CallOf<K extends Op> = Extract<WorkerCall, { op: K }>;

/** A call that changes the file answers with the new preview (null: the file did not change). */
export interface Changed {
  preview: PreviewDoc | null;
  /** Why edits of a fix or insert were left alone (Chinese); empty when none were. */
  skipped: string[];
  /** Whether a fix or insert can still be taken back (撤销). */
  canUndo: boolean;
  /** Whether the file now differs from the one opened (下载修复后的文件 appears). */
  dirty: boolean;
}

export interface Results {
  open: Checked & { preview: PreviewDoc };
  check: Checked;
  select: { place: FindingPlace };
  fix: Changed;
  insertMissing: Changed;
  clearMarks: Changed;
  undo: Changed;
  loadIgnores: { ids: string[] };
  saveIgnores: Changed;
  save: { bytes: Uint8Array };
}

export interface WorkerRequest {
  id: number;
  call: WorkerCall;
}

export type WorkerResponse =
  | { [K in Op]: { id: number; op: K; ok: true; result: Results[K] } }[Op]
  /** `message` is for the user (Chinese). */
  | { id: number; op: Op; ok: false; message: string };
