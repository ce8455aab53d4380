// The page's side of one document's engine worker: typed calls with replies, a time limit on each,
// and a stop that terminates the worker (a new file, a timeout, a crash). Once stopped, a session
// answers every call with the reason it stopped; the page starts a new session for a new file.

import type { CallOf, Op, Results, WorkerRequest, WorkerResponse } from './protocol';

/** What the session needs of a Worker: tests pass a fake that runs the engine in-process. */
export interface WorkerPort {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type SpawnWorker = () => WorkerPort;

export type StopReason = 'timeout' | 'cancelled' | 'crashed';

/** Why a call got no answer. `message` is for the user when the reason is a crash. */
export class SessionStopped extends Error {
  readonly reason: StopReason;

  constructor(reason: StopReason, message: string = reason) {
    super(message);
    this.name = 'SessionStopped';
    this.reason = reason;
    Object.setPrototypeOf(this, SessionStopped.prototype);
  }
}

/** A call's answer that the engine gave as a failure (the reader's Chinese message, say). */
export class EngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineError';
    Object.setPrototypeOf(this, EngineError.prototype);
  }
}

interface Pending {
  op: Op;
  resolve(result: Results[Op]): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export class WorkerSession {
  private readonly worker: WorkerPort;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stoppedBy: SessionStopped | null = null;

  /**
   * @param limitMs each call's time limit; past it the worker is terminated.
   * @param onStop called once, when the worker stops for any reason but `cancel()`.
   */
  constructor(
    spawn: SpawnWorker,
    private readonly limitMs: number,
    private onStop?: (stop: SessionStopped) => void,
  ) {
    this.worker = spawn();
    this.worker.onmessage = (event) => this.receive(event.data);
    this.worker.onerror = (event) => {
      // An uncaught error or an out-of-memory in the worker: its document is gone with it.
      event.preventDefault?.();
      this.stop(new SessionStopped('crashed', event.message || 'worker error'));
    };
  }

  /**
   * Who hears of a stop from now on: a session started before the page's React tree (the sample's,
   * see startOpen) gets its listener once the page has mounted.
   */
  onStopped(handler: (stop: SessionStopped) => void): void {
    this.onStop = handler;
  }

  get stopped(): SessionStopped | null {
    return this.stoppedBy;
  }

  call<K extends Op>(call: CallOf<K>): Promise<Results[K]> {
    if (this.stoppedBy) return Promise.reject(this.stoppedBy);
    const id = this.nextId++;
    return new Promise<Results[K]>((resolve, reject) => {
      const timer = setTimeout(() => this.stop(new SessionStopped('timeout')), this.limitMs);
      this.pending.set(id, {
        op: call.op,
        // Replies are matched to calls by id and checked for the same op in receive().
        resolve: resolve as (result: Results[Op]) => void,
        reject,
        timer,
      });
      this.worker.postMessage({ id, call });
    });
  }

  /** Stops the worker without telling onStop: the page has moved on to another file. */
  cancel(): void {
    this.stop(new SessionStopped('cancelled'), false);
  }

  private receive(response: WorkerResponse): void {
    const p = this.pending.get(response.id);
    if (!p || p.op !== response.op) return;
    this.pending.delete(response.id);
    clearTimeout(p.timer);
    if (response.ok) p.resolve(response.result);
    else p.reject(new EngineError(response.message));
  }

  private stop(reason: SessionStopped, notify = true): void {
    if (this.stoppedBy) return;
    this.stoppedBy = reason;
    this.worker.terminate();
    this.worker.onmessage = null;
    this.worker.onerror = null;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(reason);
    }
    this.pending.clear();
    if (notify) this.onStop?.(reason);
  }
}

/** A document's session whose `open` call is already on its way. */
export interface StartedOpen {
  session: WorkerSession;
  first: Promise<Results['open']>;
}

/**
 * Starts a worker and its `open` before anything else of the page: the engine's start-up and the
 * sample's check then run while React renders the page's first frame, not after it.
 */
export function startOpen(spawn: SpawnWorker, limitMs: number, bytes: Uint8Array): StartedOpen {
  const session = new WorkerSession(spawn, limitMs);
  const first = session.call({ op: 'open', bytes });
  // Handled where the page awaits it; until then a failure is no unhandled rejection.
  first.catch(() => undefined);
  return { session, first };
}
