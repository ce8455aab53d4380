// Results on disk, not in memory: each result (and each report's cross-year digest) is appended as
// one NDJSON line to a temporary file, and only its offset (plus the few fields pairing needs) is
// kept. The outputs then read the
// results back one at a time, in the folder's order, whatever order the workers finished in.

import { promises as fs } from 'fs';
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
  private tail: Promise<void> = Promise.resolve();

  private constructor(
    private readonly dir: string,
    private readonly handle: fs.FileHandle,
  ) {}

  static async create(): Promise<ResultStore> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-review-'));
    const handle = await fs.open(path.join(dir, 'results.ndjson'), 'w+');
    return new ResultStore(dir, handle);
  }

  /** Stores a result; a later result for the same file replaces it (the cross-year check). */
  async append({ result, crossYear }: CheckedFile): Promise<void> {
    const at = this.write(result);
    this.index.set(result.rel, {
      rel: result.rel,
      agency: result.agency,
      year: result.year,
      status: result.status,
      ...at.place,
    });
    const digest = crossYear ? this.write(crossYear) : null;
    if (digest) this.digests.set(result.rel, digest.place);
    await Promise.all([at.done, digest?.done]);
  }

  private write(value: unknown): {
    place: { offset: number; length: number };
    done: Promise<unknown>;
  } {
    const line = Buffer.from(JSON.stringify(value) + '\n', 'utf8');
    const offset = this.size;
    this.size += line.length;
    // Positions are reserved synchronously, so writes may complete in any order.
    // Settled to nothing: a write's own result holds its buffer, and a chain of those results
    // would keep every line ever written in memory.
    const done = this.handle.write(line, 0, line.length, offset).then(() => undefined);
    this.tail = Promise.all([this.tail, done]).then(() => undefined);
    return { place: { offset, length: line.length }, done };
  }

  private async read<T>(place: { offset: number; length: number }): Promise<T> {
    await this.tail;
    const buffer = Buffer.alloc(place.length);
    await this.handle.read(buffer, 0, place.length, place.offset);
    return JSON.parse(buffer.toString('utf8')) as T;
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
    await this.tail.catch(() => undefined);
    await this.handle.close().catch(() => undefined);
    await fs.rm(this.dir, { recursive: true, force: true });
  }
}
