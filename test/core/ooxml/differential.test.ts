// The scanner (src/core/ooxml/scan.ts) against the parser it replaced (saxes, kept as the oracle in
// ./oracle): the same DocModel — texts, labels, grids, merges, source spans — or the same refusal,
// on every committed fixture and on thousands of generated and mutated documents.
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { LimitError } from '../../../src/core/limits';
import type { DocModel } from '../../../src/core/model';
import { parseDocumentXml, type ExtraParts } from '../../../src/core/ooxml';
import { listEntries, readEntry } from '../../../src/hosts/docx/unzip';
import { decodeXml, xmlPart } from '../../../src/hosts/docx/xml-text';
import { rng } from '../../fixtures/report';
import * as tokens from '../../../src/core/ooxml/tokens';
import { oracleParse } from './oracle/saxes-walk';

// The fast path's tokenizer, watched (not replaced) to tell which parts it took.
jest.mock('../../../src/core/ooxml/tokens', () => {
  const actual = jest.requireActual<typeof tokens>('../../../src/core/ooxml/tokens');
  return { ...actual, tokenize: jest.fn(actual.tokenize) };
});

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const WPS = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape';

type Outcome = { model: DocModel } | { error: string };

function outcome(parse: () => DocModel): Outcome {
  try {
    return { model: parse() };
  } catch (err: unknown) {
    // Malformed XML is one refusal (the reader says 'damaged'); a limit says which one.
    if (err instanceof LimitError) return { error: `limit ${err.kind}: ${err.detail}` };
    if (err instanceof Error) return { error: 'malformed' };
    throw err;
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A part as readDocx hands it over: its UTF-8 bytes, scanned as bytes where they are valid. */
function asBytes(text: string | undefined): ReturnType<typeof xmlPart> | undefined {
  return text === undefined ? undefined : xmlPart(new Uint8Array(Buffer.from(text, 'utf8')));
}

/** The scanner over bytes against the scanner over text: the same model, offsets included, or
 * the same refusal. (Text with a lone surrogate has no UTF-8 form; bytes xmlPart leaves as text
 * are read as they always were, and tested below.) */
function bytesAgree(xml: string, parts: ExtraParts, scanned: Outcome): void {
  const texts = [xml, parts.styles, parts.numbering];
  if (texts.some((t) => typeof t === 'string' && LONE_SURROGATE.test(t))) return;
  if (texts.some((t) => t !== undefined && typeof t !== 'string')) return;
  const [document, styles, numbering] = texts.map((t) => asBytes(t as string | undefined));
  if (typeof document === 'string') return;
  const bytes = outcome(() => parseDocumentXml(document ?? '', { styles, numbering }));
  if (JSON.stringify(bytes) !== JSON.stringify(scanned)) {
    expect({ xml, bytes }).toEqual({ xml, bytes: scanned });
  }
  bytePathRuns++;
}
let bytePathRuns = 0;

function both(xml: string, parts: ExtraParts = {}): { scan: Outcome; oracle: Outcome } {
  const scan = outcome(() => parseDocumentXml(xml, parts));
  bytesAgree(xml, parts, scan);
  return { scan, oracle: outcome(() => oracleParse(xml, parts)) };
}

// ---------- fixtures ----------

function docxFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...docxFiles(full));
    else if (name.endsWith('.docx')) out.push(full);
  }
  return out.sort();
}

function partsOf(file: string): (ExtraParts & { document: string }) | undefined {
  try {
    const bytes = new Uint8Array(readFileSync(file));
    const entries = listEntries(bytes);
    const text = (name: string): string | undefined => {
      const e = entries.find((x) => x.name === name);
      return e ? decodeXml(readEntry(bytes, e, 64 * 1024 * 1024)) : undefined;
    };
    const document = text('word/document.xml');
    if (document === undefined) return undefined;
    return { document, styles: text('word/styles.xml'), numbering: text('word/numbering.xml') };
  } catch {
    return undefined;
  }
}

const FIXTURES = path.resolve(__dirname, '../../fixtures');

describe('scanner = saxes oracle on every committed fixture', () => {
  const files = docxFiles(FIXTURES);
  it('finds the fixtures', () => {
    expect(files.length).toBeGreaterThan(30);
  });
  it.each(files.map((f) => [path.relative(FIXTURES, f), f]))('%s', (_name, file) => {
    const parts = partsOf(file);
    if (parts === undefined) return; // not a readable zip: the reader refuses it before parsing
    const { scan, oracle } = both(parts.document, parts);
    expect(scan).toEqual(oracle);
    expect('model' in scan).toBe(true);
  });
});

// ---------- hand-written edges of XML ----------

const body = (inner: string): string =>
  `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>${inner}</w:t></w:r></w:p></w:body></w:document>`;
