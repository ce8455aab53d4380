// A verifying reader of .docx archives, over the central directory (the index Word and
// LibreOffice read). It refuses what a lying archive uses to show one thing to gouji and another to
// Word — a local header naming another file, entries that overlap, two entries whose names differ
// only in case — and bounds the work of a bomb: sizes are checked before inflating, inflating
// stops as soon as an entry passes its declared size, and every byte inflated counts against the
// caps in core/limits. No Node imports: the browser checker imports this too; in Node, node:zlib is
// found at run time (process.getBuiltinModule) and inflates and checks sums natively.
import { Inflate, inflateSync } from 'fflate';
import { LIMITS } from '../../core/limits';
import { DocxError } from './errors';
import { utf8Text } from './xml-text';
import { nodeBuiltin } from './node-builtin';

export interface ZipEntry {
  name: string;
  /** The name lower-cased: OPC part names are case-insensitive. */
  key: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header. */
  offset: number;
  /** Offset of the entry's data, just after its local header. */
  dataStart: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1032×, so one
 * step inflates at most ~16 MB past a cap before the check stops it. */
const INFLATE_STEP = 16 * 1024;
/**
 * Deflate expands at most 1032:1. An entry whose compressed size cannot inflate past the part
 * limit even then is inflated in one call into a buffer of its declared size (the streaming path
 * grows and copies its buffers: a third of the time spent reading a report).
 */
const DEFLATE_MAX_RATIO = 1032;

function damaged(): DocxError {
  return new DocxError('damaged');
}

function structure(detail: string): DocxError {
  return new DocxError('structure', { detail });
}

function tooLarge(detail: string): DocxError {
  return new DocxError('too-large', { detail });
}

const MIB = 1024 * 1024;

/** node:zlib's output buffer for one entry: its declared size, so that a part comes out in one
 * buffer and is not copied together from 16 KB chunks (inflating a report's document part 0.058 ->
 * 0.037 ms); at most this, so that a size an archive merely claims costs no more memory. */
const ZLIB_MAX_CHUNK = 4 * MIB;

/** The native handle behind a node:zlib stream (Node's internals: checked before use). */
interface ZlibHandle {
  writeSync(
    flush: number,
    input: Uint8Array,
    inOffset: number,
    inLength: number,
    output: Uint8Array,
    outOffset: number,
    outLength: number,
  ): void;
  reset(): void;
  close(): void;
  onerror: (message: string, errno: number, code: string) => void;
}

/** The parts of node:zlib used here. */
interface NodeZlib {
  inflateRawSync(
    data: Uint8Array,
    options: { maxOutputLength: number; chunkSize: number },
  ): Uint8Array;
  crc32?: (data: Uint8Array) => number;
  InflateRaw?: new () => { _handle?: Partial<ZlibHandle>; _writeState?: unknown };
  constants?: { Z_FINISH?: number };
}

/**
 * node:zlib when running in Node (20.16 and later), else undefined (browsers, older Node): fflate
 * is used then. Measured on a report's document part (108 KB): zlib inflates it in 0.04 ms and
 * sums it in 0.015 ms, fflate and the table CRC below in 0.18 ms and 0.12 ms.
 */
const nodeZlib = nodeBuiltin<NodeZlib>('node:zlib');

/** The parts of node:buffer used here. */
interface NodeBuffer {
  Buffer: { allocUnsafe(size: number): Uint8Array };
}

const nodeBuffer = nodeZlib && nodeBuiltin<NodeBuffer>('node:buffer');

/** One raw inflater for the process, reset per entry. */
interface RawInflater {
  handle: ZlibHandle;
  /** After a write: output bytes left free, input bytes left unread. */
  state: Uint32Array;
  finish: number;
  /** The error the last write reported, if any. */
  error: Error | undefined;
}

/**
 * inflateRawSync builds a stream and a native zlib handle per call, which costs more than
 * inflating most of a report's parts (17 per report; ~2 of ~4-6 us per small part): one handle,
 * reset per entry, written to directly. That handle is Node's internals, not its API: it is
 * checked on a known stream when made, and inflateRawSync is used if it is missing or misbehaves.
 */
function makeRawInflater(): RawInflater | undefined {
  try {
    const engine = nodeZlib?.InflateRaw === undefined ? undefined : new nodeZlib.InflateRaw();
    const handle = engine?._handle;
    const state = engine?._writeState;
    const finish = nodeZlib?.constants?.Z_FINISH;
    if (
      typeof handle?.writeSync !== 'function' ||
      typeof handle.reset !== 'function' ||
      typeof handle.close !== 'function' ||
      // Not instanceof: Node's array may come from another realm (a test sandbox's).
      !ArrayBuffer.isView(state) ||
      (state as Uint32Array).BYTES_PER_ELEMENT !== 4 ||
      (state as Uint32Array).length < 2 ||
      finish === undefined
    ) {
      return undefined;
    }
    const inflater: RawInflater = {
      handle: handle as ZlibHandle,
      state: state as Uint32Array,
      finish,
      error: undefined,
    };
    // Errors are reported here, as they happen, not to the stream (which would emit them later).
    inflater.handle.onerror = (message, errno, code) => {
      inflater.error = Object.assign(new Error(message), { errno, code });
    };
    const probe = rawInflate(inflater, PROBE_DEFLATED, new Uint8Array(PROBE.length + 1));
    if (probe === undefined || String.fromCharCode(...probe) !== PROBE) {
      inflater.handle.close();
      return undefined;
    }
    return inflater;
  } catch {
    return undefined;
  }
}

/** A known stream for the check: "gouji" deflated (one fixed-Huffman block). */
const PROBE = 'gouji';
const PROBE_DEFLATED = new Uint8Array([0x4b, 0xcf, 0x2f, 0xcd, 0xca, 0x04, 0x00]);

/** Inflates `data` into `out`, stopping when `out` is full: the bytes inflated (a subarray of
 * `out`), or undefined after an error (`inflater.error` says which). */
function rawInflate(
  inflater: RawInflater,
  data: Uint8Array,
  out: Uint8Array,
): Uint8Array | undefined {
  inflater.error = undefined;
  inflater.handle.reset();
  inflater.handle.writeSync(inflater.finish, data, 0, data.length, out, 0, out.length);
  if (inflater.error !== undefined) return undefined;
  return out.subarray(0, out.length - inflater.state[0]);
}

/** Made on the first entry inflated; null where this Node has no usable handle. */
let rawInflater: RawInflater | null | undefined;

/** An entry's data inflated by the one raw inflater, at most `size + 1` bytes (so that a longer
 * stream shows itself); undefined where there is no such inflater. */
function inflateByHandle(data: Uint8Array, size: number): Uint8Array | undefined {
  if (nodeBuffer === undefined) return undefined;
  if (rawInflater === undefined) rawInflater = makeRawInflater() ?? null;
  const inflater = rawInflater;
  if (inflater === null) return undefined;
  let out: Uint8Array | undefined;
  try {
    out = rawInflate(inflater, data, nodeBuffer.Buffer.allocUnsafe(size + 1));
  } catch {
    // The handle itself broke (not the data, which zlib reports through onerror): node:zlib's
    // own call from now on.
    rawInflater = null;
    return undefined;
  }
  if (out !== undefined) return out;
  // A handle that failed is not reused: the next entry gets a new one.
  inflater.handle.close();
  rawInflater = undefined;
  throw new DocxError('damaged', { cause: inflater.error });
}

/** Whether entries are inflated by one reused zlib handle (for the tests). */
export function reusesZlibHandle(): boolean {
  if (nodeBuffer === undefined) return false;
  rawInflater ??= makeRawInflater() ?? null;
  return rawInflater !== null;
}

/** node:zlib's own call, which makes a stream per entry. */
function inflateRawSync(zlib: NodeZlib, data: Uint8Array, entry: ZipEntry): Uint8Array {
  try {
    return zlib.inflateRawSync(data, {
      maxOutputLength: entry.size + 1,
      chunkSize: Math.max(64, Math.min(entry.size + 1, ZLIB_MAX_CHUNK)),
    });
  } catch (err: unknown) {
    if ((err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw structure(`压缩包条目“${entry.name}”的实际大小与目录不符。`);
    }
    throw new DocxError('damaged', { cause: err });
  }
}

/** Which inflater this runtime uses (the bench says it). */
export const INFLATER: 'node:zlib' | 'fflate' = nodeZlib ? 'node:zlib' : 'fflate';

class Reader {
  private view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  has(offset: number, length: number): boolean {
    return offset >= 0 && offset + length <= this.bytes.length;
  }

  u16(offset: number): number {
    if (!this.has(offset, 2)) throw damaged();
    return this.view.getUint16(offset, true);
  }

  u32(offset: number): number {
    if (!this.has(offset, 4)) throw damaged();
    return this.view.getUint32(offset, true);
  }

  /** A 64-bit size or offset; anything past 2^53 cannot be in a file we hold. */
  u64(offset: number): number {
    const lo = this.u32(offset);
    const hi = this.u32(offset + 4);
    if (hi >= 0x200000) throw damaged();
    return hi * 0x100000000 + lo;
  }
}

interface Directory {
  count: number;
  size: number;
  offset: number;
}

function endOfDirectory(r: Reader): Directory {
  const bytes = r.bytes;
  // The end record is 22 bytes plus a comment of at most 65535.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let at = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && r.u32(i) === SIG_EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw damaged();
  if (r.u16(at + 4) !== 0 && r.u16(at + 4) !== 0xffff) throw structure('文件是分卷压缩包。');
  let count = r.u16(at + 10);
  let size = r.u32(at + 12);
  let offset = r.u32(at + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // Zip64: the real values are in the zip64 end record the locator points to.
    const loc = at - 20;
    if (!r.has(loc, 20) || r.u32(loc) !== SIG_ZIP64_LOCATOR) throw damaged();
    const end64 = r.u64(loc + 8);
    if (!r.has(end64, 56) || r.u32(end64) !== SIG_ZIP64_EOCD) throw damaged();
    count = r.u64(end64 + 32);
    size = r.u64(end64 + 40);
    offset = r.u64(end64 + 48);
  }
  if (count > LIMITS.zipMaxEntries) {
    throw tooLarge(`压缩包有 ${count} 个条目，超过上限 ${LIMITS.zipMaxEntries}。`);
  }
  if (!r.has(offset, size) || offset + size > at) throw damaged();
  return { count, size, offset };
}

/** The zip64 extended-information extra field overrides the 32-bit fields set to all ones. */
function applyZip64(r: Reader, from: number, length: number, e: ZipEntry, sizes: number[]): void {
  const [size, compressed, offset] = sizes;
  for (let p = from; p + 4 <= from + length;) {
    const id = r.u16(p);
    const len = r.u16(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const next = (): number => {
        if (q + 8 > p + 4 + len) throw damaged();
        const v = r.u64(q);
        q += 8;
        return v;
      };
      if (size === 0xffffffff) e.size = next();
      if (compressed === 0xffffffff) e.compressedSize = next();
      if (offset === 0xffffffff) e.offset = next();
      return;
    }
    p += 4 + len;
  }
  if (size === 0xffffffff || compressed === 0xffffffff || offset === 0xffffffff) throw damaged();
}

function sameBytes(bytes: Uint8Array, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (bytes[a + i] !== bytes[b + i]) return false;
  return true;
}

/** Names up to this length that are ASCII are read without a decoder (one argument a byte). */
const ASCII_NAME_MAX = 256;

/** An entry's name: a short ASCII one (as nearly every part name is) read directly, not through
 * a call into the decoder per name. */
function entryName(bytes: Uint8Array, at: number, length: number): string {
  const raw = bytes.subarray(at, at + length);
  if (length > ASCII_NAME_MAX) return utf8Text(raw);
  for (let i = 0; i < length; i++) if (raw[i] >= 0x80) return utf8Text(raw);
  return String.fromCharCode.apply(null, raw as unknown as number[]);
}

/** Whether the directory lists entries in the order of their data (as writers do). */
function inOffsetOrder(entries: readonly ZipEntry[]): boolean {
  for (let i = 1; i < entries.length; i++) {
    if (entries[i].offset < entries[i - 1].offset) return false;
  }
  return true;
}

/**
 * The entries of the archive as its central directory lists them, each checked against its local
 * header, none overlapping another, sizes within the limits. Throws a DocxError otherwise.
 */
export function listEntries(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length > LIMITS.fileMaxBytes) {
    throw tooLarge(
      `文件大小 ${Math.ceil(bytes.length / MIB)} MB，超过上限 ${LIMITS.fileMaxBytes / MIB} MB。`,
    );
  }
  const r = new Reader(bytes);
  const dir = endOfDirectory(r);
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  let p = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (r.u32(p) !== SIG_CENTRAL) throw damaged();
    const flags = r.u16(p + 8);
    const nameLength = r.u16(p + 28);
    const extraLength = r.u16(p + 30);
    const commentLength = r.u16(p + 32);
    const nameAt = p + 46;
    if (!r.has(nameAt, nameLength + extraLength + commentLength)) throw damaged();
    const name = entryName(bytes, nameAt, nameLength);
    const entry: ZipEntry = {
      name,
      key: name.toLowerCase(),
      method: r.u16(p + 10),
      crc: r.u32(p + 16),
      compressedSize: r.u32(p + 20),
      size: r.u32(p + 24),
      offset: r.u32(p + 42),
      dataStart: 0,
    };
    applyZip64(r, nameAt + nameLength, extraLength, entry, [
      entry.size,
      entry.compressedSize,
      entry.offset,
    ]);
    if (flags & 1) throw new DocxError('encrypted');
    if (entry.method !== 0 && entry.method !== 8) throw damaged();
    const key = entry.key;
    if (seen.has(key)) throw structure(`压缩包中有重名条目“${entry.name}”。`);
    seen.add(key);

    // The local header must name the same file with the same method.
    const local = entry.offset;
    if (r.u32(local) !== SIG_LOCAL) throw damaged();
    const localNameLength = r.u16(local + 26);
    if (
      localNameLength !== nameLength ||
      !r.has(local + 30, nameLength) ||
      !sameBytes(bytes, local + 30, nameAt, nameLength)
    ) {
      throw structure(`压缩包条目“${entry.name}”的本地文件头与目录不一致。`);
    }
    if (r.u16(local + 8) !== entry.method) {
      throw structure(`压缩包条目“${entry.name}”的本地文件头与目录不一致。`);
    }
    entry.dataStart = local + 30 + nameLength + r.u16(local + 28);
    if (!r.has(entry.dataStart, entry.compressedSize)) throw damaged();
    if (entry.method === 0 && entry.compressedSize !== entry.size) throw damaged();

    if (entry.size > LIMITS.zipEntryMaxBytes) {
      throw tooLarge(
        `压缩包条目“${entry.name}”解压后 ${Math.ceil(entry.size / MIB)} MB，超过上限 ${LIMITS.zipEntryMaxBytes / MIB} MB。`,
      );
    }
    total += entry.size;
    entries.push(entry);
    p = nameAt + nameLength + extraLength + commentLength;
  }
  if (p > dir.offset + dir.size) throw damaged();

