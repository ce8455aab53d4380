// A review worker that misbehaves on purpose, by file name: "oom" grows its heap until the
// thread's memory limit stops it, "hang" never returns, "exit" ends its thread. Any other file is
// checked as usual.

import runTask, { announceStart } from '../../src/review/worker';
import type { WorkerInput, WorkerReply } from '../../src/review/types';

export default async function hostile(input: WorkerInput): Promise<WorkerReply> {
  const { task } = input;
  const rels = [task.file.rel];
  if (rels.some((r) => /oom|hang|exit/.test(r))) announceStart(input);
  if (rels.some((r) => r.includes('exit'))) process.exit(3);
  if (rels.some((r) => r.includes('oom'))) {
    const hold: string[][] = [];
    for (;;) hold.push(new Array<string>(1_000_000).fill(`${hold.length}`));
  }
  if (rels.some((r) => r.includes('hang'))) {
    for (;;) {
      // Busy, as a parser stuck in a loop would be.
    }
  }
  return runTask(input);
}
