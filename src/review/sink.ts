// A text file written piece by piece, waiting when the stream's buffer is full, so that writing a
// large review never queues the whole output in memory.

import { createWriteStream } from 'fs';
import { once } from 'events';
import type { Writable } from 'stream';

export interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
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

export function fileSink(path: string): Sink {
  return streamSink(createWriteStream(path, { encoding: 'utf8' }), true);
}
