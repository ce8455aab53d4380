// What the pane's buttons do: each user action calls the host, re-checks, and leaves a notice in
// the store. One controller per mounted pane; components call it and read the store.

import { findingId } from '../core/check';
import { isSafe } from '../core/fix';
import type { Finding } from '../core/finding';
import type { SectionKey } from '../core/format';
import type { CheckOutcome, PaneHost } from '../hosts/pane-host';
import { errorMessage, isInsert, visibleFindings, withSkipped } from './findings';
import type { Strings } from './i18n';
import { atSentence } from './places';
import type { Action, PaneStore } from './store';

export interface PaneController {
  /** Loads the ignores and runs the first check; returns the cleanup for unmount. */
  start(): () => void;
  recheckNow(): Promise<void>;
  fixOne(f: Finding): Promise<void>;
  /** 修复此类, 全部修复 and 插入缺失章节 open the preview; `confirm` applies it. */
  previewGroup(group: readonly Finding[]): void;
  previewAll(): void;
  previewInsert(): void;
  confirm(): Promise<void>;
  cancel(): void;
  undo(): Promise<void>;
  clearMarks(): Promise<void>;
  /** 定位: `at` is the finding narrowed to where to go (its sentence, one of its cells). */
  select(f: Finding, at?: Finding): Promise<void>;
  setFilter(section: SectionKey | null): void;
  /** J / K: moves to the next (+1) or previous (-1) finding shown, focuses and locates it. */
  step(direction: 1 | -1, cards: readonly HTMLElement[]): void;
  /** 自检 (hosts that have it): runs it in the dialog. */
  runSelfTest(): Promise<void>;
  closeSelfTest(): void;
  ignore(f: Finding): Promise<void>;
  restore(id: string): Promise<void>;
  toggleIgnored(): void;
}

/** Resolves once no dialog is in the page (checked each frame, for at most a second). */
function dialogClosed(): Promise<void> {
  return new Promise((resolve) => {
    const started = Date.now();
    const poll = () => {
      const open = document.querySelector('[role="dialog"]') !== null;
      if (!open || Date.now() - started > 1000) setTimeout(resolve, 0);
      else requestAnimationFrame(poll);
    };
    poll();
  });
}

