// What the pane's buttons do: each user action calls the host, re-checks, and leaves a notice in
// the store. One controller per mounted pane; components call it and read the store.

import { findingId } from '../core/check';
import { isSafe } from '../core/fix';
import type { Finding } from '../core/finding';
import type { CheckOutcome, PaneHost } from '../hosts/pane-host';
import { errorMessage, isInsert, visibleFindings, withSkipped } from './findings';
import type { Strings } from './i18n';
import type { Action, PaneStore } from './store';

export interface PaneController {
  /** Loads the ignores and runs the first check; returns the cleanup for unmount. */
  start(): () => void;
  recheckNow(): Promise<void>;
  fixOne(f: Finding): Promise<void>;
  fixGroup(group: readonly Finding[]): Promise<void>;
  fixAll(): Promise<void>;
  insertMissing(): Promise<void>;
  clearMarks(): Promise<void>;
  select(f: Finding): Promise<void>;
  ignore(f: Finding): Promise<void>;
  restore(id: string): Promise<void>;
  toggleIgnored(): void;
}

export function createController(
  host: PaneHost,
  t: Strings,
  store: PaneStore,
  /** Where keyboard focus goes when the focused button went away with its finding. */
  focusResults: () => void,
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
        if (!keepFocus && lost) focusResults();
      }
    }
  };

  const visible = () => visibleFindings(get().outcome, get().ignores);

  const applyFixes = async (todo: Finding[], notice: (n: number) => string) => {
    await host.fix(todo);
    const skipped = host.skipped?.() ?? [];
    await recheck();
    return withSkipped(notice(todo.length - skipped.length), skipped);
  };

  return {
    start() {
      mounted = true;
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
    fixOne: (f) => act('fix', () => applyFixes([f], t.fixedNotice)),
    fixGroup: (group) => act('fix-group', () => applyFixes(group.filter(isSafe), t.fixedNotice)),
    fixAll: () => act('fix-all', () => applyFixes(visible().filter(isSafe), t.fixedNotice)),
    insertMissing: () =>
      act('insert', async () => {
        const todo = visible().filter(isInsert);
        await host.insertMissing(todo);
        const skipped = host.skipped?.() ?? [];
        await recheck();
        return withSkipped(t.insertedNotice(todo.length - skipped.length), skipped);
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
    select: (f) =>
      act(
        'select',
        async () => {
          await host.select(f);
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
    toggleIgnored: () => set({ showIgnored: !get().showIgnored }),
  };
}
