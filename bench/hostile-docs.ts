// Hostile documents for the hostile-input bench: the reader's hostile files (test/hostile/make.ts:
// bombs, absurd spans, deep nesting…) and documents that stress how text grows (one huge
// paragraph, huge cells, thousands of paragraphs, long runs of what the prose regexes repeat).

import {
  cleanReport,
  fillerParagraph,
  reportToDocSpec,
  rng,
  type ReportSpec,
} from '../test/fixtures/report';
import { buildDocx, type DocSpec } from '../test/fixtures/spec';
import { HOSTILE_CASES, minimalDocx } from '../test/hostile/make';
import { NS_W } from '../src/core/ooxml/sax';

export interface HostileDocument {
  name: string;
  docx: Uint8Array;
  /** Last year's report, for the cross-year rules. */
  previous?: Uint8Array;
}

const MILLION = 1_000_000;

function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** A document.xml of `paragraphs` paragraphs of `length` 字 (3 bytes each), with one byte that is
 * not UTF-8 in the first: the reader's text path (decoded, U+FFFD), at its largest. */
function invalidUtf8Document(paragraphs: number, length: number): Uint8Array {
  const para = Buffer.from(`<w:p><w:r><w:t>${'字'.repeat(length)}</w:t></w:r></w:p>`);
  const bad = Buffer.from(para);
  bad[para.indexOf('<w:t>') + 5] = 0xff;
  return Buffer.concat([
    Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${NS_W}"><w:body>`),
    bad,
    ...Array.from({ length: paragraphs - 1 }, () => para),
    Buffer.from('</w:body></w:document>'),
  ]);
}

async function build(edit: (r: ReportSpec) => void, doc?: (d: DocSpec) => void): Promise<Buffer> {
  const spec = cleanReport(2021, 2021);
  edit(spec);
  const d = reportToDocSpec(spec);
  doc?.(d);
  return buildDocx(d);
}

export async function hostileDocuments(): Promise<HostileDocument[]> {
  const next = rng(7);
  const mine = Array.from({ length: 600 }, () => fillerParagraph(next));
  const last = Array.from({ length: 600 }, () => fillerParagraph(next));
  const reader: HostileDocument[] = HOSTILE_CASES.map((c) => ({
    name: c.description,
    docx: c.build(),
  }));
  return [
    ...reader,
    {
      name: 'document.xml of 60 MB with a byte that is not UTF-8 (read as text)',
      docx: minimalDocx('', { documentBytes: invalidUtf8Document(1_000, 20_000) }),
    },
    {
      name: 'one paragraph of 1,000,000 characters (counts, years, titles)',
      docx: await build((r) => {
        r.sections.s1 = [
          fill(
            '2019年受理政府信息公开申请1件，《2020年通知》予以公开及部分公开3件，占5%；',
            MILLION,
          ),
        ];
      }),
    },
    {
      name: 'one clause of 1,000,000 characters (no punctuation)',
      docx: await build((r) => {
        r.sections.s1 = [fill('受理政府信息公开申请1件办结申请2件', MILLION)];
      }),
    },
    {
      name: 'runs of spaces and filler (1,000,000 characters)',
      docx: await build((r) => {
        r.sections.s1 = [
          `5${' '.repeat(MILLION / 2)}x`,
          `依申请公开${fill('共计', MILLION / 2)}x1件`,
        ];
      }),
    },
    {
      name: '30 table cells of 100,000 characters',
      docx: await build(
        () => {},
        (d) => {
          const big = fill('受理申请1件2020年', 100_000);
          d.blocks.push({ table: { rows: Array.from({ length: 10 }, () => [big, big, big]) } });
        },
      ),
    },
    {
      name: '20,000 paragraphs in 一',
      docx: await build((r) => {
        r.sections.s1 = Array.from(
          { length: 20_000 },
          (_, i) => `第${i}项：受理政府信息公开申请${i}件。`,
        );
      }),
    },
    {
      name: '600 paragraphs in 五, against last year’s 600',
      docx: await build((r) => {
        r.sections.s5 = mine;
      }),
      previous: await build((r) => {
        r.year = 2020;
        r.sections.s5 = last;
      }),
    },
  ];
}
