/**
 * Hostile .docx files, built in memory in milliseconds: one builder per case of the reader's
 * threat list (tables and lists with absurd counters, zip bombs, lying archives, odd but valid
 * encodings). Nothing here is committed as a file.
 *
 * Use `HOSTILE_CASES` to check that a consumer survives every case: each case says what
 * `readDocx` must do with it — read it (`expect: 'reads'`) or refuse it with a `DocxError` of the
 * given code. The CLI tests and the bench run `gouji check` / `review` over the same list:
 *
 *     for (const c of HOSTILE_CASES) { const bytes = c.build(); … }
 *
 * Lower-level helpers (`zipArchive`, `minimalDocx`, `zerosDeflate`) build variations.
 */
import { deflateSync } from 'fflate';
import type { DocxErrorCode } from '../../src/hosts/docx/errors';
import { crc32 } from '../../src/hosts/docx/unzip';
import {
  abstractNum,
  doc,
  num,
  numbering,
  numPr,
  p,
  pt,
  r,
  tbl,
  tc,
  tr,
  W_NS,
} from '../core/ooxml/xml';

const utf8 = new TextEncoder();

function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? utf8.encode(data) : data;
}

export interface ZipSpec {
  name: string;
  /** The content; deflated unless `method` is 0 or `deflated` is given. */
  data?: string | Uint8Array;
  /** A raw deflate stream to store as is (then `size` and `crc` say what it claims). */
  deflated?: Uint8Array;
  method?: 0 | 8;
  /** Declared inflated size (defaults to the real one). */
  size?: number;
  /** Declared CRC-32 (defaults to the real one). */
  crc?: number;
  /** A name for the local header that differs from the central directory's. */
  localName?: string;
}

export interface ZipOptions {
  /** Write sizes in zip64 extra fields and zip64 end records. */
  zip64?: boolean;
}

class Out {
  private parts: Uint8Array[] = [];
  length = 0;

