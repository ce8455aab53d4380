// The WPS 文字 host of the pane: the document read in one call as a flat package into the same
// parser and engine as Word and .docx; writes back through WPS's object model (Word's VBA model).
// Every write goes through `write`: one undo step where WPS offers custom undo records, and under
// the guard so that the ContentChange echo of our own writes does not trigger a re-check.

import { check as runEngine, findingId } from '../../core/check';
import type { Finding } from '../../core/finding';
import { cellAddress, planFixes, planMarks } from '../../core/fix';
import { LimitError } from '../../core/limits';
import type { CellAddress } from '../../core/model';
import { outcomeOf } from '../../core/outcome';
import { IGNORES_KEY } from '../../core/plan';
import type { Report } from '../../core/report';
import type { TemplateLike } from '../../core/template';
import { likeOf } from '../docx/write';
import type { PaneHost } from '../pane-host';
import { WriteGuard } from '../word/watch';
import type { WpsAddon, WpsApp, WpsDocument } from './api';
import { applyPlan, type Written } from './edits';
import { ParagraphLocator, cellOf } from './locate';
import { applyMarks, clearMarks } from './marks';
import { cellText, readWps, type ReadPath, type WpsSnapshot } from './read';
import { runSelfTest } from './selftest';
import { getVariable, setVariable } from './variables';
import { watchContent } from './watch';

export { READ_PATH_LABELS, type ReadPath } from './read';

/** Undo step names WPS shows in its 撤销 list. */
export const UNDO_NAMES = {
  check: '勾稽：标记',
  fix: '勾稽：修复',
  insert: '勾稽：插入缺失部分',
  clear: '勾稽：清除标记',
  undo: '勾稽：撤销',
} as const;

export const NOTHING_TO_UNDO = '没有可撤销的修改。';
export const CHANGED_SINCE =
  '修改后的内容已被改动，无法撤销；请在 WPS 中用“撤销”（Ctrl+Z）或手动恢复。';

export interface WpsHost extends PaneHost {
  kind: 'wps';
  /** The last check's report (tests read it). */
  lastReport(): Report | undefined;
  /** How the last read got the document (a flat package, or the object model). */
  lastReadPath(): ReadPath | undefined;
}

function message(err: unknown): string {
  if (err instanceof LimitError) return err.message;
  const detail = err instanceof Error ? err.message : String(err);
  return `无法读取文档：${detail}（The document could not be read.）`;
}

function cellOfFinding(report: Report, f: Finding): CellAddress | undefined {
  const own =
    f.table && f.row && f.column
      ? cellAddress(report, { table: f.table, row: f.row, column: f.column })
      : undefined;
  return own ?? (f.culprit ? cellAddress(report, f.culprit) : undefined);
}

