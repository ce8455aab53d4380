// Live re-checks. WordApi 1.6 reports paragraph edits; older hosts only selection changes. Both
// are debounced, and the echo of the add-in's own writes (marks, fixes) is ignored: a write in
// progress, or one that ended less than QUIET_MS ago (Word delivers its events after the sync).
// Events are known to be lost, which is why the pane keeps its "重新检查" button.

import type { WordEnv } from './env';

export const DEBOUNCE_MS = 800;
export const QUIET_MS = 1000;

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

export function watchDocument(env: WordEnv, guard: WriteGuard, callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const fire = (): void => {
    if (stopped || guard.writing) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!stopped && !guard.writing) callback();
    }, DEBOUNCE_MS);
  };

  let unsubscribe: () => void = () => undefined;
  const subscribed = env.isSetSupported('WordApi', '1.6')
    ? env.run(async (context) => {
        const doc = context.document;
        const results = [doc.onParagraphChanged, doc.onParagraphAdded, doc.onParagraphDeleted].map(
          (event) => event.add(async () => fire()),
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
