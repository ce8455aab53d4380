// The pane's host over a .docx file held in the browser (the browser checker, issue 4). The checker
// page runs it inside its engine worker (src/checker/service.ts) and talks to it through typed
// messages, so that a slow file never freezes the page; it needs no DOM unless the fallback of
// `select` outlines in a page. The engine checks the parsed model, fixes become an edit plan applied
// to the zip, and the report never leaves the machine. The page shows the document itself, so
// "marks" are highlights in its preview (reported through `onMarks`), not edits of the file: the
// downloaded file carries only the fixes the user asked for.

import { check } from '../core/check';
import type { Finding } from '../core/finding';
import { planFixes, planMarks } from '../core/fix';
import { addrKey, locate, type Location } from '../core/locate';
import { OUTLINED_CLASS } from './outline';
import type { Mark } from '../core/plan';
import { recognize } from '../core/recognize';
import type { Report } from '../core/report';
import type { PaneHost } from '../hosts/pane-host';
import { outcomeOf } from '../core/outcome';

export { outcomeOf };
import { clearMarks } from '../hosts/docx/marks';
import { readIgnores, writeIgnores } from '../hosts/docx/ignores';
import type { DocxFile } from '../hosts/docx/read';
import { applyPlanReporting } from '../hosts/docx/write';

/** Where a finding lives in the document: cells (by writer address) and/or a paragraph. */
export type FindingPlace = Location;

export interface DocxHostOptions {
  /** After every check (and after clearing marks): what the preview should highlight. */
  onMarks?: (marks: Mark[]) => void;
  /**
   * 定位: the page shows the place (scrolls to it, outlines it). Without it, the host outlines the
   * element carrying `data-addr="t:r:c"` (or `data-para="i"`) in the page itself.
   */
  onSelect?: (place: FindingPlace, finding: Finding) => void;
}

/** The `data-addr` of a preview cell: "table:row:cell" (cell = index of the w:tc in its w:tr). */
export { addrKey };

export { OUTLINED_CLASS };

/** Where 定位 goes: core's one answer (core/locate), shared with Word, WPS and the command line. */
export const placeOf = locate;

/**
 * One mark per flagged cell or paragraph, as the engine plans them. The planner marks only the
 * cells and paragraphs findings name; when it marks nothing although there are findings (all about
 * whole sections, such as the tables missing from a report without tables), the places 定位 goes
 * to stand in, so that the preview still shows where to look.
 */
export function marksOf(report: Report, findings: readonly Finding[]): Mark[] {
  const planned = planMarks(report, findings);
  if (planned.length > 0 || findings.length === 0) return planned;
  const byPlace = new Map<string, Mark>();
  for (const f of findings) {
    const place = placeOf(report, f);
    const base = { rule: f.rule, severity: f.severity, message: f.message };
    const targets: Mark[] = place.cells.map((cell) => ({ ...base, cell }));
    if (place.paragraph !== undefined) targets.push({ ...base, paragraph: place.paragraph });
    for (const m of targets) {
      const key = m.cell ? addrKey(m.cell) : `p${m.paragraph}`;
      const prev = byPlace.get(key);
      // An error outranks a warning on the same cell: the colour shows the worst.
      if (!prev || (prev.severity === 'warning' && m.severity === 'error')) byPlace.set(key, m);
    }
  }
  return [...byPlace.values()];
}

/** Outlines the preview element of `place` in this page and scrolls it into view. */
function outlineInPage(place: FindingPlace): void {
  if (typeof document === 'undefined') return;
  const selector =
    place.cells.length > 0
      ? `[data-addr="${addrKey(place.cells[0])}"]`
      : place.paragraph !== undefined
        ? `[data-para="${place.paragraph}"]`
        : null;
  if (!selector) return;
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) return;
  for (const old of document.querySelectorAll(`.${OUTLINED_CLASS}`))
    old.classList.remove(OUTLINED_CLASS);
  el.classList.add(OUTLINED_CLASS);
  el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
}

/**
 * A PaneHost over `file`. Every change (fix, insert, clear marks, ignores) produces a new DocxFile,
 * handed to `onChange` so the page can re-render its preview and offer it for download.
 */
export function createDocxHost(
  file: DocxFile,
  onChange: (file: DocxFile) => void,
  options: DocxHostOptions = {},
): PaneHost {
  let current = file;
  /** Why the edits of the last fix or insert that were left alone were (Chinese). */
  let skipped: string[] = [];
  /**
   * The files before each fix or insert, newest last: 撤销 puts the previous one back whole, so
   * its saved bytes are those of before. A change of another kind (ignores, clearing marks) is not
   * in these files, so it empties the history rather than let 撤销 silently take it back too.
   */
  const history: DocxFile[] = [];

  const update = (next: DocxFile) => {
    current = next;
    onChange(next);
  };
  const updateOther = (next: DocxFile) => {
    history.length = 0;
    update(next);
  };

  /** Fixes and inserts share one path: the planner turns findings into edits of this file. */
  const apply = async (findings: Finding[]) => {
    skipped = [];
    if (findings.length === 0) return;
    const plan = planFixes(recognize(current.model), findings);
    if (plan.edits.length === 0) return;
    const applied = applyPlanReporting(current, plan);
    skipped = applied.skipped.map((s) => s.reason);
    // Every edit left to the user: nothing changed, nothing to undo.
    if (applied.file.documentXml === current.documentXml) return;
    history.push(current);
    update(applied.file);
  };

  return {
    kind: 'docx',
    async check() {
      const ignores = await readIgnores(current);
      const { report, findings } = check(current.model, { ignores });
      options.onMarks?.(marksOf(report, findings));
      return outcomeOf(report, findings);
    },
    async select(finding) {
      const place = placeOf(recognize(current.model), finding);
      if (options.onSelect) options.onSelect(place, finding);
      else outlineInPage(place);
    },
    fix: apply,
    insertMissing: apply,
    skipped: () => [...skipped],
    async undo() {
      const previous = history.pop();
      if (!previous) throw new Error('没有可以撤销的修改。');
      skipped = [];
      update(previous);
    },
    canUndo: () => history.length > 0,
    async clearMarks() {
      // The page's own marks are highlights; marks a Word add-in left in the file go too.
      updateOther(await clearMarks(current));
      options.onMarks?.([]);
    },
    async loadIgnores() {
      return [...(await readIgnores(current))];
    },
    async saveIgnores(ids) {
      updateOther(await writeIgnores(current, ids));
    },
  };
}
