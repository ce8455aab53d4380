// The pane's host in the checker page: every verb is a call to the document's engine worker. The
// page keeps only what it draws (the preview blocks, the highlights); the file stays in the worker.

import type { Finding } from '../core/finding';
import type { Mark } from '../core/plan';
import type { FindingPlace } from './browser-host';
import type { PaneHost } from '../hosts/pane-host';
import type { Changed, Checked, PreviewDoc } from './protocol';
import type { WorkerSession } from './session';

export interface WorkerHostOptions {
  /** After every check (and after clearing marks): what the preview should highlight. */
  onMarks(marks: Mark[]): void;
  /** 定位: the page shows the place (scrolls to it, outlines it). */
  onSelect(place: FindingPlace, finding: Finding): void;
  /** After a change of the file: the preview of the new one. */
  onPreview(preview: PreviewDoc): void;
  /** After every change: whether the file differs from the one opened. */
  onDirty?(dirty: boolean): void;
}

/**
 * A PaneHost over the document open in `session`. `first` is the check the worker ran when it
 * opened the file (inside the same time limit as the reading): the pane's first check returns it.
 */
export function createWorkerHost(
  session: WorkerSession,
  first: Checked,
  options: WorkerHostOptions,
): PaneHost {
  let primed: Checked | null = first;

  let skipped: string[] = [];
  let undoable = false;
  const changed = (reply: Changed) => {
    skipped = reply.skipped;
    undoable = reply.canUndo;
    if (reply.preview) options.onPreview(reply.preview);
    options.onDirty?.(reply.dirty);
  };

  return {
    kind: 'docx',
    async check() {
      const checked = primed ?? (await session.call({ op: 'check' }));
      primed = null;
      options.onMarks(checked.marks);
      return checked.outcome;
    },
    async select(finding) {
      const { place } = await session.call({ op: 'select', finding });
      options.onSelect(place, finding);
    },
    async fix(findings) {
      skipped = [];
      if (findings.length > 0) changed(await session.call({ op: 'fix', findings }));
    },
    skipped: () => [...skipped],
    async insertMissing(findings) {
      skipped = [];
      if (findings.length > 0) changed(await session.call({ op: 'insertMissing', findings }));
    },
    async undo() {
      skipped = [];
      changed(await session.call({ op: 'undo' }));
    },
    canUndo: () => undoable,
    async clearMarks() {
      changed(await session.call({ op: 'clearMarks' }));
      options.onMarks([]);
    },
    async loadIgnores() {
      return (await session.call({ op: 'loadIgnores' })).ids;
    },
    async saveIgnores(ids) {
      changed(await session.call({ op: 'saveIgnores', ids }));
    },
  };
}
