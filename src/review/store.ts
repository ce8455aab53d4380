// Results on disk, not in memory: each result (and each report's cross-year digest) is appended as
// one NDJSON line to a temporary file, and only its offset (plus the few fields pairing needs) is
// kept. The outputs then read the
// results back one at a time, in the folder's order, whatever order the workers finished in.
// The file is read and written synchronously: a line of a few kilobytes to a temporary file costs
// microseconds, and each asynchronous call a round trip through libuv's thread pool, on which the
// review's one thread waited about a third of its time (and half of the cross-year pass).

import { closeSync, openSync, promises as fs, readSync, writeSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CrossYearDigest } from './cross-year';
import type { CheckedFile, ReviewResult, ReviewStatus } from './types';

export interface StoredSummary {
  rel: string;
  agency: string | null;
  year: number | null;
  status: ReviewStatus;
}

interface Entry extends StoredSummary {
  offset: number;
  length: number;
}

export class ResultStore {
  private readonly index = new Map<string, Entry>();
  private readonly digests = new Map<string, { offset: number; length: number }>();
  private size = 0;
  private closed = false;

  private constructor(
    private readonly dir: string,
    private readonly fd: number,
  ) {}

  static async create(): Promise<ResultStore> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-review-'));
    const fd = openSync(path.join(dir, 'results.ndjson'), 'w+');
    return new ResultStore(dir, fd);
  }

  /** Stores a result; a later result for the same file replaces it (the cross-year check). */
  async append({ result, crossYear }: CheckedFile): Promise<void> {
    const place = this.write(result);
    this.index.set(result.rel, {
      rel: result.rel,
      agency: result.agency,
      year: result.year,
      status: result.status,
      ...place,
    });
    if (crossYear) this.digests.set(result.rel, this.write(crossYear));
    return Promise.resolve();
  }

  private write(value: unknown): { offset: number; length: number } {
    const line = Buffer.from(JSON.stringify(value) + '\n', 'utf8');
    const offset = this.size;
    for (let done = 0; done < line.length;) {
      done += writeSync(this.fd, line, done, line.length - done, offset + done);
    }
    this.size += line.length;
    return { offset, length: line.length };
  }

  private async read<T>(place: { offset: number; length: number }): Promise<T> {
    const buffer = Buffer.alloc(place.length);
    for (let done = 0; done < place.length;) {
      const n = readSync(this.fd, buffer, done, place.length - done, place.offset + done);
      if (n === 0) throw new Error(`the review's store ended at ${place.offset + done}`);
      done += n;
    }
    return Promise.resolve(JSON.parse(buffer.toString('utf8')) as T);
  }

  /** The cross-year digest kept for a report, if it is one. */
  async digest(rel: string): Promise<CrossYearDigest | undefined> {
    const place = this.digests.get(rel);
    return place ? this.read<CrossYearDigest>(place) : undefined;
  }

  summary(rel: string): StoredSummary | undefined {
    return this.index.get(rel);
  }

  async get(rel: string): Promise<ReviewResult> {
    const entry = this.index.get(rel);
    if (!entry) throw new Error(`no result for ${rel}`);
    return this.read<ReviewResult>(entry);
  }

  /** The stored results of `rels`, one at a time, in that order. */
  async *each(rels: readonly string[]): AsyncGenerator<ReviewResult> {
    for (const rel of rels) if (this.index.has(rel)) yield await this.get(rel);
  }

  async dispose(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      try {
        closeSync(this.fd);
      } catch {
        // Closed with its folder below either way.
      }
    }
    await fs.rm(this.dir, { recursive: true, force: true });
  }
}
