// Live re-checks. WordApi 1.6 reports paragraph edits (with `source`: Local or Remote, i.e. a
// coauthor); older hosts only selection changes, which fire on every caret move. Word also reports
// the add-in's own writes, after an undocumented delay, so time alone cannot tell an echo from
// the user: after the debounce, a probe (one sync) asks whether the document's text differs from
// what the host last read, and only then does the re-check run. Marks change no text, so their
// echo never re-checks. Events are known to be lost, hence the pane's "重新检查" button.

import type { WordEnv } from './env';

export const DEBOUNCE_MS = 800;
export const QUIET_MS = 1000;
/** The selection-change fallback (WordApi < 1.6): at most one re-check in this time. */
export const THROTTLE_MS = 3000;

/** Counts the add-in's writes in flight, so that watchers can tell their echo from the user. */
export class WriteGuard {
  private inFlight = 0;
  private quietUntil = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async around<T>(write: () => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await write();
    } finally {
      this.inFlight--;
      this.quietUntil = this.now() + QUIET_MS;
    }
  }

  get writing(): boolean {
    return this.inFlight > 0 || this.now() < this.quietUntil;
  }
}

/**
 * One Word batch at a time. Checks asked for while one runs collapse into one that runs next
 * (the latest request wins: the earlier callers get its result); writes queue in order.
 */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();
  private pendingCheck: Promise<unknown> | undefined;

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** A check: joins the one already waiting to start, if any. */
  latest<T>(task: () => Promise<T>): Promise<T> {
    if (this.pendingCheck) return this.pendingCheck as Promise<T>;
    const started = this.run(() => {
      this.pendingCheck = undefined;
      return task();
    });
    this.pendingCheck = started;
    return started;
  }
}

export interface WatchOptions {
  /** Resolves true when the document's text is not what the host last read (one sync). */
  changed?: () => Promise<boolean>;
  /** Told which path fired: 'events' (WordApi 1.6) or 'selection' (fallback, must not write). */
  onFire?: (path: 'events' | 'selection') => void;
}

export function watchDocument(
  env: WordEnv,
  guard: WriteGuard,
  callback: () => void,
  options: WatchOptions = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let lastFired = 0;
  const events = env.isSetSupported('WordApi', '1.6');

  const settle = async (): Promise<void> => {
    timer = undefined;
    if (stopped || guard.writing) return;
    if (options.changed && !(await options.changed().catch(() => true))) return;
    if (stopped) return;
    lastFired = Date.now();
    options.onFire?.(events ? 'events' : 'selection');
    callback();
  };
  const fire = (): void => {
    if (stopped || guard.writing) return;
    if (timer) clearTimeout(timer);
    const wait = events ? DEBOUNCE_MS : Math.max(DEBOUNCE_MS, lastFired + THROTTLE_MS - Date.now());
    timer = setTimeout(() => void settle(), wait);
  };

  let unsubscribe: () => void = () => undefined;
  const subscribed = events
    ? env.run(async (context) => {
        const doc = context.document;
        const handler = async (e: { source?: string }): Promise<void> => {
          // A coauthor's edit: their own add-in (if any) marks their copy; re-checking here
          // would write marks into a document someone else is typing in.
          if (e.source === 'Remote') return;
          fire();
        };
        const results = [doc.onParagraphChanged, doc.onParagraphAdded, doc.onParagraphDeleted].map(
          (event) => event.add(handler),
        );
        await context.sync();
        return () => {
          void env
            .run(async (ctx) => {
              results.forEach((r) => r.remove());
              await ctx.sync();
            }, doc)
            .catch(() => undefined);
        };
      })
    : env.onSelectionChanged(fire);
  subscribed.then(
    (off) => {
      if (stopped) off();
      else unsubscribe = off;
    },
    () => undefined, // no live checks then: the re-check button still works
  );

  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    unsubscribe();
  };
}
