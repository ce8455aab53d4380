import { inflateSync } from 'fflate';
import JSZip from 'jszip';
import { LIMITS } from '../../../src/core/limits';
import { DocxError } from '../../../src/hosts/docx/errors';
import { readDocx } from '../../../src/hosts/docx/read';
import {
  crc32,
  inflateEntry,
  listEntries,
  readEntry,
  type ZipEntry,
} from '../../../src/hosts/docx/unzip';
import { doc, pt } from '../../core/ooxml/xml';
import {
  GIB_GROUPS,
  overlappingEntries,
  zerosDeflate,
  zerosSize,
  zipArchive,
} from '../../hostile/make';

function refusal(fn: () => unknown): [string, string] {
  try {
    fn();
  } catch (err: unknown) {
    if (err instanceof DocxError) return [err.code, err.message];
    throw err;
  }
  throw new Error('not refused');
}

const MIB = 1024 * 1024;

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

describe('zerosDeflate (the bomb builder)', () => {
  it('inflates to exactly zerosSize zero bytes', () => {
    const out = inflateSync(zerosDeflate(3));
    expect(out.length).toBe(zerosSize(3));
    expect(out.every((b) => b === 0)).toBe(true);
    // About 1 GiB from about 6.8 MB.
    expect(zerosSize(GIB_GROUPS)).toBeGreaterThanOrEqual(1024 * MIB);
    expect(zerosDeflate(GIB_GROUPS).length).toBeLessThan(7 * 1000 * 1000);
  });
});

describe('listEntries', () => {
  it('reads ASCII, non-ASCII and long names, each with its lower-cased key', () => {
    const long = `word/${'a'.repeat(300)}.xml`;
    const names = ['Word/Document.xml', '文档/Ä.xml', long, '\ufeffbom.xml'];
    const bytes = zipArchive(names.map((name) => ({ name, data: 'x' })));
    expect(listEntries(bytes).map((e) => [e.name, e.key])).toEqual([
      ['Word/Document.xml', 'word/document.xml'],
      ['文档/Ä.xml', '文档/ä.xml'],
      [long, long],
      ['\ufeffbom.xml', '\ufeffbom.xml'],
    ]);
  });

  it('lists the entries of an archive JSZip wrote, as JSZip reads them', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', doc(pt('正文')));
    zip.file('a.bin', new Uint8Array([1, 2, 3]), { compression: 'STORE' });
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const entries = listEntries(bytes);
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ['word/', 0, 0],
      ['word/document.xml', 8, utf8Length(doc(pt('正文')))],
      ['a.bin', 0, 3],
    ]);
    const stored = readEntry(bytes, entries[2], 10);
    expect([...stored]).toEqual([1, 2, 3]);
    expect(new TextDecoder().decode(readEntry(bytes, entries[1], LIMITS.xmlPartMaxBytes))).toBe(
      doc(pt('正文')),
    );
  });

  it('reads entries whose sizes follow their data (data descriptors) from the directory', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', doc(pt('流式')), { createFolders: false });
    const bytes = await zip.generateAsync({
      type: 'uint8array',
      compression: 'DEFLATE',
      streamFiles: true,
    });
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    // The local header says "sizes after the data" and leaves them zero.
    expect([view.getUint16(6, true) & 8, view.getUint32(18, true)]).toEqual([8, 0]);
    const file = await readDocx(bytes);
    expect(file.model.paragraphs.map((p) => p.text)).toEqual(['流式']);
  });

  it('refuses more entries than LIMITS.zipMaxEntries before reading any', () => {
    const specs = Array.from({ length: LIMITS.zipMaxEntries + 1 }, (_, i) => ({
      name: `e${i}`,
      method: 0 as const,
    }));
    expect(refusal(() => listEntries(zipArchive(specs)))).toEqual([
      'too-large',
      '文件过大或结构异常：压缩包有 10001 个条目，超过上限 10000。',
    ]);
  });

  it('refuses an entry declaring more than LIMITS.zipEntryMaxBytes before inflating', () => {
    const bytes = zipArchive([
      { name: 'big.bin', deflated: zerosDeflate(1), size: LIMITS.zipEntryMaxBytes + 1, crc: 0 },
    ]);
    expect(refusal(() => listEntries(bytes))).toEqual([
      'too-large',
      '文件过大或结构异常：压缩包条目“big.bin”解压后 257 MB，超过上限 256 MB。',
    ]);
  });

  it('refuses entries declaring more than LIMITS.zipTotalMaxBytes together', () => {
    const each = 200 * MIB;
    const specs = ['a', 'b', 'c'].map((name) => ({
      name,
      deflated: zerosDeflate(1),
      size: each,
      crc: 0,
    }));
    expect(3 * each).toBeGreaterThan(LIMITS.zipTotalMaxBytes);
    expect(refusal(() => listEntries(zipArchive(specs)))).toEqual([
      'too-large',
      '文件过大或结构异常：压缩包解压后超过上限 512 MB。',
    ]);
  });

  it('refuses a file larger than LIMITS.fileMaxBytes without reading it', () => {
    // Zero-filled pages are not touched, so this costs no memory.
    const bytes = new Uint8Array(LIMITS.fileMaxBytes + 1);
    bytes.set([0x50, 0x4b, 3, 4]);
    expect(refusal(() => listEntries(bytes))).toEqual([
      'too-large',
      '文件过大或结构异常：文件大小 513 MB，超过上限 512 MB。',
    ]);
  });

  it('reads zip64 sizes and refuses a zip64 bomb by its declared size', () => {
    const fine = zipArchive([{ name: 'word/document.xml', data: doc(pt('甲')) }], { zip64: true });
    expect(listEntries(fine).map((e) => [e.name, e.size])).toEqual([
      ['word/document.xml', utf8Length(doc(pt('甲')))],
    ]);
    const bomb = zipArchive(
      [{ name: 'x', deflated: zerosDeflate(1), size: 5 * 1024 * MIB, crc: 0 }],
      {
        zip64: true,
      },
    );
    expect(refusal(() => listEntries(bomb))).toEqual([
      'too-large',
      '文件过大或结构异常：压缩包条目“x”解压后 5120 MB，超过上限 256 MB。',
    ]);
  });

  it('refuses overlapping entries, however few', () => {
    expect(refusal(() => listEntries(overlappingEntries(2, 16)))).toEqual([
      'structure',
      '文件过大或结构异常：压缩包条目相互重叠。',
    ]);
  });

  it('refuses a local header that names another file or uses another method', () => {
    const renamed = zipArchive([{ name: 'a.xml', data: '<a/>', localName: 'b.xml' }]);
    const longer = zipArchive([{ name: 'a.xml', data: '<a/>', localName: 'a.xml2' }]);
    for (const bytes of [renamed, longer]) {
      expect(refusal(() => listEntries(bytes))).toEqual([
        'structure',
        '文件过大或结构异常：压缩包条目“a.xml”的本地文件头与目录不一致。',
      ]);
    }
    const method = zipArchive([{ name: 'a.xml', data: '<a/>' }]);
    method[8] = 0; // local header: stored; the directory still says deflated
    expect(refusal(() => listEntries(method))[0]).toBe('structure');
  });

  it('refuses encrypted entries and unknown methods', () => {
    const bytes = zipArchive([{ name: 'a.xml', data: '<a/>' }]);
    const central = bytes.length - 22 - (46 + 5);
    const encrypted = bytes.slice();
    encrypted[central + 8] |= 1;
    expect(refusal(() => listEntries(encrypted))[0]).toBe('encrypted');
    const bzip = bytes.slice();
    bzip[central + 10] = 12;
    expect(refusal(() => listEntries(bzip))[0]).toBe('damaged');
  });

  it('calls a truncated or endless archive damaged', () => {
    const bytes = zipArchive([{ name: 'a.xml', data: '<a/>' }]);
    expect(refusal(() => listEntries(bytes.slice(0, bytes.length - 1)))[0]).toBe('damaged');
    expect(refusal(() => listEntries(bytes.slice(0, 40)))[0]).toBe('damaged');
  });
});