const EDGES: [string, string][] = [
  ['v11 NEL', `<?xml version="1.1"?>${body('a\u0085b\u2028c\r\u0085d')}`],
  ['v11 C1', `<?xml version="1.1"?>${body('a\u0086b')}`],
  ['v11 charref 1', `<?xml version="1.1"?>${body('a&#1;b')}`],
  ['v10 charref 1', `<?xml version="1.0"?>${body('a&#1;b')}`],
  ['v10 C1 raw', `${body('a\u0086b')}`],
  [
    'v11 attr NEL',
    `<?xml version="1.1"?><w:document xmlns:w="${W}"><w:body><w:p><w:pPr><w:pStyle w:val="a\u0085b"/></w:pPr></w:p></w:body></w:document>`,
  ],
  [
    'v11 NEL ws in tag',
    `<?xml version="1.1"?><w:document\u0085xmlns:w="${W}"><w:body/></w:document>`,
  ],
  [
    'doctype quotes',
    `<!DOCTYPE w:document SYSTEM "a>b" [<!ENTITY x "]>"> <!-- ] " --> <?pi ? > ] ?> ]>${body('x')}`,
  ],
  ['doctype entity used', `<!DOCTYPE d [<!ENTITY x "y">]>${body('&x;')}`],
  ['doctype twice', `<!DOCTYPE d><!DOCTYPE d>${body('x')}`],
  ['doctype after root', `${body('x')}<!DOCTYPE d>`],
  ['doctype <! quote', `<!DOCTYPE d [<!"]>${body('x')}`],
  ['doctype <!- quote', `<!DOCTYPE d [<!-"]>${body('x')}`],
  ['doctype < quote', `<!DOCTYPE d [<"]>${body('x')}`],
  ['doctype lowercase', `<!doctype d>${body('x')}`],
  ['pi xml-stylesheet first', `<?xml-stylesheet href="a"?>${body('x')}`],
  ['pi XML later', `${body('x')}<?XML a?>`],
  ['pi xml later', `<!-- c --><?xml version="1.0"?>${body('x')}`],
  ['ws before decl', ` <?xml version="1.0"?>${body('x')}`],
  ['bom decl', `\ufeff<?xml version="1.0"?>${body('x')}`],
  ['bom twice', `\ufeff\ufeff${body('x')}`],
  ['decl no version', `<?xml encoding="UTF-8"?>${body('x')}`],
  ['decl order', `<?xml version="1.0" standalone="yes" encoding="UTF-8"?>${body('x')}`],
  ['decl bad standalone', `<?xml version="1.0" standalone="maybe"?>${body('x')}`],
  ['decl version 2.0', `<?xml version="2.0"?>${body('x')}`],
  ['decl spaces', `<?xml  version = '1.0'  encoding = "utf-8"  ?>${body('x')}`],
  ['decl ?? end', `<?xml version="1.0"??>${body('x')}`],
  ['cdata outside', `<![CDATA[x]]>${body('x')}`],
  ['cdata in t', body('a<![CDATA[b]]>c')],
  ['text after root', `${body('x')}x`],
  ['entity after root', `${body('x')}&amp;`],
  ['ws after root', `${body('x')}\n\t `],
  ['close tag ws', body('a</w:t  ><w:t>b')],
  ['close tag no name', body('a</>b')],
  ['close mismatch', `<w:document xmlns:w="${W}"><w:body><w:p></w:body></w:p></w:document>`],
  [
    'attr tab newline',
    `<w:document xmlns:w="${W}"><w:body><w:p><w:pPr><w:pStyle w:val="a\tb\r\nc\nd&#10;e&#9;"/></w:pPr></w:p></w:body></w:document>`,
  ],
  [
    'attr ]]>',
    `<w:document xmlns:w="${W}"><w:body><w:p><w:pPr><w:pStyle w:val="]]>"/></w:pPr></w:p></w:body></w:document>`,
  ],
  [
    'attr >',
    `<w:document xmlns:w="${W}"><w:body><w:p><w:pPr><w:pStyle w:val=">"/></w:pPr></w:p></w:body></w:document>`,
  ],
  [
    'attr no ws',
    `<w:document xmlns:w="${W}"><w:body><w:p><w:pPr><w:pStyle w:val="a"w:x="b"/></w:pPr></w:p></w:body></w:document>`,
  ],
  [
    'attr dup',
    `<w:document xmlns:w="${W}"><w:body><w:p><w:pPr><w:pStyle w:val="a" w:val="b"/></w:pPr></w:p></w:body></w:document>`,
  ],
  ['attr no value', `<w:document xmlns:w="${W}" a><w:body/></w:document>`],
  ['slash space', `<w:document xmlns:w="${W}"><w:body / ></w:document>`],
  ['entity long digits', body('&#00000000065;')],
  ['entity bad', body('&#xD800;')],
  ['entity no semi', body('&amp x')],
  ['entity name', body('&nbsp;')],
  ['comment --', body('<!-- a -- b -->')],
  ['comment --->', body('<!-- a --->')],
  ['comment <!--->', body('<!--->-->')],
  ['pi no target', body('<? x?>')],
  ['pi target then =', body('<?a=b?>')],
  ['name start digit', `<w:document xmlns:w="${W}"><1a/></w:document>`],
  ['name non-ascii', `<w:document xmlns:w="${W}"><中文 属性="值"/></w:document>`],
  ['astral name', `<w:document xmlns:w="${W}"><\uD840\uDC00/></w:document>`],
  ['empty', ''],
  ['only decl', '<?xml version="1.0"?>'],
  ['two roots', `${body('x')}<a/>`],
  ['unclosed', `<w:document xmlns:w="${W}"><w:body>`],
  [
    'xmlns deep w',
    `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t xmlns:w="urn:x">a</w:t></w:r></w:p></w:body></w:document>`,
  ],
  ['xmlnsfoo', `<w:document xmlnsfoo="${W}" xmlns:w="${W}"><w:body/></w:document>`],
  [
    'ns rebinding',
    `<x:document xmlns:x="${W}"><x:body><x:p><x:r><x:t>a</x:t></x:r></x:p></x:body></x:document>`,
  ],
  ['lt in attr', `<w:document xmlns:w="${W}" a="<"><w:body/></w:document>`],
  ['quote mismatch', `<w:document xmlns:w="${W}" a="x'><w:body/></w:document>`],
  ['unquoted', `<w:document xmlns:w="${W}" a=x><w:body/></w:document>`],
  [']]> in text', body('a]]>b')],
  [']]] > text', body('a]]]>b')],
  ['] ]> text', body('a] ]>b')],
  ['CR text', body('a\r\nb\rc')],
  // Non-ASCII and astral characters wherever markup may hold them: the byte path counts them
  // into the offsets of every paragraph and cell after them.
  [
    'non-ascii everywhere',
    `\ufeff<?xml version="1.0"?><!DOCTYPE 文 [<!ENTITY 甲 "乙𠮷"> <!-- 注𠮷 --> <?处理 𠮷?>]><!--前𠮷-->` +
      `<w:document xmlns:w="${W}" 名="值𠮷&amp;"><w:body><!-- 注释𠮷 --><?目标 数据𠮷?>` +
      `<w:p 属性="仿宋_GB2312"><w:r><w:rPr><w:rFonts w:ascii="方正小标宋简体" w:eastAsia="𠮷"/></w:rPr>` +
      `<w:t>甲<![CDATA[隐藏𠮷<x>]]>乙𠮷丙</w:t></w:r><中文 属性="值"/><𠮷元素 𠮷="𠮷"></𠮷元素></w:p>` +
      `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>格𠮷</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
      `<w:p><w:pPr><w:pStyle w:val="标题𠮷"/></w:pPr><w:r><w:t>后</w:t></w:r></w:p></w:body></w:document><!--后𠮷-->`,
  ],
  // Every UTF-8 length in short texts and values (decoded without the host's decoder).
  [
    'one to four bytes',
    `<w:document xmlns:w="${W}"><w:body><w:p><w:pPr><w:pStyle w:val="a°é中𠮷"/></w:pPr>` +
      `<w:r><w:t>x±×÷ÿĀ߿ࠀ￼𐀀􏿿</w:t></w:r></w:p></w:body></w:document>`,
  ],
  ['non-ascii close mismatch', `<w:document xmlns:w="${W}"><中文></中></w:document>`],
  ['non-ascii close ascii', `<w:document xmlns:w="${W}"><中文></ab></w:document>`],
  ['ascii close non-ascii', `<w:document xmlns:w="${W}"><ab></中文></w:document>`],
  // An end tag is matched against the open element's name in one comparison: over bytes, the
  // bytes of ÷ (C3 B7) seen one by one are the characters of the decoded name Ã·.
  ['mojibake close', `<w:document xmlns:w="${W}"><a\u00c3\u00b7></a\u00f7></w:document>`],
  ['close name longer', body('a</w:tt>b')],
  ['close name prefix', `<w:document xmlns:w="${W}"><w:body><w:bo></w:body></w:document>`],
  ['close at bad char', `<w:document xmlns:w="${W}"><w:body></w:body>\u0001</w:document>`],
  ['close before bad char', `<w:document xmlns:w="${W}"><w:body></w:body></w:document>\u0001`],
  ['close unterminated', `<w:document xmlns:w="${W}"><w:body></w:body`],
  ['non-ascii not a name start', `<w:document xmlns:w="${W}"><·a/></w:document>`],
  ['non-ascii attr dup', `<w:document xmlns:w="${W}" 甲="1" 甲="2"><w:body/></w:document>`],
  ['U+FFFE in text', body('a\uFFFEb')],
  ['U+FFFF in attr', `<w:document xmlns:w="${W}" a="\uFFFF"><w:body/></w:document>`],
  ['U+FFFD and U+F000', body('\uFFFD\uF000\uFFEE')],
  ['U+FFFE in comment', `${body('x')}<!--\uFFFE-->`],
  ['control in comment', `<!--\u0001-->${body('x')}`],
  ['control in pi', body('a<?p \u0002?>b')],
  ['control in cdata', body('a<![CDATA[\u0003]]>b')],
  ['xml 1.1 as bytes', `<?xml version="1.1"?>${body('甲\u0085乙')}`],
  // The fast path tries, for each start tag, the name that followed the previous tag's name last
  // time: here w:r after w:p is learnt, then met as a prefix of w:rPr, as longer than w:x, and
  // followed by a name character above ASCII.
  [
    'guessed name a prefix',
    `<w:document xmlns:w="${W}"><w:body><w:p><w:r/></w:p><w:p><w:rPr/></w:p><w:p><w:r/></w:p></w:body></w:document>`,
  ],
  [
    'guessed name longer',
    `<w:document xmlns:w="${W}"><w:body><w:p><w:rPr/></w:p><w:p><w:r/></w:p><w:p><w:rPr/></w:p></w:body></w:document>`,
  ],
  [
    'guessed name then non-ascii',
    `<w:document xmlns:w="${W}"><w:body><w:p><w:r/></w:p><w:p><w:ré/></w:p></w:body></w:document>`,
  ],
  [
    'guessed name then mismatched close',
    `<w:document xmlns:w="${W}"><w:body><w:p><w:r/></w:p><w:p><w:r></w:rr></w:p></w:body></w:document>`,
  ],
  [
    'prefix non-ascii',
    `<前:document xmlns:前="${W}"><前:body><前:p><前:r><前:t>字</前:t></前:r></前:p></前:body></前:document>`,
  ],
];

describe('scanner = saxes oracle on the edges of XML', () => {
  it.each(EDGES)('%s', (_name, xml) => {
    const { scan, oracle } = both(xml);
    expect(scan).toEqual(oracle);
  });
  it('covers both outcomes', () => {
    const outcomes = EDGES.map(([, xml]) => 'model' in both(xml).scan);
    expect(outcomes.filter(Boolean).length).toBeGreaterThan(15);
    expect(outcomes.filter((ok) => !ok).length).toBeGreaterThan(30);
  });
});

// ---------- generated documents ----------

class Gen {
  readonly r: () => number;
  /** Element prefix for WordprocessingML ('' when it is the default namespace). */
  w = 'w:';
  /** Attribute prefix for WordprocessingML (attributes never take the default namespace). */
  wa = 'w:';
  paraCount = 0;

  /** `plain`: only the markup the scanner's fast path takes (./tokens): no comments, CDATA,
   * processing instructions, DOCTYPE or carriage returns in text. */
  constructor(
    seed: number,
    readonly plain = false,
  ) {
    this.r = rng(seed);
  }

  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  ws(): string {
    if (this.chance(0.8)) return '';
    return this.plain
      ? this.pick([' ', '\n', '\t', '  '])
      : this.pick([' ', '\n', '\t', '\r\n', '  ']);
  }

  /** A start tag with shuffled attributes, quotes and spacing; empty elements one way or other. */
  el(name: string, attrs: [string, string][], content?: string): string {
    const list = [...attrs];
    for (let i = list.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [list[i], list[j]] = [list[j], list[i]];
    }
    if (this.chance(0.3)) list.push([`${this.wa}rsidR`, '00A1B2C3']);
    let tag = `<${this.w}${name}`;
    for (const [k, v] of list) {
      const q = this.chance(0.8) ? '"' : "'";
      const val = v
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(q === '"' ? /"/g : /'/g, q === '"' ? '&quot;' : '&apos;');
      tag += `${this.pick([' ', '  ', '\n', '\t'])}${k}${this.ws()}=${this.ws()}${q}${val}${q}`;
    }
    tag += this.ws();
    if (content === undefined || (content === '' && this.chance(0.5))) return `${tag}/>`;
    return `${tag}>${content}</${this.w}${name}${this.ws()}>`;
  }
  val(name: string, v: string): string {
    return this.el(name, [[`${this.wa}val`, v]]);
  }

  textChunk(): string {
    const pieces = [
      '政府信息公开',
      '一、总体情况',
      '（二）',
      '&amp;',
      '&lt;',
      '&gt;',
      '&quot;',
      '&apos;',
      '&#x4E00;',
      '&#20108;',
      '&#13;',
      '&#10;',
      '\r\n',
      '\r',
      '\n',
      ' ',
      '\u3000',
      'abc',
      '12',
      ']]',
      ']',
      '&gt;',
      '\uD842\uDFB7',
      '\'"',
    ];
    const usable = this.plain ? pieces.filter((p) => !p.includes('\r')) : pieces;
    let s = '';
    for (let k = this.int(4) + 1; k > 0; k--) s += this.pick(usable);
    return s;
  }

  misc(): string {
    return this.pick([
      '',
      '',
      '',
      ...(this.plain ? [] : ['<!-- 注释 -->', '<?pi some data?>', '<![CDATA[隐藏<文字>]]>']),
      this.el('proofErr', [[`${this.wa}type`, 'spellStart']]),
      this.el('bookmarkStart', [
        [`${this.wa}id`, '0'],
        [`${this.wa}name`, '_GoBack'],
      ]),
    ]);
  }

  run(): string {
    let rPr = '';
    if (this.chance(0.4)) {
      let inner = '';
      if (this.chance(0.5)) {
        inner += this.chance(0.5)
          ? this.el('b', [])
          : this.val('b', this.pick(['0', '1', 'true', 'false', 'off', 'on']));
      }
      if (this.chance(0.3)) inner += this.val('rStyle', this.pick(['Strong', 'Emph', 'X']));
      if (this.chance(0.3)) inner += this.val('sz', '32');
      rPr = this.el('rPr', [], inner);
    }
    let body = '';
    for (let k = this.int(3) + 1; k > 0; k--) {
      const kind = this.int(10);
      if (kind < 6) {
        const space = this.chance(0.3) ? ([['xml:space', 'preserve']] as [string, string][]) : [];
        body += this.el('t', space, this.textChunk() + this.misc());
      } else if (kind === 6)
        body += this.el(this.pick(['tab', 'br', 'cr', 'noBreakHyphen', 'ptab']), []);
      else if (kind === 7) body += this.el('instrText', [], ' PAGE ');
      else if (kind === 8 && this.chance(0.3)) body += this.textbox();
      else body += this.misc();
    }
    return this.el('r', [], rPr + body);
  }

  textbox(): string {
    const content = this.el('txbxContent', [], this.paragraph(1));
    const choice = `<mc:Choice Requires="${this.pick(['wps', 'foo', 'wps foo', ''])}">${content}</mc:Choice>`;
    const fallback = `<mc:Fallback>${this.chance(0.5) ? content : ''}</mc:Fallback>`;
    return this.el(
      'drawing',
      [],
      `<mc:AlternateContent>${choice}${fallback}</mc:AlternateContent>`,
    );
  }

  paragraph(depth: number): string {
    this.paraCount++;
    let pPr = '';
    if (this.chance(0.6)) {
      let inner = '';
      if (this.chance(0.5))
        inner += this.val('pStyle', this.pick(['Heading1', 'Heading2', 'List', 'Normal', 'Nope']));
      if (this.chance(0.4)) {
        inner += this.el(
          'numPr',
          [],
          (this.chance(0.8) ? this.val('ilvl', this.pick(['0', '1', '2', '9', 'x', '-1'])) : '') +
            this.val('numId', this.pick(['1', '2', '3', '0', '99'])),
        );
      }
      if (this.chance(0.2)) inner += this.val('outlineLvl', this.pick(['0', '1', '8', '9']));
      if (this.chance(0.2)) inner += this.el('rPr', [], this.el('b', []));
      if (this.chance(0.1))
        inner += this.el('pPrChange', [], this.el('pPr', [], this.val('pStyle', 'Old')));
      pPr = this.el('pPr', [], inner);
    }
    let body = '';
    for (let k = this.int(4); k > 0; k--) {
      const kind = this.int(12);
      if (kind < 6) body += this.run();
      else if (kind === 6) body += this.el('ins', [[`${this.wa}id`, '1']], this.run());
      else if (kind === 7) {
        body += this.el(
          'del',
          [[`${this.wa}id`, '2']],
          this.el('r', [], this.el('delText', [], '删除')),
        );
      } else if (kind === 8) body += this.sdt(depth, true);
      else if (kind === 9) body += this.el('hyperlink', [['r:id', 'rId9']], this.run());
      else if (kind === 10)
        body += this.el(
          'ruby',
          [],
          this.el('rt', [], this.run()) + this.el('rubyBase', [], this.run()),
        );
      else body += this.misc();
    }
    return this.el('p', [], pPr + body);
  }

  sdt(depth: number, inline: boolean): string {
    const placeholder = this.chance(0.5);
    const pr = this.el(
      'sdtPr',
      [],
      (placeholder
        ? this.chance(0.5)
          ? this.el('showingPlcHdr', [])
          : this.val('showingPlcHdr', this.pick(['0', '1']))
        : '') + this.val('alias', '名称'),
    );
    const content = inline ? this.run() : this.blocks(depth + 1, 2);
    return this.el('sdt', [], pr + this.el('sdtContent', [], content));
  }

  table(depth: number): string {
    const cols = this.int(4) + 1;
    let grid = '';
    for (let c = 0; c < cols + this.int(2) - 1; c++)
      grid += this.el('gridCol', [[`${this.wa}w`, '1000']]);
    let rows = '';
    for (let r = this.int(4) + 1; r > 0; r--) {
      let trPr = '';
      if (this.chance(0.2)) {
        trPr = this.el(
          'trPr',
          [],
          (this.chance(0.5) ? this.val('gridBefore', this.pick(['1', '2', '0'])) : '') +
            (this.chance(0.5) ? this.val('gridAfter', this.pick(['1', '2', '70'])) : ''),
        );
      }
      let cells = '';
      for (let c = this.int(cols) + 1; c > 0; c--) {
        let tcPr = '';
        if (this.chance(0.5)) {
          tcPr = this.el(
            'tcPr',
            [],
            (this.chance(0.4) ? this.val('gridSpan', this.pick(['1', '2', '3', '0', 'x'])) : '') +
              (this.chance(0.4)
                ? this.chance(0.5)
                  ? this.el('vMerge', [])
                  : this.val('vMerge', this.pick(['restart', 'continue']))
                : ''),
          );
        }
        cells += this.el('tc', [], tcPr + this.blocks(depth + 1, 2));
      }
      rows += this.el('tr', [], trPr + cells);
    }
    return this.el(
      'tbl',
      [],
      this.el('tblPr', [], this.val('tblStyle', 'T')) + this.el('tblGrid', [], grid) + rows,
    );
  }

  blocks(depth: number, max: number): string {
    let out = '';
    const count = this.int(max) + 1;
    for (let k = 0; k < count; k++) {
      const kind = this.int(10);
      if (kind < 6 || depth > 2) out += this.paragraph(depth);
      else if (kind < 8) out += this.table(depth);
      else if (kind === 8) out += this.sdt(depth, false);
      else out += this.misc() + this.paragraph(depth);
    }
    // A table cell must end with a paragraph.
    return depth > 0 ? out + this.el('p', [], '') : out;
  }

  /** Binds WordprocessingML as `w`, another prefix, or the default namespace. */
  namespaces(): string {
    const choice = this.int(6);
    if (choice === 0) {
      this.w = '';
      this.wa = 'ww:';
      return `xmlns="${W}" xmlns:ww="${W}"`;
    }
    if (choice === 1) {
      this.w = this.wa = 'ns0:';
      return `xmlns:ns0="${W}"`;
    }
    this.w = this.wa = 'w:';
    return `xmlns:w="${W}"`;
  }

  document(): string {
    const ns = this.namespaces();
    const decl = this.pick([
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n',
      "<?xml version='1.0'?>",
      '',
      '\ufeff<?xml version="1.0" encoding="UTF-8"?>\n',
      ...(this.plain
        ? []
        : [
            '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE doc [<!ENTITY x "y"> <!-- c ] --> ]>',
            '<!-- lead -->',
          ]),
    ]);
    const body = this.blocks(0, 8);
    const sect = this.chance(0.5)
      ? this.el('sectPr', [], this.el('pgSz', [[`${this.wa}w`, '11906']]))
      : '';
    return `${decl}<${this.w}document ${ns} xmlns:mc="${MC}" xmlns:wps="${WPS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"${this.ws()}>${this.ws()}<${this.w}body>${body}${sect}</${this.w}body></${this.w}document>${this.pick(this.plain ? ['', '\n'] : ['', '\n', '<!-- end -->', '<?end?>'])}`;
  }

  styles(): string {
    const ns = this.namespaces();
    let defs = '';
    for (const id of ['Normal', 'Heading1', 'Heading2', 'List', 'Strong']) {
      const isPara = id !== 'Strong';
      let inner = '';
      if (id !== 'Normal')
        inner += this.val('basedOn', this.pick(['Normal', 'Heading1', 'List', 'Heading2']));
      let pPr = '';
      if (this.chance(0.5))
        pPr += this.el(
          'numPr',
          [],
          this.val('numId', this.pick(['1', '2'])) +
            (this.chance(0.5) ? this.val('ilvl', '1') : ''),
        );
      if (this.chance(0.5)) pPr += this.val('outlineLvl', this.pick(['0', '1', '9']));
      if (pPr) inner += this.el('pPr', [], pPr);
      if (this.chance(0.5))
        inner += this.el('rPr', [], this.chance(0.5) ? this.el('b', []) : this.val('b', '0'));
      const attrs: [string, string][] = [
        [`${this.wa}type`, isPara ? 'paragraph' : 'character'],
        [`${this.wa}styleId`, id],
      ];
      if (id === 'Normal' && this.chance(0.7))
        attrs.push([`${this.wa}default`, this.pick(['1', 'true', 'on', '0'])]);
      defs += this.el('style', attrs, inner);
    }
    return `<?xml version="1.0" encoding="UTF-8"?><${this.w}styles ${ns}>${defs}</${this.w}styles>`;
  }

  numbering(): string {
    const ns = this.namespaces();
    let out = '';
    for (const a of ['0', '1']) {
      let levels = '';
      for (let l = 0; l < 3; l++) {
        levels += this.el(
          'lvl',
          [[`${this.wa}ilvl`, String(l)]],
          this.val('start', this.pick(['1', '0', '5', '99999'])) +
            this.val(
              'numFmt',
              this.pick([
                'chineseCounting',
                'decimal',
                'bullet',
                'custom',
                'upperLetter',
                'ideographTraditional',
              ]),
            ) +
            this.val('lvlText', this.pick(['%1、', '（%1）', '%1.%2', '%1.%2.%3', '•'])) +
            (this.chance(0.2) ? this.val('pStyle', 'List') : '') +
            (this.chance(0.2) ? this.el('isLgl', []) : ''),
        );
      }
      out += this.el('abstractNum', [[`${this.wa}abstractNumId`, a]], levels);
    }
    for (const [id, a] of [
      ['1', '0'],
      ['2', '1'],
      ['3', '0'],
    ]) {
      const override = this.chance(0.3)
        ? this.el('lvlOverride', [[`${this.wa}ilvl`, '0']], this.val('startOverride', '3'))
        : '';
      out += this.el('num', [[`${this.wa}numId`, id]], this.val('abstractNumId', a) + override);
    }
    return `<?xml version="1.0" encoding="UTF-8"?><${this.w}numbering ${ns}>${out}</${this.w}numbering>`;
  }
}

function generated(
  seed: number,
  plain = false,
): { document: string; styles: string; numbering: string } {
  const g = new Gen(seed, plain);
  const styles = g.styles();
  const numbering = g.numbering();
  const document = g.document();
  return { document, styles, numbering };
}

const MUTATION_CHARS = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '/',
  '=',
  ']',
  ' ',
  '\r',
  '\u0001',
  '-',
  '!',
  '?',
  ';',
  '#',
  'x',
  ':',
  '\uFFFE',
];

/** Markup inserted before a tag: often still well-formed, sometimes not (a run closed twice). */
const INSERTS = [
  '<!--m-->',
  '<?m d?>',
  '<w:proofErr/>',
  '<w:r><w:t>插入</w:t></w:r>',
  '</w:r><w:r>',
  '<w:p/>',
  '<w:br/>',
  '<w:tab/>',
  '<w:t>&#x4E00;&lt;</w:t>',
  '<w:tc><w:p/></w:tc>',
  '<w:tr><w:tc><w:p/></w:tc></w:tr>',
  '<w:sdtContent>',
  '<w:del>',
  '</w:del>',
  '<mc:Fallback/>',
];

function mutate(xml: string, r: () => number): string {
  let s = xml;
  const times = 1 + Math.floor(r() * 3);
  const gentle = r() < 0.5;
  for (let k = 0; k < times; k++) {
    const at = Math.floor(r() * s.length);
    if (gentle) {
      const lt = s.indexOf('<', at);
      if (lt >= 0) s = s.slice(0, lt) + INSERTS[Math.floor(r() * INSERTS.length)] + s.slice(lt);
      continue;
    }
    const kind = Math.floor(r() * 5);
    if (kind === 0) s = s.slice(0, at) + s.slice(at + 1);
    else if (kind === 1)
      s = s.slice(0, at) + MUTATION_CHARS[Math.floor(r() * MUTATION_CHARS.length)] + s.slice(at);
    else if (kind === 2) {
      const len = Math.floor(r() * 40);
      const to = Math.floor(r() * s.length);
      s = s.slice(0, to) + s.slice(at, at + len) + s.slice(to);
    } else if (kind === 3) {
      // Cut at a tag boundary: unclosed or doubled elements.
      const lt = s.indexOf('<', at);
      if (lt >= 0) s = s.slice(0, lt) + s.slice(s.indexOf('>', lt) + 1);
    } else {
      s =
        s.slice(0, at) + MUTATION_CHARS[Math.floor(r() * MUTATION_CHARS.length)] + s.slice(at + 1);
    }
  }
  return s;
}

/** UTF-16 bytes of a part, with a byte order mark, as the reader receives them. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = littleEndian ? 0xff : 0xfe;
  out[1] = littleEndian ? 0xfe : 0xff;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = littleEndian ? c & 0xff : c >> 8;
    out[3 + 2 * i] = littleEndian ? c >> 8 : c & 0xff;
  }
  return out;
}

describe('scanner = saxes oracle on generated documents', () => {
  it('agrees on 1,500 generated documents, which it reads', () => {
    let paragraphs = 0;
    let tables = 0;
    for (let seed = 1; seed <= 1500; seed++) {
      const { document, styles, numbering } = generated(seed);
      const { scan, oracle } = both(document, { styles, numbering });
      if (JSON.stringify(scan) !== JSON.stringify(oracle)) {
        expect({ seed, scan }).toEqual({ seed, scan: oracle });
      }
      if (!('model' in scan)) throw new Error(`seed ${seed} was refused: ${JSON.stringify(scan)}`);
      paragraphs += scan.model.paragraphs.length;
      tables += scan.model.tables.length;
    }
    // The generator makes real documents, not trivial ones.
    expect(paragraphs).toBeGreaterThan(5000);
    expect(tables).toBeGreaterThan(700);
  });

  it('agrees on 3,000 mutated documents, accepting and refusing the same ones', () => {
    let refused = 0;
    let accepted = 0;
    let loneSurrogates = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const r = rng(seed * 7919);
      const parts = generated(seed);
      const which = Math.floor(r() * 5);
      const document = which < 3 ? mutate(parts.document, r) : parts.document;
      const styles = which === 3 ? mutate(parts.styles, r) : parts.styles;
      const numbering = which === 4 ? mutate(parts.numbering, r) : parts.numbering;
      const { scan, oracle } = both(document, { styles, numbering });
      if ([document, styles, numbering].some((x) => LONE_SURROGATE.test(x))) {
        // The one intended difference: see the test below.
        expect(scan).toEqual({ error: 'malformed' });
        loneSurrogates++;
        continue;
      }
      if (JSON.stringify(scan) !== JSON.stringify(oracle)) {
        expect({ seed, document, scan }).toEqual({ seed, document, scan: oracle });
      }
      if ('model' in scan) accepted++;
      else refused++;
    }
    // Both sides of the check are exercised.
    expect(refused).toBeGreaterThan(1000);
    expect(accepted).toBeGreaterThan(600);
    expect(loneSurrogates).toBeLessThan(100);
  });

  // The fast path (./tokens) takes plain markup and gives up on anything else, telling the handler
  // nothing: over plain documents and their mutations, what it accepts must be what the general
  // scanner (the text path, in bytesAgree) and saxes accept, with the same model and offsets.
  it('agrees on 1,000 plain documents and 3,000 mutated ones, through the fast path where it takes them', () => {
    const spy = tokens.tokenize as jest.MockedFunction<typeof tokens.tokenize>;
    {
      let plainFast = 0;
      for (let seed = 1; seed <= 1000; seed++) {
        const { document, styles, numbering } = generated(seed, true);
        spy.mockClear();
        const { scan, oracle } = both(document, { styles, numbering });
        if (JSON.stringify(scan) !== JSON.stringify(oracle)) {
          expect({ seed, scan }).toEqual({ seed, scan: oracle });
        }
        if (!('model' in scan))
          throw new Error(`seed ${seed} was refused: ${JSON.stringify(scan)}`);
        // The document is the first part the byte path scans after the styles and numbering.
        if (spy.mock.results.some((x) => x.value !== undefined)) plainFast++;
      }
      // Of the mutated documents: read through the fast path, or left to the general scanner.
      let fastRead = 0;
      let leftAccepted = 0;
      let leftRefused = 0;
      for (let seed = 1; seed <= 3000; seed++) {
        const r = rng(seed * 104729);
        const parts = generated(seed, true);
        const document = mutate(parts.document, r);
        if (LONE_SURROGATE.test(document)) continue;
        spy.mockClear();
        const { scan, oracle } = both(document, parts);
        if (JSON.stringify(scan) !== JSON.stringify(oracle)) {
          expect({ seed, document, scan }).toEqual({ seed, document, scan: oracle });
        }
        const latin1 = Buffer.from(document, 'utf8').toString('latin1');
        const call = spy.mock.calls.findIndex((args) => args[1] === latin1);
        if (call >= 0 && spy.mock.results[call].value !== undefined) {
          // Taken by the fast path: then the general scanner and saxes read it too.
          expect('model' in scan).toBe(true);
          fastRead++;
        } else if ('model' in scan) leftAccepted++;
        else leftRefused++;
      }
      // Most plain documents take the fast path; mutations exercise both of its outcomes, and
      // well-formed mutations it leaves (a comment, a reference) are read by the general scanner.
      expect(plainFast).toBe(1000);
      expect(fastRead).toBeGreaterThan(500);
      expect(leftRefused).toBeGreaterThan(1000);
      expect(leftAccepted).toBeGreaterThan(100);
    }
  });

  // saxes reads a high surrogate and whatever follows as one code point, so "\uD842<" swallows
  // the "<" and the markup after it changes meaning. A lone surrogate is no character: the
  // scanner refuses the part, as the XML specification requires.
  it('refuses a lone surrogate, which saxes took with the next character', () => {
    const doc = (t: string): string =>
      `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:body></w:document>`;
    expect(both(doc('\uD842a')).scan).toEqual({ error: 'malformed' });
    expect(both(doc('a\uDFB7')).scan).toEqual({ error: 'malformed' });
    expect(both(doc('\uD842a')).oracle).toHaveProperty('model');
    const pair = both(doc('\uD842\uDFB7'));
    expect(pair.scan).toEqual(pair.oracle);
    expect(pair.scan).toHaveProperty('model.paragraphs.0.text', '\uD842\uDFB7');
  });

  it('agrees on UTF-16 parts, as decoded by xml-text', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const parts = generated(seed);
      const document = decodeXml(
        utf16(
          parts.document.replace(/^\ufeff/, '').replace('encoding="UTF-8"', 'encoding="UTF-16"'),
          seed % 2 === 0,
        ),
      );
      const styles = decodeXml(utf16(parts.styles, seed % 3 === 0));
      const { scan, oracle } = both(document, { styles, numbering: parts.numbering });
      expect(scan).toEqual(oracle);
      expect('model' in scan).toBe(true);
    }
  });
});

describe('the byte path = the text path', () => {
  it('ran on the documents above, as bytes', () => {
    expect(bytePathRuns).toBeGreaterThan(4000);
    expect(typeof asBytes(generated(1).document)).toBe('object');
  });

  it('reads invalid UTF-8, byte order marks and UTF-16 as the text path does', () => {
    const doc = (t: string): string =>
      `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:body></w:document>`;
    const utf8 = (s: string): number[] => [...Buffer.from(s, 'utf8')];
    const cases: number[][] = [
      // A lone continuation byte, a truncated sequence, an encoded surrogate, an overlong "<".
      [...utf8(doc('a')).slice(0, -30), 0x80, ...utf8(doc('a')).slice(-30)],
      utf8(doc('\u0001')).map((b) => (b === 1 ? 0xe4 : b)),
      utf8(doc('\u0001')).flatMap((b) => (b === 1 ? [0xed, 0xa0, 0x80] : [b])),
      utf8(doc('\u0001')).flatMap((b) => (b === 1 ? [0xc0, 0xbc] : [b])),
      [0xef, 0xbb, 0xbf, ...utf8(doc('甲'))],
      [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...utf8(doc('甲'))],
      [...utf16(doc('甲𠮷'), true)],
      [...utf16(doc('甲𠮷'), false)],
    ];
    for (const bytes of cases) {
      const data = new Uint8Array(bytes);
      const text = decodeXml(data);
      const viaPart = outcome(() => parseDocumentXml(xmlPart(data)));
      expect(viaPart).toEqual(outcome(() => parseDocumentXml(text)));
    }
    // Valid UTF-8 is scanned as bytes; the rest as text.
    expect(cases.map((b) => typeof xmlPart(new Uint8Array(b)))).toEqual([
      'string',
      'string',
      'string',
      'string',
      'object',
      'string',
      'string',
      'string',
    ]);
  });

  it('gives every paragraph and cell the offsets of the decoded text', () => {
    const xml = EDGES.find(([name]) => name === 'non-ascii everywhere')?.[1] ?? '';
    const part = asBytes(xml);
    if (part === undefined || typeof part === 'string') throw new Error('not bytes');
    const model = parseDocumentXml(part);
    expect(model.paragraphs.map((p) => xml.slice(p.src?.start, p.src?.end).slice(0, 6))).toEqual([
      '<w:p 属',
      '<w:p><',
    ]);
    expect(model.paragraphs.map((p) => p.text)).toEqual(['甲乙𠮷丙', '后']);
    const cell = model.tables[0].rows[0].cells[0];
    expect(xml.slice(cell.src?.start, cell.src?.end)).toBe(
      '<w:tc><w:p><w:r><w:t>格𠮷</w:t></w:r></w:p></w:tc>',
    );
  });
});

describe('the oracle stays a test', () => {
  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return sources(full);
      return /\.tsx?$/.test(name) ? [full] : [];
    });
  }

  it('no product module imports saxes or the oracle', () => {
    const src = path.resolve(__dirname, '../../../src');
    const importers = sources(src).filter((file) =>
      /from '(?:saxes|[^']*oracle[^']*)'/.test(readFileSync(file, 'utf8')),
    );
    expect(importers).toEqual([]);
  });
});
