// A stand-in for the checker's engine worker: runs the real service in-process, copies every
// message with structured cloning as postMessage would (so non-clonable data fails here too), and
// can be told to hold back its answers (a hang) or to answer late.

import { serialize, deserialize } from 'v8';

import type { WorkerCall, WorkerRequest, WorkerResponse } from '../../src/checker/protocol';
import { createService } from '../../src/checker/service';
import type { WorkerPort } from '../../src/checker/session';

/** A deep copy by the structured clone algorithm (v8's, as jsdom may lack structuredClone). */
export function cloned<T>(value: T): T {
  return deserialize(serialize(value)) as T;
}

export interface FakeOptions {
  /** Calls this returns true for are never answered (the worker hangs on them). */
  hangOn?: (call: WorkerCall) => boolean;
  /** Answers wait this long (ms) before they are posted. */
  delayMs?: number;
}

export class FakeWorker implements WorkerPort {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  /** The ops received, in order. */
  readonly ops: WorkerCall['op'][] = [];
  /** Answers the worker posted after it was terminated (a real worker could not). */
  lateAnswers = 0;
  private readonly serve = createService();

  constructor(private readonly options: FakeOptions = {}) {}

  postMessage(message: WorkerRequest): void {
    if (this.terminated) throw new Error('postMessage after terminate');
    const request = cloned(message);
    this.ops.push(request.call.op);
    if (this.options.hangOn?.(request.call)) return;
    void this.serve(request).then(async (response) => {
      if (this.options.delayMs)
        await new Promise((resolve) => setTimeout(resolve, this.options.delayMs));
      if (this.terminated) {
        this.lateAnswers++;
        return;
      }
      this.onmessage?.({ data: cloned(response) } as MessageEvent<WorkerResponse>);
    });
  }

  terminate(): void {
    this.terminated = true;
  }

  /** What a crashing worker fires (an uncaught error, an out-of-memory). */
  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as unknown as ErrorEvent);
  }
}

/** A spawn function that hands out workers made by `make`, remembering each. */
export function spawner(make: (n: number) => FakeWorker = () => new FakeWorker()) {
  const workers: FakeWorker[] = [];
  const spawn = () => {
    const w = make(workers.length);
    workers.push(w);
    return w;
  };
  return { spawn, workers };
}
