// The piscina worker: one task in, one compact result out (the document stays in the worker).

import { reviewFile } from './review-file';
import type { ReviewTask, WorkerReply } from './types';

export default async function reviewTask(task: ReviewTask): Promise<WorkerReply> {
  const result = await reviewFile(task);
  // Reported so that the bench can show the workers' memory (a thread's RSS is the process's).
  return { result, heapUsed: process.memoryUsage().heapUsed };
}