export function createWpsHost(app: WpsApp, addon: WpsAddon = {}): WpsHost {
  const guard = new WriteGuard();
  let last: Report | undefined;
  let lastPath: ReadPath | undefined;
  let skipped: string[] = [];
  /** What the last fix or insert wrote, for 撤销; undefined when it cannot be taken back. */
  let undoable: Written[] | undefined;

  const doc = (): WpsDocument => app.ActiveDocument;

  /** One action: one undo step (where WPS offers custom records), under the write guard. */
  const write = <T>(name: string, action: (d: WpsDocument) => T): Promise<T> =>
    guard.around(async () => {
      const record = app.UndoRecord;
      const grouped = typeof record?.StartCustomRecord === 'function';
      if (grouped) record?.StartCustomRecord(name);
      try {
        return action(doc());
      } finally {
        if (grouped) record?.EndCustomRecord();
      }
    });

  const read = (d: WpsDocument): WpsSnapshot => {
    const snapshot = readWps(d);
    lastPath = snapshot.path;
    return snapshot;
  };

  const ignores = (d: WpsDocument): string[] => {
    try {
      const value: unknown = JSON.parse(getVariable(d.Variables, IGNORES_KEY) ?? '[]');
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  };

  /** Re-reads, plans the fixes of the current findings with these ids, applies them. */
  const apply = (ids: Set<string>, name: string): Promise<void> =>
    write(name, (d) => {
      skipped = [];
      const snapshot = read(d);
      const { report, findings } = runEngine(snapshot.model, { ignores: ignores(d) });
      const plan = planFixes(
        report,
        findings.filter((f) => ids.has(findingId(f))),
      );
      if (plan.edits.length === 0) return;
      const like: TemplateLike = snapshot.documentXml
        ? likeOf(snapshot.documentXml, snapshot.model)
        : {};
      // Marks stay: the re-check after every fix clears and redraws them.
      const paragraphs = new ParagraphLocator(d);
      const applied = applyPlan(d, paragraphs, snapshot.model, plan, like);
      skipped = applied.skipped;
      undoable = applied.undoable && applied.written.length > 0 ? applied.written : undefined;
    });

  return {
    kind: 'wps',
    lastReport: () => last,
    lastReadPath: () => lastPath,

    async check() {
      try {
        return await write(UNDO_NAMES.check, (d) => {
          const snapshot = read(d);
          const { report, findings } = runEngine(snapshot.model, { ignores: ignores(d) });
          last = report;
          // Marks are a convenience: a build whose object model refuses them (or lacks it, as
          // the e2e's fake does) still shows the findings in the pane.
          try {
            const paragraphs = new ParagraphLocator(d);
            clearMarks(d, paragraphs);
            applyMarks(d, paragraphs, planMarks(report, findings));
          } catch {
            // Nothing marked; 定位 still selects each finding's cell.
          }
          return outcomeOf(report, findings);
        });
      } catch (err) {
        return { kind: 'error', message: message(err) };
      }
    },

    async select(finding) {
      const report = last;
      if (!report) return;
      const d = doc();
      const cell = cellOfFinding(report, finding);
      const section = report.sections.find((s) => s.key === finding.section);
      const paragraph = finding.paragraph ?? (cell ? undefined : section?.paragraph);
      const target = cell ?? section?.cell;
      let range;
      if (target) range = cellOf(d, target)?.Range;
      else if (paragraph !== undefined) range = new ParagraphLocator(d).content(paragraph);
      else if (finding.table) {
        const index = report.tables[finding.table]?.tables[0];
        if (index !== undefined) range = cellOf(d, { table: index, row: 0, cell: 0 })?.Range;
      }
      if (!range) return;
      range.Select();
      try {
        app.ActiveWindow?.ScrollIntoView(range, true);
      } catch {
        // Select() already brought it into view on builds without ScrollIntoView.
      }
    },

    async fix(findings) {
      await apply(new Set(findings.map(findingId)), UNDO_NAMES.fix);
    },

    skipped: () => [...skipped],

    async insertMissing(findings) {
      const inserts = findings.filter(
        (f) => f.fix?.kind === 'insert-section' || f.fix?.kind === 'insert-table',
      );
      await apply(new Set(inserts.map(findingId)), UNDO_NAMES.insert);
    },

    async clearMarks() {
      await write(UNDO_NAMES.clear, (d) => void clearMarks(d, new ParagraphLocator(d)));
    },

    async loadIgnores() {
      return ignores(doc());
    },

    async saveIgnores(ids) {
      await write(UNDO_NAMES.check, (d) =>
        setVariable(d.Variables, IGNORES_KEY, JSON.stringify([...ids])),
      );
    },

    canUndo: () => undoable !== undefined,

    async undo() {
      const steps = undoable;
      if (!steps) throw new Error(NOTHING_TO_UNDO);
      await write(UNDO_NAMES.undo, (d) => {
        const paragraphs = new ParagraphLocator(d);
        const current = steps.map((s) =>
          s.kind === 'cell' ? cellOf(d, s)?.Range : paragraphs.content(s.paragraph),
        );
        // All or nothing: one changed place and none is written back.
        const now = current.map((r, i) =>
          r ? (steps[i].kind === 'cell' ? cellText(r.Text) : r.Text.replace(/\r$/, '')) : undefined,
        );
        if (now.some((text, i) => text !== steps[i].after)) throw new Error(CHANGED_SINCE);
        steps.forEach((s, i) => {
          const range = current[i];
          if (range) range.Text = s.before;
        });
        undoable = undefined;
      });
    },

    selfTest: () => guard.around(() => runSelfTest(app, addon)),

    onChange(callback) {
      return watchContent(addon.ApiEvent, guard, callback);
    },
  };
}
