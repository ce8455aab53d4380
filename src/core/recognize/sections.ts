// Finding the six section headings, as written: plain paragraphs (often with Word numbering that
// turned "二、" into "2、"), and now and then a heading typed inside a table cell.

import { SECTIONS, type SectionKey } from '../format';
import type { CellAddress, DocModel } from '../model';
import type { SectionFound } from '../report';
import { fold, stripSpaces } from './text';

/** Phrases that identify each section's heading, all of which must appear. */
const SIGNATURES: Record<SectionKey, string[][]> = {
  s1: [['总体情况']],
  s2: [['主动公开政府信息']],
  s3: [['收到和处理政府信息公开申请'], ['收到', '处理', '公开申请情况']],
  s4: [['行政复议', '行政诉讼']],
  s5: [['存在的主要问题'], ['主要问题', '改进']],
  s6: [['其他需要报告'], ['其它需要报告']],
};

/** A heading's numbering: "一、", "2、", "5. ", "（二）", "(2)". */
const NUMBERING =
  /^\s*((?:[一二三四五六七八九十]+|\d+)\s*[、.．,，]|[（(]\s*(?:[一二三四五六七八九十]+|\d+)\s*[）)])\s*/;

export interface HeadingMatch {
  key: SectionKey;
  numbering: string;
  title: string;
}

/** Reads a line as one of the six headings, or null. Long lines and sentences are prose, not headings. */
export function matchHeading(line: string): HeadingMatch | null {
  const text = line.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
  if (!text || text.length > 40) return null;
  const m = NUMBERING.exec(text);
  const numbering = m ? stripSpaces(m[1] ?? '') : '';
  const title = (m ? text.slice(m[0].length) : text).trim();
  if (/[。；;]$/.test(title) || /[，,]/.test(title)) return null;
  // "（一）主动公开情况" under 一 is a sub-heading: bracketed numbering never opens a section.
  if (/^[（(]/.test(numbering)) return null;
  const compact = stripSpaces(fold(title));
  for (const def of SECTIONS) {
    const alts = SIGNATURES[def.key];
    if (alts.some((words) => words.every((w) => compact.includes(w)))) {
      // A title much longer than the official one is a sentence that happens to mention it.
      if (compact.length > def.title.length + 8) continue;
      return { key: def.key, numbering, title };
    }
  }
  return null;
}

export interface SectionScan {
  sections: SectionFound[];
  /** For each block of the model, the section it lies in (after its heading). */
  blockSection: (SectionKey | null)[];
  /** Paragraph indices (outside tables) that are section headings. */
  headingParagraphs: Set<number>;
}

export function scanSections(model: DocModel): SectionScan {
  const found = new Map<SectionKey, SectionFound>();
  const headingParagraphs = new Set<number>();
  // Where a section starts: the heading's block, and whether content after it in the same block belongs to it.
  const starts: { key: SectionKey; block: number }[] = [];

  model.blocks.forEach((block, b) => {
    if (block.kind === 'paragraph') {
      const full = (block.numText ?? '') + block.text;
      const hit = matchHeading(full);
      if (hit && !found.has(hit.key)) {
        found.set(hit.key, {
          key: hit.key,
          found: true,
          heading: full.trim(),
          numbering: hit.numbering,
          title: hit.title,
          paragraph: block.index,
          block: b,
        });
        headingParagraphs.add(block.index);
        starts.push({ key: hit.key, block: b });
      }
      return;
    }
    // A heading typed in a table cell (seen in real reports): only single-cell rows or a cell
    // that holds nothing but the heading.
    for (const row of block.rows) {
      for (const cell of row.cells) {
        if (cell.vMerge === 'continue') continue;
        const hit = matchHeading(cell.text.replace(/\n/g, ''));
        if (hit && !found.has(hit.key)) {
          const addr: CellAddress = { table: block.index, row: cell.row, cell: cell.cell };
          found.set(hit.key, {
            key: hit.key,
            found: true,
            heading: cell.text.trim(),
            numbering: hit.numbering,
            title: hit.title,
            cell: addr,
            block: b,
          });
          // Content after this table belongs to the section whose heading it holds.
          starts.push({ key: hit.key, block: b + 0.5 });
        }
      }
    }
  });

  const sections: SectionFound[] = SECTIONS.map(
    (def) => found.get(def.key) ?? { key: def.key, found: false },
  );
  starts.sort((a, b) => a.block - b.block);
  const blockSection: (SectionKey | null)[] = model.blocks.map((_, b) => {
    let current: SectionKey | null = null;
    for (const s of starts) if (s.block <= b) current = s.key;
    return current;
  });
  return { sections, blockSection, headingParagraphs };
}
