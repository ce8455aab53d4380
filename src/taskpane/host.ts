// What the pane needs from wherever the document lives (Word, or a .docx file in the browser).
// The pane never touches Office.js or zip files: it calls these functions, passed in as props.

import type { FormatVersion, SectionKey } from '../core/format';
import type { Finding } from '../core/finding';

export interface SectionSummary {
  key: SectionKey;
  heading?: string;
  found: boolean;
}

export type CheckOutcome =
  | {
      kind: 'report';
      year: number | null;
      formatVersion: FormatVersion | null;
      sections: SectionSummary[];
      findings: Finding[];
    }
  /** The document has no tables at all. */
  | { kind: 'no-tables'; findings: Finding[] }
  /** Nothing in the document looks like an annual report. */
  | { kind: 'not-report' }
  /** The document could not be read; `message` is for the user (Chinese). */
  | { kind: 'error'; message: string };

export interface PaneHost {
  kind: 'word' | 'docx';
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
  /** Calls back when the user edits the document; returns an unsubscribe function. */
  onChange?(callback: () => void): () => void;
}