export function createController(
  host: PaneHost,
  t: Strings,
  store: PaneStore,
  focus: {
    /** Where keyboard focus goes when the focused button went away with its finding. */
    results(): void;
    /** After a change: the 撤销 button, so that taking it back is one key away. */
    undo(): boolean;
  },
): PaneController {
  const set = store.setState;
  const get = store.getState;
  // Only the latest check may set the outcome: an edit event can start one while another runs.
  let runId = 0;
  let mounted = false;

  const recheck = async (): Promise<void> => {
    const id = ++runId;
    set({ checking: true });
    let next: CheckOutcome;
    try {
      next = await host.check();
    } catch (e) {
      next = { kind: 'error', message: errorMessage(e, t) };
    }
    if (!mounted || id !== runId) return;
    set({ outcome: next, checking: false });
  };

  /** Runs one user action; failures become a visible message instead of an unhandled rejection. */
  const act = async (
    action: Action,
    run: () => Promise<string | null>,
    keepFocus = false,
  ): Promise<void> => {
    set({ busy: action, notice: null });
    try {
      const text = await run();
      if (mounted && text) set({ notice: { text, error: false } });
    } catch (e) {
      if (mounted) set({ notice: { text: t.actionFailed(errorMessage(e, t)), error: true } });
    } finally {
      if (mounted) {
        set({ busy: null });
        // The button that had focus may be gone with its finding: keep keyboard users in the list
        // rather than dropped back to the top of the page.
        const lost = document.activeElement === null || document.activeElement === document.body;
        if (!keepFocus && lost) focus.results();
      }
    }
  };

  const visible = () => visibleFindings(get().outcome, get().ignores);

  /** After a write: whether the host can now take it back. */
  const noteUndo = () => set({ canUndo: host.canUndo?.() ?? false });

  const applyFixes = async (todo: Finding[]) => {
    await host.fix(todo);
    noteUndo();
    const skipped = host.skipped?.() ?? [];
    await recheck();
    return withSkipped(t.fixedNotice(todo.length - skipped.length), skipped);
  };

  const insert = async (todo: Finding[]) => {
    await host.insertMissing(todo);
    noteUndo();
    const skipped = host.skipped?.() ?? [];
    await recheck();
    return withSkipped(t.insertedNotice(todo.length - skipped.length), skipped);
  };

  /**
   * Focus after a confirmed change: 撤销 when the host has it, else the list. Only once the
   * preview dialog is gone, since closing it hands focus back to where it was before it opened.
   */
  const focusAfterChange = async () => {
    await dialogClosed();
    if (mounted && !focus.undo()) focus.results();
  };

  const controller: PaneController = {
    start() {
      mounted = true;
      noteUndo();
      let live = true;
      host
        .loadIgnores()
        .then((ids) => {
          if (live) set({ ignores: ids });
        })
        // Ignores are a convenience: a document whose store cannot be read is still checked.
        .catch(() => undefined);
      void recheck();
      const unsubscribe = host.onChange?.(() => void recheck());
      return () => {
        live = false;
        mounted = false;
        unsubscribe?.();
      };
    },
    recheckNow: () =>
      act(
        'check',
        async () => {
          await recheck();
          return null;
        },
        true,
      ),
    fixOne: (f) => act('fix', () => applyFixes([f])),
    // Suggestions (fix.safe false) never join a bulk fix: each waits for its own click.
    previewGroup: (group) =>
      set({ pending: { action: 'fix-group', findings: group.filter(isSafe) } }),
    previewAll: () => set({ pending: { action: 'fix-all', findings: visible().filter(isSafe) } }),
    previewInsert: () =>
      set({ pending: { action: 'insert', findings: visible().filter(isInsert) } }),
    async confirm() {
      const pending = get().pending;
      if (!pending) return;
      set({ pending: null });
      const { action, findings } = pending;
      await act(
        action,
        () => (action === 'insert' ? insert(findings) : applyFixes(findings)),
        true,
      );
      await focusAfterChange();
    },
    cancel: () => set({ pending: null }),
    undo: () =>
      act('undo', async () => {
        if (!host.undo) return null;
        try {
          await host.undo();
        } finally {
          noteUndo();
        }
        await recheck();
        return t.undoneNotice;
      }),
    clearMarks: () =>
      act(
        'clear',
        async () => {
          await host.clearMarks();
          return t.marksCleared;
        },
        true,
      ),
    select: (f, at = f) =>
      act(
        'select',
        async () => {
          set({ selectedId: findingId(f) });
          await host.select(at);
          return null;
        },
        true,
      ),
    ignore: (f) =>
      act('ignore', async () => {
        const id = findingId(f);
        const next = [...get().ignores.filter((x) => x !== id), id];
        set({ ignores: next, ignoredSeen: new Map(get().ignoredSeen).set(id, f) });
        await host.saveIgnores(next);
        return t.ignoredNotice;
      }),
    restore: (id) =>
      act('restore', async () => {
        const next = get().ignores.filter((x) => x !== id);
        set({ ignores: next });
        await host.saveIgnores(next);
        // The host dropped this finding from its last check: only a new check brings it back.
        await recheck();
        return t.restoredNotice;
      }),
    setFilter: (section) => set({ filter: section }),
    step(direction, cards) {
      if (cards.length === 0) return;
      const at = cards.findIndex((c) => c.getAttribute('data-id') === get().selectedId);
      const next =
        at < 0
          ? direction === 1
            ? 0
            : cards.length - 1
          : Math.min(Math.max(at + direction, 0), cards.length - 1);
      const card = cards[next];
      card.focus();
      card.scrollIntoView?.({ block: 'nearest' });
      const f = visible().find((x) => findingId(x) === card.getAttribute('data-id'));
      if (f) void controller.select(f, f.paragraph !== undefined ? atSentence(f) : f);
    },
    async runSelfTest() {
      if (!host.selfTest) return;
      set({ selfTest: { state: 'running' } });
      try {
        const report = await host.selfTest();
        if (mounted) set({ selfTest: { state: 'done', report } });
      } catch (e) {
        if (mounted) set({ selfTest: { state: 'failed', message: errorMessage(e, t) } });
      }
    },
    closeSelfTest: () => set({ selfTest: null }),
    toggleIgnored: () => set({ showIgnored: !get().showIgnored }),
  };
  return controller;
}