  // Entries (header and data) may not share bytes with each other or with the directory.
  const byOffset = inOffsetOrder(entries)
    ? entries
    : [...entries].sort((a, b) => a.offset - b.offset);
  for (let i = 0; i < byOffset.length; i++) {
    const end = byOffset[i].dataStart + byOffset[i].compressedSize;
    const next = i + 1 < byOffset.length ? byOffset[i + 1].offset : dir.offset;
    if (end > next) throw structure('压缩包条目相互重叠。');
  }
  // After the overlap check: overlapping entries are how an archive claims far more than it holds.
  if (total > LIMITS.zipTotalMaxBytes) {
    throw tooLarge(`压缩包解压后超过上限 ${LIMITS.zipTotalMaxBytes / MIB} MB。`);
  }
  return entries;
}

/** Slicing-by-4 tables: T[k][b] is the CRC of byte b followed by k zero bytes. Four bytes per
 * step make the check about three times faster than one table. */
const CRC_TABLES = ((): Uint32Array[] => {
  const t = [0, 1, 2, 3].map(() => new Uint32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[0][n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 4; k++) t[k][n] = (t[k - 1][n] >>> 8) ^ t[0][t[k - 1][n] & 0xff];
  }
  return t;
})();

function crcUpdate(crc: number, chunk: Uint8Array): number {
  const [t0, t1, t2, t3] = CRC_TABLES;
  let c = crc;
  let i = 0;
  for (const end = chunk.length - 3; i < end; i += 4) {
    c ^= chunk[i] | (chunk[i + 1] << 8) | (chunk[i + 2] << 16) | (chunk[i + 3] << 24);
    c = t3[c & 0xff] ^ t2[(c >>> 8) & 0xff] ^ t1[(c >>> 16) & 0xff] ^ t0[c >>> 24];
  }
  for (; i < chunk.length; i++) c = t0[(c ^ chunk[i]) & 0xff] ^ (c >>> 8);
  return c;
}