  push(bytes: Uint8Array): void {
    this.parts.push(bytes);
    this.length += bytes.length;
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const part of this.parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

/** Little-endian fields: [value, width in bytes]. */
function fields(...items: [number, 2 | 4 | 8][]): Uint8Array {
  const size = items.reduce((n, [, w]) => n + w, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [v, w] of items) {
    if (w === 2) view.setUint16(at, v, true);
    else if (w === 4) view.setUint32(at, v >>> 0, true);
    else {
      view.setUint32(at, v % 0x100000000, true);
      view.setUint32(at + 4, Math.floor(v / 0x100000000), true);
    }
    at += w;
  }
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Out();
  for (const p of parts) out.push(p);
  return out.bytes();
}

interface Prepared {
  name: Uint8Array;
  localName: Uint8Array;
  method: number;
  payload: Uint8Array;
  size: number;
  crc: number;
}

function prepare(spec: ZipSpec): Prepared {
  const raw = spec.data === undefined ? new Uint8Array(0) : bytesOf(spec.data);
  const method = spec.deflated ? 8 : (spec.method ?? 8);
  const payload = spec.deflated ?? (method === 8 ? deflateSync(raw) : raw);
  return {
    name: utf8.encode(spec.name),
    localName: utf8.encode(spec.localName ?? spec.name),
    method,
    payload,
    size: spec.size ?? raw.length,
    crc: spec.crc ?? crc32(raw),
  };
}

/** A zip archive entry by entry, with whatever lies the specs ask for. */
export function zipArchive(specs: ZipSpec[], options: ZipOptions = {}): Uint8Array {
  const z64 = options.zip64 === true;
  const out = new Out();
  const central = new Out();
  for (const spec of specs) {
    const e = prepare(spec);
    const offset = out.length;
    const extra = z64
      ? fields([1, 2], [16, 2], [e.size, 8], [e.payload.length, 8])
      : new Uint8Array();
    const small = (n: number): number => (z64 ? 0xffffffff : n);
    out.push(
      fields(
        [0x04034b50, 4],
        [z64 ? 45 : 20, 2],
        [0x800, 2],
        [e.method, 2],
        [0, 2],
        [0x21, 2],
        [e.crc, 4],
        [small(e.payload.length), 4],
        [small(e.size), 4],
        [e.localName.length, 2],
        [extra.length, 2],
      ),
    );
    out.push(e.localName);
    out.push(extra);
    out.push(e.payload);
    central.push(
      fields(
        [0x02014b50, 4],
        [z64 ? 45 : 20, 2],
        [z64 ? 45 : 20, 2],
        [0x800, 2],
        [e.method, 2],
        [0, 2],
        [0x21, 2],
        [e.crc, 4],
        [small(e.payload.length), 4],
        [small(e.size), 4],
        [e.name.length, 2],
        [extra.length, 2],
        [0, 2],
        [0, 2],
        [0, 2],
        [0, 4],
        [offset, 4],
      ),
    );
    central.push(e.name);
    central.push(extra);
  }
  return finish(out, central.bytes(), specs.length, z64);
}

function finish(out: Out, central: Uint8Array, count: number, z64: boolean): Uint8Array {
  const cdOffset = out.length;
  out.push(central);
  if (z64) {
    const end64 = out.length;
    out.push(
      fields(
        [0x06064b50, 4],
        [44, 8],
        [45, 2],
        [45, 2],
        [0, 4],
        [0, 4],
        [count, 8],
        [count, 8],
        [central.length, 8],
        [cdOffset, 8],
      ),
    );
    out.push(fields([0x07064b50, 4], [0, 4], [end64, 8], [1, 4]));
  }
  out.push(
    fields(
      [0x06054b50, 4],
      [0, 2],
      [0, 2],
      [z64 ? 0xffff : count, 2],
      [z64 ? 0xffff : count, 2],
      [z64 ? 0xffffffff : central.length, 4],
      [z64 ? 0xffffffff : cdOffset, 4],
      [0, 2],
    ),
  );
  return out.bytes();
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';
const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`;

export interface DocxParts {
  numbering?: string;
  /** docProps/custom.xml */
  custom?: string;
  /** The document part as bytes (an encoding other than UTF-8). */
  documentBytes?: Uint8Array;
  zip64?: boolean;
}

/** The smallest package Word opens: content types, package relationships, the document. */
export function minimalDocx(documentXml: string, parts: DocxParts = {}): Uint8Array {
  const specs: ZipSpec[] = [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: PACKAGE_RELS },
    { name: 'word/document.xml', data: parts.documentBytes ?? documentXml },
  ];
  if (parts.numbering !== undefined) {
    specs.push({ name: 'word/numbering.xml', data: parts.numbering });
  }
  if (parts.custom !== undefined) specs.push({ name: 'docProps/custom.xml', data: parts.custom });
  return zipArchive(specs, { zip64: parts.zip64 });
}

/** Fixed-Huffman deflate writer, enough to spell long runs of zeros. */
class Bits {
  private out: number[] = [];
  private acc = 0;
  private n = 0;

  /** A Huffman code, most significant bit first. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bit((value >> i) & 1);
  }

  bit(b: number): void {
    this.acc |= b << this.n;
    if (++this.n === 8) this.flush();
  }

  get aligned(): boolean {
    return this.n === 0;
  }

  flush(): void {
    this.out.push(this.acc);
    this.acc = 0;
    this.n = 0;
  }

  bytes(): Uint8Array {
    if (this.n > 0) this.flush();
    return Uint8Array.from(this.out);
  }
}

const LENGTH_258 = [0xc5, 8] as const; // fixed code of length symbol 285
const DISTANCE_1 = [0, 5] as const;

/** Size `zerosDeflate(groups)` inflates to. */
export function zerosSize(groups: number): number {
  return 1 + 258 * (1 + 8 * groups);
}

/**
 * A raw deflate stream inflating to `zerosSize(groups)` zero bytes: one literal zero, then copies
 * of 258 bytes at distance 1 (13 bits each; 8 of them are 13 whole bytes, repeated). 1 GiB is
 * about 6.8 MB of stream, built in milliseconds.
 */
export function zerosDeflate(groups: number): Uint8Array {
  const head = new Bits();
  head.bit(1); // final block
  head.code(1, 1); // BTYPE 01 (fixed Huffman), low bit first
  head.code(0, 1);
  head.code(0x30, 8); // literal 0
  head.code(...LENGTH_258);
  head.code(...DISTANCE_1);
  if (!head.aligned) throw new Error('unexpected alignment');
  const group = new Bits();
  for (let i = 0; i < 8; i++) {
    group.code(...LENGTH_258);
    group.code(...DISTANCE_1);
  }
  const prefix = head.bytes();
  const pattern = group.bytes(); // 13 bytes
  const out = new Uint8Array(prefix.length + pattern.length * groups + 1);
  out.set(prefix);
  for (let g = 0; g < groups; g++) out.set(pattern, prefix.length + g * pattern.length);
  // End of block (7 zero bits) in the last byte, already zero.
  return out;
}

const GIB = 1024 * 1024 * 1024;
/** Groups for a stream of just over 1 GiB of zeros. */
export const GIB_GROUPS = Math.ceil((GIB - 259) / (258 * 8));

function withDocument(body: string, parts: DocxParts = {}): Uint8Array {
  return minimalDocx(doc(body), parts);
}

const UPPER_LETTER_NUMBERING = numbering(
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="2600000000"/>' +
    '<w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
    num(1, 0),
);

/** Entries whose stored data quote the local headers that follow them (a "fix" amplifier). */
export function overlappingEntries(count: number, kernelBytes: number): Uint8Array {
  const kernel = new Uint8Array(kernelBytes);
  const names = Array.from({ length: count }, (_, i) => utf8.encode(`word/media/o${i}.bin`));
  const header = (i: number, size: number, crc: number): Uint8Array =>
    concat(
      fields(
        [0x04034b50, 4],
        [20, 2],
        [0x800, 2],
        [0, 2],
        [0, 2],
        [0x21, 2],
        [crc, 4],
        [size, 4],
        [size, 4],
        [names[i].length, 2],
        [0, 2],
      ),
      names[i],
    );
  // Built from the last entry back: each one's data is every later header, then the kernel.
  const tails: Uint8Array[] = [];
  let tail: Uint8Array = kernel;
  const headers: Uint8Array[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const h = header(i, tail.length, crc32(tail));
    headers[i] = h;
    tails[i] = tail;
    tail = concat(h, tail);
  }
  const doc0 = prepare({ name: 'word/document.xml', data: doc(pt('重叠')) });
  const docHeader = concat(
    fields(
      [0x04034b50, 4],
      [20, 2],
      [0x800, 2],
      [8, 2],
      [0, 2],
      [0x21, 2],
      [doc0.crc, 4],
      [doc0.payload.length, 4],
      [doc0.size, 4],
      [doc0.name.length, 2],
      [0, 2],
    ),
    doc0.name,
    doc0.payload,
  );
  const out = new Out();
  out.push(docHeader);
  const base = out.length;
  out.push(tail);
  const central = new Out();
  const cd = (
    name: Uint8Array,
    method: number,
    crc: number,
    csize: number,
    size: number,
    offset: number,
  ): void => {
    central.push(
      fields(
        [0x02014b50, 4],
        [20, 2],
        [20, 2],
        [0x800, 2],
        [method, 2],
        [0, 2],
        [0x21, 2],
        [crc, 4],
        [csize, 4],
        [size, 4],
        [name.length, 2],
        [0, 2],
        [0, 2],
        [0, 2],
        [0, 2],
        [0, 4],
        [offset, 4],
      ),
    );
    central.push(name);
  };
  cd(doc0.name, 8, doc0.crc, doc0.payload.length, doc0.size, 0);
  let offset = base;
  for (let i = 0; i < count; i++) {
    cd(names[i], 0, crc32(tails[i]), tails[i].length, tails[i].length, offset);
    offset += headers[i].length;
  }
  return finish(out, central.bytes(), count + 1, false);
}

export type HostileExpectation = 'reads' | DocxErrorCode;

export interface HostileCase {
  id: string;
  /** What the file does, for test names and the bench's table. */
  description: string;
  build: () => Uint8Array;
  /** What readDocx must do with it. */
  expect: HostileExpectation;
}

const cells = (n: number): string => tc(pt('格')).repeat(n);

export const HOSTILE_CASES: HostileCase[] = [
  {
    id: 'grid-span-2^31',
    description: 'a cell with w:gridSpan 2147483647',
    build: () =>
      withDocument(tbl(tr(tc(pt('宽'), '<w:gridSpan w:val="2147483647"/>')), 1) + pt('')),
    expect: 'reads',
  },
  {
    id: 'grid-before-2^31',
    description: 'a row with w:gridBefore 2147483647 before its cell',
    build: () => withDocument(tbl(tr(cells(1), '<w:gridBefore w:val="2147483647"/>'), 1) + pt('')),
    expect: 'structure',
  },
  {
    id: 'negative-spans',
    description: 'rows with w:gridBefore -7, w:gridAfter -5 and w:gridSpan -3',
    build: () =>
      withDocument(
        tbl(
          tr(cells(1), '<w:gridBefore w:val="-7"/>') +
            tr(tc(pt('负'), '<w:gridSpan w:val="-3"/>'), '<w:gridAfter w:val="-5"/>'),
          1,
        ) + pt(''),
      ),
    expect: 'reads',
  },
  {
    id: 'numbering-start-2.6e9-upper-letter',
    description: 'a list level with upperLetter and w:start 2600000000',
    build: () =>
      withDocument(pt('标题', numPr(1)) + pt('标题', numPr(1)), {
        numbering: UPPER_LETTER_NUMBERING,
      }),
    expect: 'reads',
  },
  {
    id: 'numbering-ilvl-out-of-range',
    description: 'paragraphs and levels with w:ilvl 2^31 and -1',
    build: () =>
      withDocument(pt('甲', numPr(1, 2147483647)) + pt('乙', numPr(1, -1)) + pt('丙', numPr(1)), {
        numbering: numbering(
          abstractNum(0, [{ fmt: 'decimal', text: '%1.' }]).replace(
            '</w:abstractNum>',
            '<w:lvl w:ilvl="2147483647"><w:start w:val="1"/><w:numFmt w:val="decimal"/>' +
              '<w:lvlText w:val="X"/></w:lvl></w:abstractNum>',
          ) + num(1, 0),
        ),
      }),
    expect: 'reads',
  },
  {
    id: 'vmerge-continue-without-restart',
    description: 'a w:vMerge continue cell in the first row',
    build: () =>
      withDocument(
        tbl(tr(tc(pt('续'), '<w:vMerge/>')) + tr(tc(pt('下'), '<w:vMerge/>')), 1) + pt(''),
      ),
    expect: 'reads',
  },
  {
    id: 'grid-64-columns',
    description: 'a row of 64 cells (Word tables hold 63 columns)',
    build: () => withDocument(tbl(tr(cells(64)), 64) + pt('')),
    expect: 'structure',
  },
  {
    id: 'row-5000-cells',
    description: 'a row of 5,000 cells',
    build: () => withDocument(tbl(tr(cells(5000)), 1) + pt('')),
    expect: 'structure',
  },
  {
    id: 'grid-10000-gridcols',
    description: 'a table grid of 10,000 w:gridCol and one cell',
    build: () => withDocument(tbl(tr(cells(1)), 10_000) + pt('')),
    expect: 'reads',
  },
  {
    id: 'million-empty-paragraphs',
    description: '1,000,000 empty paragraphs',
    build: () => withDocument('<w:p/>'.repeat(1_000_000)),
    expect: 'too-large',
  },
  {
    id: 'million-character-paragraph',
    description: 'one paragraph of 1,000,000 characters',
    build: () => withDocument(pt('字'.repeat(1_000_000))),
    expect: 'reads',
  },
  {
    id: 'deep-nesting',
    description: '100,000 nested elements',
    build: () => withDocument(`${'<w:sdt>'.repeat(100_000)}${'</w:sdt>'.repeat(100_000)}`),
    expect: 'structure',
  },
  {
    id: 'utf16-document',
    description: 'document.xml in UTF-16LE with a byte order mark',
    build: () => {
      const xml = doc(pt('二〇二三年政府信息公开工作年度报告')).replace(
        'encoding="UTF-8"',
        'encoding="UTF-16"',
      );
      const bytes = new Uint8Array(2 + xml.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < xml.length; i++) {
        bytes[2 + 2 * i] = xml.charCodeAt(i) & 0xff;
        bytes[3 + 2 * i] = xml.charCodeAt(i) >> 8;
      }
      return minimalDocx('', { documentBytes: bytes });
    },
    expect: 'reads',
  },
  {
    id: 'x-prefix',
    description: 'WordprocessingML under the prefix x: instead of w:',
    build: () => minimalDocx(xPrefixed(doc(REFERENCE_BODY))),
    expect: 'reads',
  },
  {
    id: 'placeholder-content-control',
    description: 'a cell whose content control shows its placeholder text',
    build: () => withDocument(tbl(tr(tc(PLACEHOLDER)), 1) + pt('')),
    expect: 'reads',
  },
  {
    id: 'tbl-grid-change',
    description: 'a table with a tracked old grid (w:tblGridChange)',
    build: () => withDocument(GRID_CHANGE_TABLE + pt('')),
    expect: 'reads',
  },
  {
    id: 'text-box-alternate-content',
    description: 'a heading in a text box written as mc:Choice (wps) and mc:Fallback (VML)',
    build: () => withDocument(TEXT_BOX_BODY),
    expect: 'reads',
  },
  {
    id: 'custom-property-bad-reference',
    description: 'custom properties with the character reference &#x110000;',
    build: () => withDocument(pt('正文'), { custom: BAD_CUSTOM }),
    expect: 'reads',
  },
  {
    id: 'bomb-declared-1gib',
    description: 'document.xml of 1 GiB of zeros, declared honestly (6.8 MB file)',
    build: () =>
      zipArchive([
        {
          name: 'word/document.xml',
          deflated: zerosDeflate(GIB_GROUPS),
          size: zerosSize(GIB_GROUPS),
          crc: 0,
        },
      ]),
    expect: 'too-large',
  },
  {
    id: 'numbering-bomb-numbered',
    description:
      'a numbered paragraph whose numbering.xml is 1 GiB of zeros, declared honestly (read when the paragraph asks)',
    build: () =>
      zipArchive([
        { name: '[Content_Types].xml', data: CONTENT_TYPES },
        { name: '_rels/.rels', data: PACKAGE_RELS },
        { name: 'word/document.xml', data: doc(pt('正文', numPr(1))) },
        {
          name: 'word/numbering.xml',
          deflated: zerosDeflate(GIB_GROUPS),
          size: zerosSize(GIB_GROUPS),
          crc: 0,
        },
      ]),
    expect: 'too-large',
  },
  {
    id: 'bomb-lying-1gib',
    description:
      'an XML part gouji does not read, declaring 4 KB, that inflates to 1 GiB (inflated, and refused, only before saving)',
    build: () =>
      minimalDocxWith({
        name: 'customXml/item1.xml',
        deflated: zerosDeflate(GIB_GROUPS),
        size: 4096,
        crc: 0,
      }),
    expect: 'reads',
  },
  {
    id: 'bomb-lying-media',
    description: 'an image declaring 4 KB that inflates to 1 GiB (never inflated: copied as is)',
    build: () =>
      minimalDocxWith({
        name: 'word/media/image1.png',
        deflated: zerosDeflate(GIB_GROUPS),
        size: 4096,
        crc: 0,
      }),
    expect: 'reads',
  },
  {
    id: 'bomb-zip64-4gib',
    description: 'a zip64 entry declaring 4.5 GiB',
    build: () =>
      zipArchive(
        [
          { name: 'word/document.xml', data: doc(pt('正文')) },
          { name: 'word/media/x.bin', deflated: zerosDeflate(16), size: 4.5 * GIB, crc: 0 },
        ],
        { zip64: true },
      ),
    expect: 'too-large',
  },
  {
    id: 'huge-document-part',
    description: 'document.xml declaring 480 MiB',
    build: () =>
      zipArchive([
        { name: 'word/document.xml', deflated: zerosDeflate(16), size: 480 * 1024 * 1024, crc: 0 },
      ]),
    expect: 'too-large',
  },
  {
    id: 'overlapping-600',
    description: '600 stored entries quoting each other around a 64 KiB kernel (50 MB claimed)',
    build: () => overlappingEntries(600, 64 * 1024),
    expect: 'structure',
  },
  {
    id: 'local-name-mismatch',
    description: 'document.xml whose local header names another file',
    build: () =>
      zipArchive([
        { name: '_rels/.rels', data: PACKAGE_RELS },
        { name: 'word/document.xml', data: doc(pt('有错的报告')), localName: 'word/documenx.xml' },
      ]),
    expect: 'structure',
  },
  {
    id: 'wrong-crc',
    description: 'document.xml with a wrong CRC-32',
    build: () =>
      zipArchive([{ name: 'word/document.xml', data: doc(pt('正文')), crc: 0x12345678 }]),
    expect: 'structure',
  },
  {
    id: 'case-duplicate',
    description: 'word/document.xml and WORD/document.xml',
    build: () =>
      zipArchive([
        { name: 'word/document.xml', data: doc(pt('甲')) },
        { name: 'WORD/document.xml', data: doc(pt('乙')) },
      ]),
    expect: 'structure',
  },
  {
    id: 'zip64-small',
    description: 'an ordinary document written with zip64 records',
    build: () => withDocument(pt('正文'), { zip64: true }),
    expect: 'reads',
  },
];

function minimalDocxWith(extra: ZipSpec): Uint8Array {
  return zipArchive([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: PACKAGE_RELS },
    { name: 'word/document.xml', data: doc(pt('正文')) },
    extra,
  ]);
}

/** A body with a heading, a numbered paragraph and a table, for prefix comparisons. */
export const REFERENCE_BODY =
  pt('一、总体情况') +
  p(r('粗', '<w:b/>') + r('体')) +
  tbl(tr(tc(pt('格'), '<w:gridSpan w:val="2"/>')), 2) +
  pt('');

/** The same XML with WordprocessingML bound to the prefix x:. */
export function xPrefixed(xml: string): string {
  return xml
    .replace(`xmlns:w="${W_NS}"`, `xmlns:x="${W_NS}"`)
    .replace(/<(\/?)w:/g, '<$1x:')
    .replace(/ w:(\w+)=/g, ' x:$1=');
}

export const PLACEHOLDER =
  '<w:sdt><w:sdtPr><w:id w:val="1"/><w:placeholder><w:docPart w:val="DefaultPlaceholder"/></w:placeholder>' +
  '<w:showingPlcHdr/></w:sdtPr><w:sdtContent>' +
  p(
    '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>单击或点击此处输入文字。</w:t></w:r>',
  ) +
  '</w:sdtContent></w:sdt>';

export const GRID_CHANGE_TABLE =
  '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/>' +
  '<w:tblGridChange w:id="9"><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/>' +
  '<w:gridCol w:w="2000"/></w:tblGrid></w:tblGridChange></w:tblGrid>' +
  tr(tc(pt('甲')) + tc(pt('乙'))) +
  '</w:tbl>';

const WPS = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape';
const VML = 'urn:schemas-microsoft-com:vml';

/** A text box as Word writes it: the wps shape, and the same text box in VML as the fallback. */
export function textBox(content: string): string {
  const box = `<w:txbxContent>${content}</w:txbxContent>`;
  return (
    `<w:r><mc:AlternateContent xmlns:wps="${WPS}" xmlns:v="${VML}"><mc:Choice Requires="wps">` +
    `<w:drawing><wps:wsp><wps:txbx>${box}</wps:txbx></wps:wsp></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shape><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback>` +
    '</mc:AlternateContent></w:r>'
  );
}

export const TEXT_BOX_BODY = p(r('锚') + textBox(pt('二、主动公开政府信息情况'))) + pt('正文');

export const BAD_CUSTOM =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="gouji.ignores">' +
  '<vt:lpwstr>[&quot;a&#x110000;&quot;]</vt:lpwstr></property>' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="&#x110000;">' +
  '<vt:lpwstr>x</vt:lpwstr></property></Properties>';
