// What the pane needs from wherever the document lives (Word, WPS, or a .docx file in the
// browser). The pane never touches Office.js or zip files: it calls these functions, passed in as
// props. Hosts implement it; the pane and the checker page import it from here, never the reverse.

import type { Finding } from '../core/finding';
import type { CheckOutcome } from '../core/outcome';
import type { SelfTestReport } from './selftest';

export type { CheckOutcome, SectionSummary } from '../core/outcome';

export interface PaneHost {
  kind: 'word' | 'wps' | 'docx';
  /** Reads the document, runs the engine, marks flagged cells, drops ignored findings. */
  check(): Promise<CheckOutcome>;
  /** Brings a finding's cell or paragraph into view and selects it. */
  select(finding: Finding): Promise<void>;
  /** Applies the fixes of these findings (one write), then the caller re-checks. */
  fix(findings: Finding[]): Promise<void>;
  /** Removes every mark the add-in made, leaving the document as before. */
  clearMarks(): Promise<void>;
  /** Inserts the templates of the missing sections and tables. */
  insertMissing(findings: Finding[]): Promise<void>;
  /**
   * Why the edits the last `fix` or `insertMissing` left to the user were skipped (Chinese), e.g. a
   * cell Word cannot address; empty when it did everything. A host that never skips omits it.
   */
  skipped?(): string[];
  /** Ignored findings' ids, remembered in the document. */
  loadIgnores(): Promise<string[]>;
  saveIgnores(ids: string[]): Promise<void>;
  /**
   * Restores exactly what the last `fix` or `insertMissing` changed (the checker keeps the previous
   * bytes; Word and WPS write back the values they recorded, through their one verified write
   * path). Rejects with a Chinese message when there is nothing to undo or the cells changed since;
   * the caller re-checks. A host without it offers no 撤销.
   */
  undo?(): Promise<void>;
  /** Whether `undo` has something to restore. */
  canUndo?(): boolean;
  /**
   * The self-test (自检): in an empty document, builds a small report and tries every capability
   * the add-in uses (see selftest.ts), re-reading after each. Refuses (`refused`) in a document
   * with content. Only hosts inside a word processor have it.
   */
  selfTest?(): Promise<SelfTestReport>;
  /** Calls back when the user edits the document; returns an unsubscribe function. */
  onChange?(callback: () => void): () => void;
}
