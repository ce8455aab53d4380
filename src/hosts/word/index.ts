// The Word host of the pane: Office.js in, DocModel out, the same engine as for .docx, edits and
// marks back. The only module (with its siblings) that touches Office.js.

import { check as runEngine, findingId } from '../../core/check';
import type { Finding } from '../../core/finding';
import { planFixes, planMarks } from '../../core/fix';
import type { CellAddress, DocModel } from '../../core/model';
import type { EditPlan } from '../../core/plan';
import { IGNORES_KEY } from '../../core/plan';
import type { Report } from '../../core/report';
import type { TemplateLike } from '../../core/template';
import { LimitError } from '../../core/limits';
import type { PaneHost } from '../pane-host';
import { outcomeOf } from '../../core/outcome';

export { outcomeOf };
import {
  firstElement,
  hasInserts,
  queuePlan,
  findBlock,
  strayParagraphs,
  stylesOf,
  type InsertedGroup,
} from './edits';
import { emptyCellFont } from './fonts';
import {
  CELL_NOTICES,
  CellChangedError,
  checkAddressing,
  probeKeys,
  screenCells,
  cellName,
  type CellProbe,
  type SetCell,
  touchedTables,
  verifyCells,
} from './guard-cells';
import { officeEnv, type WordEnv } from './env';
import { MARKS_SETTING, parseRecord, queueUnmark, type CellMark } from './marks';
import { MARK_NOTICES, planMarkChange, unchanged, writeMarkChange } from './marking';
import { locate as locateInWord, readDocument, readText, type WordSnapshot } from './read';
import { locate } from '../../core/locate';
import { runSelfTest } from './selftest';
import { Serial, watchDocument, WriteGuard } from './watch';

export { officeEnv, type WordEnv } from './env';
export { MARK_TAG_PREFIX, MARKS_SETTING } from './marks';

/** Said before marking or fixing when Word tracks changes (WordApi 1.4 reads the mode). */
export const TRACKING_NOTICE =
  '文档已开启“修订”（跟踪更改）：勾稽写入的标记和修改都会记为修订；Word 网页版读取的文字还会包含已删除的修订内容，检查结果可能因此不准。建议先接受或拒绝修订并关闭“修订”后再检查。';

/** Key of the ignored findings' ids in the document's settings. */
export const IGNORES_SETTING = IGNORES_KEY;

/** A value a fix wrote, and the text the cell held before. */
interface Replaced {
  edit: SetCell;
  before: string;
}

/** Said when 撤销 finds a cell no longer holding what the fix wrote. */
export const UNDO_NOTICES = {
  nothing: '没有可以撤销的修改。',
  changed: (where: string) => `${where}在修复之后又被修改过，无法撤销；请手动修改。`,
  inserted: '插入的部分在插入之后已被修改或移动，无法撤销；请手动删除。',
} as const;

export interface WordHost extends PaneHost {
  kind: 'word';
  /** The last check's report (tests and the bench read it). */
  lastReport(): Report | undefined;
}

function message(err: unknown): string {
  // A document beyond a limit: its message (Chinese) says which, and is all the user needs.
  if (err instanceof LimitError) return err.message;
  const detail = err instanceof Error ? err.message : String(err);
  return `无法读取文档：${detail}（The document could not be read.）`;
}

