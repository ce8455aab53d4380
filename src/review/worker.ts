// The piscina worker: one task in, compact results out (the documents stay in the worker).

import { reviewTask } from './review-file';
import type { ReviewTask, WorkerReply } from './types';

export default async function runTask(task: ReviewTask): Promise<WorkerReply> {
  const results = await reviewTask(task);
  // Reported so that the bench can show the workers' memory (a thread's RSS is the process's).
  return { results, heapUsed: process.memoryUsage().heapUsed };
}
