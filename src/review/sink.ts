// A text file written piece by piece, waiting when the stream's buffer is full, so that writing a
// large review never queues the whole output in memory.

import { once } from 'events';
import type { Writable } from 'stream';
import { AtomicFile } from '../cli/atomic-write';

export interface Sink {
  write(text: string): Promise<void>;
  /** Finishes the output (for a file: makes it appear at its path). */
  close(): Promise<void>;
  /** Gives up: a file output is not left behind half written. */
  abort?(): Promise<void>;
}

export function streamSink(stream: Writable, ownsStream: boolean): Sink {
  let failure: Error | null = null;
  stream.on('error', (err: Error) => (failure = err));
  return {
    async write(text: string): Promise<void> {
      if (failure) throw failure;
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async close(): Promise<void> {
      if (failure) throw failure;
      if (!ownsStream) return;
      stream.end();
      await once(stream, 'finish');
    },
  };
}

/** Pieces are gathered to this size before a write to the file. */
const CHUNK = 64 * 1024;

/**
 * A file written atomically (cli/atomic-write): the target appears, complete, on `close`; a
 * failure or `abort` leaves whatever was there before.
 */
export async function fileSink(path: string): Promise<Sink> {
  const file = await AtomicFile.create(path);
  let pending: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    await file.write(text);
  };
  return {
    async write(text: string): Promise<void> {
      pending.push(text);
      size += text.length;
      if (size >= CHUNK) await flush();
    },
    async close(): Promise<void> {
      await flush();
      await file.commit();
    },
    abort: () => file.abort(),
  };
}