/** CRC-32 as zip stores it. */
export function crc32(data: Uint8Array): number {
  return (crcUpdate(0xffffffff, data) ^ 0xffffffff) >>> 0;
}

/**
 * Inflates one entry, checking its size and CRC-32. `cap` bounds what is inflated; the chunks go
 * to `sink` (kept by the caller or dropped). Returns the number of bytes inflated.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  sink?: (chunk: Uint8Array) => void,
): number {
  let produced = 0;
  let crc = 0xffffffff;
  const take = (chunk: Uint8Array): void => {
    produced += chunk.length;
    // More than the directory declared: a lying archive, stopped here.
    if (produced > entry.size) throw structure(`压缩包条目“${entry.name}”的实际大小与目录不符。`);
    crc = crcUpdate(crc, chunk);
    sink?.(chunk);
  };
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (nodeZlib && (entry.method === 0 || entry.size <= LIMITS.xmlPartMaxBytes)) {
    // The output is bounded by the declared size (checked by listEntries), plus one byte so that
    // a longer stream shows itself; zlib stops there.
    let out = data;
    if (entry.method !== 0) {
      out =
        (entry.size < ZLIB_MAX_CHUNK ? inflateByHandle(data, entry.size) : undefined) ??
        inflateRawSync(nodeZlib, data, entry);
    }
    if (out.length > entry.size) throw structure(`压缩包条目“${entry.name}”的实际大小与目录不符。`);
    produced = out.length;
    crc = nodeZlib.crc32 ? (nodeZlib.crc32(out) ^ 0xffffffff) >>> 0 : crcUpdate(crc, out);
    sink?.(out);
  } else if (entry.method === 0) {
    take(data);
  } else if (data.length * DEFLATE_MAX_RATIO <= LIMITS.xmlPartMaxBytes) {
    let out: Uint8Array;
    try {
      // One byte more than declared, so that a longer stream shows itself by its length.
      out = inflateSync(data, { out: new Uint8Array(entry.size + 1) });
    } catch (err: unknown) {
      throw new DocxError('damaged', { cause: err });
    }
    take(out);
  } else {
    const inflater = new Inflate((chunk) => take(chunk));
    try {
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
      for (let at = 0; at < data.length; at += INFLATE_STEP) {
        inflater.push(data.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= data.length);
      }
    } catch (err: unknown) {
      if (err instanceof DocxError) throw err;
      throw new DocxError('damaged', { cause: err });
    }
  }
  if (produced !== entry.size || (crc ^ 0xffffffff) >>> 0 !== entry.crc) {
    throw structure(`压缩包条目“${entry.name}”的校验和不符。`);
  }
  return produced;
}

/** Parts anything in gouji may read as text (the document, styles, relationships, properties). */
export function isXmlPart(entry: ZipEntry): boolean {
  return /\.(?:xml|rels)$/i.test(entry.name);
}

/**
 * Inflates every XML part once (keeping nothing), so that its CRC and size are known good before
 * any reader — ours or JSZip's — inflates it. Images and other binaries are never inflated: the
 * writer copies their compressed bytes, so only their place and declared size matter, and both
 * are checked by listEntries. (Inflating them would cost about 0.5 s per 50 MB of images.)
 * Entries in `verified` were inflated already.
 */
export function verifyEntries(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  verified?: ReadonlySet<ZipEntry>,
): void {
  for (const entry of entries) {
    if (verified?.has(entry) !== true && isXmlPart(entry)) inflateEntry(bytes, entry);
  }
}

/** The inflated bytes of one entry, at most `cap` bytes (else a 'too-large' DocxError). */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, cap: number): Uint8Array {
  if (entry.size > cap) {
    throw tooLarge(
      `“${entry.name}”解压后 ${Math.ceil(entry.size / MIB)} MB，超过上限 ${cap / MIB} MB。`,
    );
  }
  const chunks: Uint8Array[] = [];
  const size = inflateEntry(bytes, entry, (chunk) => chunks.push(chunk));
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
