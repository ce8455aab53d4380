// The pane's state, one zustand store per mounted pane (the checker remounts the pane per file, so a
// module-wide store would leak one report's state into the next). Components read slices of it;
// only the controller (controller.ts) writes it.

import { createStore, type StoreApi } from 'zustand/vanilla';

import type { Finding } from '../core/finding';
import type { SectionKey } from '../core/format';
import type { CheckOutcome } from '../hosts/pane-host';
import type { SelfTestReport } from '../hosts/selftest';

export type Action =
  | 'check'
  | 'fix'
  | 'fix-group'
  | 'fix-all'
  | 'insert'
  | 'clear'
  | 'ignore'
  | 'restore'
  | 'select'
  | 'undo';

/** A bulk change shown in the preview dialog, waiting for 确认. */
export interface PendingChange {
  action: 'fix-all' | 'fix-group' | 'insert';
  findings: Finding[];
}

export interface Notice {
  text: string;
  error: boolean;
}

export interface PaneState {
  outcome: CheckOutcome | null;
  checking: boolean;
  /** The user action under way, if any: every button waits for it. */
  busy: Action | null;
  ignores: string[];
  /**
   * Findings ignored in this session, so that "show ignored" can show them in full even though
   * the host drops ignored findings from its next check.
   */
  ignoredSeen: ReadonlyMap<string, Finding>;
  showIgnored: boolean;
  notice: Notice | null;
  /** The bulk change the preview dialog shows; nothing is written until it is confirmed. */
  pending: PendingChange | null;
  /** Whether the host has a change to undo (only hosts with `undo` ever set it). */
  canUndo: boolean;
  /** The finding last located (定位), marked in the list. */
  selectedId: string | null;
  /** The section chip that filters the list; null: every section. */
  filter: SectionKey | null;
  /** The self-test dialog: closed (null), running, or showing its report or why it failed. */
  selfTest:
    | null
    | { state: 'running' }
    | { state: 'done'; report: SelfTestReport }
    | { state: 'failed'; message: string };
}

export type PaneStore = StoreApi<PaneState>;

export function createPaneStore(): PaneStore {
  return createStore<PaneState>()(() => ({
    outcome: null,
    checking: false,
    busy: null,
    ignores: [],
    ignoredSeen: new Map(),
    showIgnored: false,
    notice: null,
    pending: null,
    canUndo: false,
    selectedId: null,
    filter: null,
    selfTest: null,
  }));
}
