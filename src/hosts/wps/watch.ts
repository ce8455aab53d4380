// Live re-checks in WPS: its ContentChange event (on window.wps.ApiEvent), debounced, with the echo
// of the add-in's own writes ignored through the same WriteGuard as the Word host. WPS builds
// without ApiEvent get no live checks; the pane's 重新检查 button still works.

import { DEBOUNCE_MS, type WriteGuard } from '../word/watch';
import type { WpsApiEvent, WpsContentChange } from './api';

export function watchContent(
  events: WpsApiEvent | undefined,
  guard: WriteGuard,
  callback: () => void,
): () => void {
  if (!events || typeof events.AddApiEventListener !== 'function') return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const listener: WpsContentChange = () => {
    if (stopped || guard.writing) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!stopped && !guard.writing) callback();
    }, DEBOUNCE_MS);
  };
  try {
    events.AddApiEventListener('ContentChange', listener);
  } catch {
    return () => undefined;
  }
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    try {
      events.RemoveApiEventListener('ContentChange', listener);
    } catch {
      // The document (and its events) may be gone already.
    }
  };
}
