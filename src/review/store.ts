// Results on disk, not in memory: each result is appended as one NDJSON line to a temporary file,
// and only its offset (plus the few fields pairing needs) is kept. The outputs then read the
// results back one at a time, in the folder's order, whatever order the workers finished in.

import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ReviewResult, ReviewStatus } from './types';

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
  private size = 0;
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly dir: string,
    private readonly handle: fs.FileHandle,
  ) {}

  static async create(): Promise<ResultStore> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-review-'));
    const handle = await fs.open(path.join(dir, 'results.ndjson'), 'w+');
    return new ResultStore(dir, handle);
  }

  /** Stores a result; a later result for the same file replaces it (the cross-year re-check). */
  append(result: ReviewResult): Promise<void> {
    const line = Buffer.from(JSON.stringify(result) + '\n', 'utf8');
    const offset = this.size;
    this.size += line.length;
    this.index.set(result.rel, {
      rel: result.rel,
      agency: result.agency,
      year: result.year,
      status: result.status,
      offset,
      length: line.length,
    });
    // Positions are reserved synchronously above, so writes may complete in any order.
    const write = this.handle.write(line, 0, line.length, offset);
    this.tail = Promise.all([this.tail, write]);
    return write.then(() => undefined);
  }

  summary(rel: string): StoredSummary | undefined {
    return this.index.get(rel);
  }

  async get(rel: string): Promise<ReviewResult> {
    await this.tail;
    const entry = this.index.get(rel);
    if (!entry) throw new Error(`no result for ${rel}`);
    const buffer = Buffer.alloc(entry.length);
    await this.handle.read(buffer, 0, entry.length, entry.offset);
    return JSON.parse(buffer.toString('utf8')) as ReviewResult;
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