export function createWordHost(env: WordEnv = officeEnv()): WordHost {
  const guard = new WriteGuard();
  const serial = new Serial();
  let last: Report | undefined;
  /** The model the last check read: what the user saw, which a fix must still find. */
  let lastModel: DocModel | undefined;
  let lastFindings: Finding[] | undefined;
  /** What the last fix replaced, for 撤销: written back through writePlan. */
  let undoable: { cells: Replaced[]; blocks: string[][] } = { cells: [], blocks: [] };
  /** The text the last check read: the live probe compares against it. */
  let readText_: string | undefined;
  /** Set by the live watcher for the check it triggers: which path, to keep that check polite. */
  let liveFire: 'events' | 'selection' | undefined;
  /** The reasons of the edits the last fix or insert skipped. */
  let skipped: string[] = [];

  /**
   * The one path of every write (marks, fixes, inserts, clearing): a batch under the guard, so
   * that the watchers take its echo for the add-in's own. Each batch ends in one write sync.
   */
  const write = <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> =>
    serial.run(() => guard.around(() => env.run(batch)));

  const record = (): CellMark[] => parseRecord(env.settings.get(MARKS_SETTING));
  const saveSettings = (): Promise<void> =>
    new Promise<void>((resolve, reject) =>
      env.settings.saveAsync((result) =>
        // The enum's value, compared as a string: tests run without the Office global.
        String(result.status) === 'failed' ? reject(new Error(result.error.message)) : resolve(),
      ),
    );
  const saveRecord = async (next: CellMark[]): Promise<void> => {
    const before = JSON.stringify(record());
    if (JSON.stringify(next) === before) return;
    env.settings.set(MARKS_SETTING, next);
    await saveSettings();
  };
  const tracking = env.isSetSupported('WordApi', '1.4');

  const ignores = (): string[] => {
    const value: unknown = env.settings.get(IGNORES_SETTING);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  };

  /** Fetches the formatting an insert copies: a found heading, a body paragraph, a table. */
  async function likeOf(
    context: Word.RequestContext,
    snapshot: WordSnapshot,
    report: Report,
  ): Promise<TemplateLike & { styles?: string }> {
    const heading = report.sections.find((s) => s.found && s.paragraph !== undefined)?.paragraph;
    const body = report.paragraphs.find(
      (p) => !p.heading && p.section !== null && p.text.trim() !== '',
    )?.index;
    const h = heading !== undefined ? snapshot.paragraphs[heading]?.getOoxml() : undefined;
    const b = body !== undefined ? snapshot.paragraphs[body]?.getOoxml() : undefined;
    await context.sync();
    const like: TemplateLike & { styles?: string } = {};
    const styles = stylesOf(h?.value ?? b?.value ?? snapshot.tableOoxml[0]);
    if (styles) like.styles = styles;
    const hx = firstElement(h?.value, 'w:p');
    const bx = firstElement(b?.value, 'w:p');
    const tx = firstElement(snapshot.tableOoxml[0], 'w:tbl');
    if (hx) like.heading = hx;
    if (bx) like.body = bx;
    if (tx) like.table = tx;
    return like;
  }

  /**
   * Re-reads (the plan's addresses must match the document as it is now, not as last checked),
   * plans the fixes of the current findings with these ids, and writes them in one sync.
   */
  /** The probes of the rows of these cells, queued into the read's second round trip. */
  function probing(cells: readonly CellAddress[], model: DocModel | undefined) {
    const keys = probeKeys(
      cells.filter((a) => !a.path?.length),
      model,
    );
    const probes = new Map<string, CellProbe>();
    const probe = (tables: Word.Table[]): void => {
      for (const a of keys)
        probes.set(
          `${a.table}/${a.row}/${a.cell}`,
          tables[a.table]?.getCellOrNullObject(a.row, a.cell).load('isNullObject,value') ?? {
            isNullObject: true,
            value: '',
          },
        );
    };
    return { probes, probe };
  }

  /**
   * The one verified way values get into cells (fixes, inserts, undo): the targets must hold
   * `expected`, Word must address their rows as the model does, fields and revisions are left
   * alone; the writes and the re-read that verifies them share one sync. Records for 撤销 what
   * each landed value replaced.
   */
  async function writePlan(
    context: Word.RequestContext,
    snapshot: WordSnapshot,
    plan: EditPlan,
    probes: Map<string, CellProbe>,
    expected: (addr: CellAddress) => string | undefined,
    like: TemplateLike & { styles?: string },
  ): Promise<{ reasons: string[]; replaced: Replaced[]; inserted: string[][] }> {
    const notices = snapshot.tracking && snapshot.tracking !== 'Off' ? [TRACKING_NOTICE] : [];
    const screened = screenCells(plan, snapshot, expected);
    const addressed = checkAddressing(screened.plan, snapshot, probes);
    const { styles, ...template } = like;
    // An anchor paragraph carrying a mark (a content control) would take the inserted content
    // inside the control: its marks go first; the re-check after the insert puts them back.
    if (hasInserts(addressed.plan)) queueUnmark(snapshot.marks);
    const groups: InsertedGroup[] = [];
    const reasons = queuePlan(
      context,
      snapshot,
      snapshot.model,
      addressed.plan,
      template,
      (addr) => emptyCellFont(snapshot, addr),
      styles,
      groups,
    );
    // Verification rides on the write's sync: Word runs the batch in order.
    const touched = touchedTables(addressed.plan);
    const after = touched.map((t) => snapshot.tables[t]?.getRange('Whole').getOoxml());
    const all = groups.length ? context.document.body.paragraphs.load('items/text') : undefined;
    await context.sync();
    if (all) {
      // Word may leave an empty paragraph after what it inserted: re-read, and remove it.
      const strays = strayParagraphs(
        groups,
        snapshot.paragraphIndex,
        snapshot.paragraphCount,
        all.items.map((x) => x.text),
      );
      if (strays.length) {
        for (const i of strays) all.items[i]?.delete();
        await context.sync();
      }
    }
    const reread = new Map<number, string>();
    touched.forEach((t, i) => {
      const v = after[i]?.value;
      if (v) reread.set(t, v);
    });
    const verified = verifyCells(addressed.plan, reread);
    const inserted = groups.map((g) => g.texts);
    const replaced = verified.landed.map((e) => ({
      edit: e,
      before: snapshot.model.tables[e.addr.table]?.rows[e.addr.row]?.cells[e.addr.cell]?.text ?? '',
    }));
    return {
      reasons: [
        ...notices,
        ...screened.reasons,
        ...addressed.reasons,
        ...reasons,
        ...verified.reasons,
      ],
      replaced,
      inserted,
    };
  }

  /**
   * Re-reads (the plan's addresses must match the document as it is now, not as last checked),
   * plans the fixes of the current findings with these ids, and writes them in one sync.
   */
  async function apply(ids: Set<string>): Promise<void> {
    skipped = [];
    // The cells the fix will write, planned from what the user saw: Word's addressing of each
    // row is probed in the read's own second round trip.
    const seen =
      last && lastFindings
        ? planFixes(
            last,
            lastFindings.filter((f) => ids.has(findingId(f))),
          )
        : undefined;
    const { probes, probe } = probing(
      (seen?.edits ?? []).flatMap((e) => (e.kind === 'set-cell' ? [e.addr] : [])),
      lastModel,
    );
    const seenModel = lastModel;
    skipped = await write(async (context): Promise<string[]> => {
      const snapshot = await readDocument(context, { tracking, probe });
      const { report, findings } = runEngine(snapshot.model, { ignores: ignores() });
      const chosen = findings.filter((f) => ids.has(findingId(f)));
      // A finding the user chose is gone: the document changed under the pane's list.
      if (chosen.length < ids.size) throw new CellChangedError(CELL_NOTICES.stale);
      const plan = planFixes(report, chosen);
      if (plan.edits.length === 0) return [];
      const like = hasInserts(plan) ? await likeOf(context, snapshot, report) : {};
      const result = await writePlan(
        context,
        snapshot,
        plan,
        probes,
        (a) => seenModel?.tables[a.table]?.rows[a.row]?.cells[a.cell]?.text,
        like,
      );
      undoable = { cells: result.replaced, blocks: result.inserted };
      return result.reasons;
    });
  }

  return {
    kind: 'word',
    lastReport: () => last,

    async check() {
      const live = liveFire;
      liveFire = undefined;
      try {
        return await serial.latest(() =>
          guard.around(() =>
            env.run(async (context) => {
              skipped = [];
              const snapshot = await readDocument(context, { caret: live !== undefined, tracking });
              readText_ = snapshot.text;
              if (snapshot.tracking && snapshot.tracking !== 'Off') skipped.push(TRACKING_NOTICE);
              const { report, findings } = runEngine(snapshot.model, { ignores: ignores() });
              last = report;
              lastModel = snapshot.model;
              lastFindings = findings;
              // The selection-change fallback fires on every caret move: it only reads.
              if (live === 'selection') return outcomeOf(report, findings);
              const change = planMarkChange(
                snapshot,
                record(),
                planMarks(report, findings),
                snapshot.caret,
              );
              if (change.unaddressable)
                skipped.push(MARK_NOTICES.unaddressable(change.unaddressable));
              if (!unchanged(change)) {
                const written = await writeMarkChange(context, snapshot, change);
                skipped.push(...written.notices);
                await saveRecord(written.record);
              }
              return outcomeOf(report, findings);
            }),
          ),
        );
      } catch (err) {
        return { kind: 'error', message: message(err) };
      }
    },

    async select(finding) {
      const report = last;
      if (!report) return;
      // One answer for where a finding points (core/locate), as in the checker and the command
      // line: a prose finding's sentence first, else its most specific cell (a heading's cell, a
      // table's first cell).
      const place = locate(report, finding);
      const target = place.paragraph === undefined ? place.cells[0] : undefined;
      await env.run(async (context) => {
        if (target) {
          const { tables } = await locateInWord(context, { tables: true });
          // TableCell.select() is desktop-only; the cell body's range selects everywhere.
          tables[target.table]
            ?.getCellOrNullObject(target.row, target.cell)
            .body.getRange('Content')
            .select();
        } else if (place.paragraph !== undefined) {
          const { paragraphs } = await locateInWord(context, { paragraphs: true });
          paragraphs[place.paragraph]?.select();
        } else {
          return;
        }
        await context.sync();
      });
    },

    async fix(findings) {
      await apply(new Set(findings.map(findingId)));
    },

    skipped: () => [...skipped],

    async insertMissing(findings) {
      const inserts = findings.filter(
        (f) => f.fix?.kind === 'insert-section' || f.fix?.kind === 'insert-table',
      );
      await apply(new Set(inserts.map(findingId)));
    },

    async clearMarks() {
      skipped = [];
      await write(async (context) => {
        const snapshot = await readDocument(context);
        const change = planMarkChange(snapshot, record(), []);
        // Controls the .docx host (or an older version of this one) put in cells go too.
        change.paragraphs = [];
        if (snapshot.marks.length === 0) delete change.paragraphs;
        if (unchanged(change)) return;
        const written = await writeMarkChange(context, snapshot, change);
        skipped.push(...written.notices);
        await saveRecord(written.record);
      });
    },

    async loadIgnores() {
      return ignores();
    },

    async saveIgnores(ids) {
      env.settings.set(IGNORES_SETTING, [...ids]);
      await saveSettings();
    },

    canUndo: () => undoable.cells.length + undoable.blocks.length > 0,

    selfTest: () => serial.run(() => guard.around(() => runSelfTest(env))),

    async undo() {
      if (undoable.cells.length + undoable.blocks.length === 0)
        throw new Error(UNDO_NOTICES.nothing);
      const { cells: entries, blocks } = undoable;
      const { probes, probe } = probing(
        entries.map((r) => r.edit.addr),
        lastModel,
      );
      const reasons = await write(async (context) => {
        const snapshot = await readDocument(context, { tracking, probe });
        for (const r of entries) {
          const now =
            snapshot.model.tables[r.edit.addr.table]?.rows[r.edit.addr.row]?.cells[r.edit.addr.cell]
              ?.text;
          if (now?.trim() !== r.edit.value.trim())
            throw new CellChangedError(UNDO_NOTICES.changed(cellName(r.edit.addr)));
        }
        // Inserted sections go as one range each, found by their texts (exactly once, unchanged).
        const at = blocks.map((b) => findBlock(snapshot.allTexts, b));
        if (at.some((i) => i === undefined)) throw new CellChangedError(UNDO_NOTICES.inserted);
        blocks.forEach((b, k) => {
          const first = snapshot.allParagraphs[at[k] as number];
          const last = snapshot.allParagraphs[(at[k] as number) + b.length - 1];
          first.getRange('Whole').expandTo(last.getRange('Whole')).delete();
        });
        const plan: EditPlan = {
          edits: entries.map((r) => ({ ...r.edit, value: r.before })),
        };
        const result = await writePlan(context, snapshot, plan, probes, () => undefined, {});
        return result.reasons;
      });
      undoable = { cells: [], blocks: [] };
      skipped = reasons;
    },

    onChange(callback) {
      return watchDocument(env, guard, callback, {
        changed: async () => readText_ === undefined || (await env.run(readText)) !== readText_,
        onFire: (path) => (liveFire = path),
      });
    },
  };
}
