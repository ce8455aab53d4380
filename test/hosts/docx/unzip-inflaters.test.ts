// Both inflaters behind inflateEntry — node:zlib (Node) and fflate (the browser) — read the same
// bytes and refuse the same lies with the same words.
import JSZip from 'jszip';
import * as zlib from 'node:zlib';
import { DocxError } from '../../../src/hosts/docx/errors';
import * as native from '../../../src/hosts/docx/unzip';
import { doc, pt } from '../../core/ooxml/xml';
import { GIB_GROUPS, zerosDeflate, zipArchive } from '../../hostile/make';

type Unzip = typeof native;

type GetBuiltin = ((id: string) => unknown) | undefined;

/** The module loaded afresh with `process.getBuiltinModule` replaced while it loads. */
function loadWith(make: (real: GetBuiltin) => GetBuiltin): Unzip {
  const proc = process as { getBuiltinModule?: GetBuiltin };
  const saved = proc.getBuiltinModule;
  let mod: Unzip | undefined;
  try {
    proc.getBuiltinModule = make(saved);
    jest.isolateModules(() => {
      mod = jest.requireActual<Unzip>('../../../src/hosts/docx/unzip');
    });
  } finally {
    proc.getBuiltinModule = saved;
  }
  if (!mod) throw new Error('module not loaded');
  return mod;
}

/** The module as a browser sees it: no process.getBuiltinModule. */
function withoutNode(): Unzip {
  return loadWith(() => undefined);
}

function refusal(fn: () => unknown): [string, string] {
  try {
    fn();
  } catch (err: unknown) {
    // The isolated module has its own DocxError class: compare by name.
    if (err instanceof Error && err.name === new DocxError('damaged').name) {
      return [(err as DocxError).code, err.message];
    }
    throw err;
  }
  throw new Error('not refused');
}

const browser = withoutNode();

/** The module with node:zlib's InflateRaw replaced (Node's internals as another version has them). */
function withInflateRaw(inflateRaw: unknown): Unzip {
  return loadWith((real) => (id: string): unknown => {
    const builtin = real?.(id);
    return id === 'node:zlib' ? { ...(builtin as object), InflateRaw: inflateRaw } : builtin;
  });
}

/** No native handle to reuse. */
const streamPerEntry = withInflateRaw(undefined);

interface Handle {
  writeSync(...args: unknown[]): void;
}
/** A handle that passes the check made when it is made, then breaks (throws) at its next write. */
let writes = 0;
const breaking = withInflateRaw(
  class {
    readonly inner = new zlib.InflateRaw() as unknown as { _handle: Handle; _writeState: unknown };
    readonly _writeState = this.inner._writeState;
    readonly _handle = new Proxy(this.inner._handle, {
      get: (target, key): unknown => {
        if (key === 'writeSync') {
          return (...args: unknown[]): void => {
            if (++writes > 1) throw new Error('zlib binding closed');
            target.writeSync(...args);
          };
        }
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
      set: (target, key, value): boolean => Reflect.set(target, key, value),
    });
  },
);

it('uses node:zlib in Node and fflate without it', () => {
  expect(native.INFLATER).toBe('node:zlib');
  expect(browser.INFLATER).toBe('fflate');
});

it('goes on with a stream per entry when the reused handle breaks', async () => {
  const zip = new JSZip();
  zip.file('a.xml', doc(pt('正文'.repeat(100))));
  zip.file('b.xml', doc(pt('附件'.repeat(100))));
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  expect(breaking.reusesZlibHandle()).toBe(true);
  for (const entry of breaking.listEntries(bytes)) {
    const expected = await zip.file(entry.name)?.async('uint8array');
    expect(Array.from(breaking.readEntry(bytes, entry, 1 << 20))).toEqual(
      Array.from(expected ?? []),
    );
  }
  expect(writes).toBe(2);
  expect(breaking.reusesZlibHandle()).toBe(false);
});

it('reuses one zlib handle where Node has one, and makes a stream per entry where not', () => {
  expect(native.reusesZlibHandle()).toBe(true);
  expect(streamPerEntry.INFLATER).toBe('node:zlib');
  expect(streamPerEntry.reusesZlibHandle()).toBe(false);
  expect(browser.reusesZlibHandle()).toBe(false);
});

describe.each([
  ['node:zlib', native],
  ['node:zlib without a reusable handle', streamPerEntry],
  ['fflate', browser],
])('%s', (_name, unzip) => {
  it('reads every entry of a real archive byte for byte as JSZip does', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', doc(pt('正文'.repeat(2000))));
    zip.file('word/styles.xml', '<w:styles/>');
    zip.file('empty.xml', '');
    zip.file('a.bin', new Uint8Array([1, 2, 3]), { compression: 'STORE' });
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    for (const entry of unzip.listEntries(bytes)) {
      if (entry.name.endsWith('/')) continue;
      const expected = await zip.file(entry.name)?.async('uint8array');
      expect(Array.from(unzip.readEntry(bytes, entry, 1 << 20))).toEqual(
        Array.from(expected ?? []),
      );
    }
  });

  it('stops a 1 GiB bomb declaring 4 KB at its declared size', () => {
    const bytes = zipArchive([
      { name: 'x.bin', deflated: zerosDeflate(GIB_GROUPS), size: 4096, crc: 0 },
    ]);
    let received = 0;
    expect(
      refusal(() =>
        unzip.inflateEntry(bytes, unzip.listEntries(bytes)[0], (chunk) => {
          received += chunk.length;
        }),
      ),
    ).toEqual(['structure', '文件过大或结构异常：压缩包条目“x.bin”的实际大小与目录不符。']);
    expect(received).toBeLessThanOrEqual(4096);
  });

  it('refuses a wrong CRC or a short stream, and calls a broken stream damaged', () => {
    const data = new TextEncoder().encode(doc(pt('正文')));
    const badCrc = zipArchive([{ name: 'a.xml', data, crc: 12345 }]);
    expect(refusal(() => unzip.inflateEntry(badCrc, unzip.listEntries(badCrc)[0]))).toEqual([
      'structure',
      '文件过大或结构异常：压缩包条目“a.xml”的校验和不符。',
    ]);
    const short = zipArchive([{ name: 'a.xml', data, size: data.length + 1 }]);
    expect(refusal(() => unzip.inflateEntry(short, unzip.listEntries(short)[0]))).toEqual([
      'structure',
      '文件过大或结构异常：压缩包条目“a.xml”的校验和不符。',
    ]);
    const broken = zipArchive([{ name: 'a.xml', deflated: new Uint8Array([0xff, 0xff]), size: 9 }]);
    expect(refusal(() => unzip.inflateEntry(broken, unzip.listEntries(broken)[0]))[0]).toBe(
      'damaged',
    );
  });

  it('reads an entry right after a broken one', () => {
    const data = new TextEncoder().encode(doc(pt('正文'.repeat(50))));
    const bytes = zipArchive([
      { name: 'a.xml', deflated: new Uint8Array([0xff, 0xff]), size: 9 },
      { name: 'b.xml', data },
    ]);
    const [broken, good] = unzip.listEntries(bytes);
    expect(refusal(() => unzip.readEntry(bytes, broken, 1 << 20))[0]).toBe('damaged');
    expect(Array.from(unzip.readEntry(bytes, good, 1 << 20))).toEqual(Array.from(data));
    expect(Array.from(unzip.readEntry(bytes, good, 1 << 20))).toEqual(Array.from(data));
  });
});
