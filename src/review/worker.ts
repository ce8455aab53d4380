// The piscina worker: one task in, compact results out (the documents stay in the worker).

import { reviewTask } from './review-file';
import type { WorkerInput, WorkerReply } from './types';

/** Tells the pool the task has begun (its clock starts now). */
export function announceStart(input: WorkerInput): void {
  input.started?.postMessage(0);
  input.started?.close();
}

export default async function runTask(input: WorkerInput): Promise<WorkerReply> {
  announceStart(input);
  const results = await reviewTask(input.task);
  // Reported so that the bench can show the workers' memory (a thread's RSS is the process's).
  return { results, heapUsed: process.memoryUsage().heapUsed };
}
