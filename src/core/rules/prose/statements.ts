// What the prose states about the tables' cells, read once per report: the quantity rules
// (text-table-mismatch, text-percent-mismatch) and the solving stage all read the same mentions.

import type { CellKeyRef } from '../../finding';
import type { Report, ReportParagraph } from '../../report';
import { proseParagraphs, reportVersion } from './paragraphs';
import { proseReading } from './reading';
import { readQuantities, type QuantityMention } from './quantities';

export interface ParagraphQuantities {
  paragraph: ReportParagraph;
  /** The text the mentions' offsets refer to (the paragraph, cut at the prose limit). */
  text: string;
  mentions: QuantityMention[];
}

const cache = new WeakMap<Report, ParagraphQuantities[]>();

/**
 * The counts the overview (and a preface before it, 三 and 四) states: reports restate the tables'
 * numbers there; the prose of 五 and 六 speaks of plans and fees.
 */
export function quantityMentions(report: Report): ParagraphQuantities[] {
  const known = cache.get(report);
  if (known) return known;
  const version = reportVersion(report);
  const out = proseParagraphs(report, [null, 's1', 's3', 's4']).map((paragraph) => {
    const read = proseReading(report, paragraph);
    const mentions = readQuantities(read, { version, year: report.year });
    return { paragraph, text: read.text, mentions };
  });
  cache.set(report, out);
  return out;
}

export interface ProseStatement {
  value: number;
  /** The readings: the sum of any one of these sets of cells may be what the prose means. */
  alternatives: CellKeyRef[][];
}

/** The counts the prose states about 表三 and 表四, for the solving stage to weigh. */
export function proseStatements(report: Report): ProseStatement[] {
  const out: ProseStatement[] = [];
  for (const { mentions } of quantityMentions(report)) {
    for (const m of mentions) {
      const alternatives = m.alternatives
        .map((a) => a.cells)
        .filter((cells) => cells.every((c) => c.table === 'requests' || c.table === 'appeals'));
      if (alternatives.length > 0) out.push({ value: m.value, alternatives });
    }
  }
  return out;
}
