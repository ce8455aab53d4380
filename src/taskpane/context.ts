// The pane's one store and controller, handed to every component of one mounted pane.

import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';

import type { Finding } from '../core/finding';
import type { PaneHost } from '../hosts/pane-host';
import type { PaneController } from './controller';
import { visibleFindings } from './findings';
import type { Strings } from './i18n';
import type { PaneState, PaneStore } from './store';

export interface PaneContextValue {
  host: PaneHost;
  t: Strings;
  store: PaneStore;
  controller: PaneController;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePaneContext(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error('pane component outside <Pane>');
  return value;
}

export function usePane<T>(selector: (s: PaneState) => T): T {
  return useStore(usePaneContext().store, selector);
}

/** Every button waits while a check or an action runs. */
export function useDisabled(): boolean {
  return usePane((s) => s.busy !== null || s.checking);
}

/** The findings the list shows (ignored ones hidden at once, before the host re-checks). */
export function useVisible(): Finding[] {
  const outcome = usePane((s) => s.outcome);
  const ignores = usePane((s) => s.ignores);
  return useMemo(() => visibleFindings(outcome, ignores), [outcome, ignores]);
}