describe('inflateEntry', () => {
  const lying = (): [Uint8Array, ZipEntry] => {
    const bytes = zipArchive([
      { name: 'x.bin', deflated: zerosDeflate(GIB_GROUPS), size: 4096, crc: 0 },
    ]);
    return [bytes, listEntries(bytes)[0]];
  };

  it('stops a 1 GiB bomb declaring 4 KB at its declared size', () => {
    const [bytes, entry] = lying();
    let received = 0;
    expect(
      refusal(() =>
        inflateEntry(bytes, entry, (chunk) => {
          received += chunk.length;
        }),
      ),
    ).toEqual(['structure', '文件过大或结构异常：压缩包条目“x.bin”的实际大小与目录不符。']);
    expect(received).toBeLessThanOrEqual(4096);
  });

  it('checks the CRC-32 and the size of what it inflates', () => {
    const data = new TextEncoder().encode(doc(pt('正文')));
    const good = zipArchive([{ name: 'a.xml', data }]);
    const [entry] = listEntries(good);
    expect(entry.crc).toBe(crc32(data));
    expect(inflateEntry(good, entry)).toBe(data.length);
    const short = zipArchive([{ name: 'a.xml', data, size: data.length + 1 }]);
    expect(refusal(() => inflateEntry(short, listEntries(short)[0]))).toEqual([
      'structure',
      '文件过大或结构异常：压缩包条目“a.xml”的校验和不符。',
    ]);
  });

  it('calls a broken deflate stream damaged', () => {
    const bytes = zipArchive([{ name: 'a.xml', deflated: new Uint8Array([0xff, 0xff]), size: 9 }]);
    expect(refusal(() => inflateEntry(bytes, listEntries(bytes)[0]))[0]).toBe('damaged');
  });
});

describe('readEntry', () => {
  it('refuses an XML part over its cap before inflating it', () => {
    const bytes = zipArchive([
      { name: 'word/document.xml', deflated: zerosDeflate(GIB_GROUPS), size: 4096, crc: 0 },
    ]);
    const [entry] = listEntries(bytes);
    expect(refusal(() => readEntry(bytes, entry, 1024))).toEqual([
      'too-large',
      '文件过大或结构异常：“word/document.xml”解压后 1 MB，超过上限 0.0009765625 MB。',
    ]);
  });

  it('is capped at LIMITS.xmlPartMaxBytes for the parts readDocx parses', async () => {
    const size = LIMITS.xmlPartMaxBytes + 1;
    // A real 64 MB part of zeros (inflated once to verify it, then refused as XML).
    const groups = Math.ceil((size - 259) / (258 * 8));
    const real = zerosSize(groups);
    const zeros = new Uint8Array(real);
    const bytes = zipArchive([
      { name: 'word/document.xml', deflated: zerosDeflate(groups), size: real, crc: crc32(zeros) },
    ]);
    const err = await readDocx(bytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DocxError);
    expect([(err as DocxError).code, (err as DocxError).message]).toEqual([
      'too-large',
      '文件过大或结构异常：“word/document.xml”解压后 65 MB，超过上限 64 MB。',
    ]);
  });
});
