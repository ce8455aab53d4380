// A paragraph's prose as the prose rules read it: folded once, and its counts, years, sentences
// and clauses found once, on first use. The quantity reading (the solving stage's statements) and
// year-mismatch read the same paragraphs of 一…四 the same way.

import type { Report, ReportParagraph } from '../../report';
import { countsInFolded, yearsInFolded, type CountMention, type YearMention } from './numbers';
import { proseText } from './paragraphs';
import {
  clauseAt,
  clauseBounds,
  CLAUSE_FIELDS,
  foldWidth,
  splitSentences,
  type Clause,
  type Span,
} from './text';

export class ProseReading {
  /** The text with full-width digits, % and spaces folded (foldWidth): offsets are the text's. */
  readonly folded: string;
  private countsRead?: CountMention[];
  private yearsRead?: YearMention[];
  private sentencesRead?: Span[];
  private clausesRead?: Clause[];
  private boundsRead?: number[];
  /** Clauses made one by one (clause()), kept so that each is one object. */
  private clauseMade?: Clause[];

  constructor(readonly text: string) {
    this.folded = foldWidth(text);
  }

  /** Every count, in text order (countsInFolded). Shared: callers do not change it. */
  counts(): readonly CountMention[] {
    return (this.countsRead ??= countsInFolded(this.folded));
  }

  /** Every year, in text order (yearsInFolded). */
  years(): readonly YearMention[] {
    return (this.yearsRead ??= yearsInFolded(this.folded));
  }

  sentences(): readonly Span[] {
    return (this.sentencesRead ??= splitSentences(this.folded));
  }

  clauses(): readonly Clause[] {
    if (this.clausesRead) return this.clausesRead;
    const bounds = this.clauseBounds();
    const out: Clause[] = [];
    for (let i = 0; i < bounds.length / CLAUSE_FIELDS; i++) out.push(this.clause(i));
    return (this.clausesRead = out);
  }

  /** The clauses as offsets (clauseBounds): CLAUSE_FIELDS numbers per clause. */
  clauseBounds(): readonly number[] {
    return (this.boundsRead ??= clauseBounds(this.folded, this.sentences()));
  }

  /** The clause at `index` of clauseBounds(), the same object on every call. */
  clause(index: number): Clause {
    if (this.clausesRead) return this.clausesRead[index];
    const made = (this.clauseMade ??= []);
    return (made[index] ??= clauseAt(this.folded, this.clauseBounds(), index));
  }
}

// Per recognised report, by its paragraph, checked against the paragraph's text (a test may edit it).
const readings = new WeakMap<Report, Map<ReportParagraph, ProseReading>>();

/** The reading of a report paragraph's prose (`proseText`), made once per report and paragraph. */
export function proseReading(report: Report, p: ReportParagraph): ProseReading {
  let of = readings.get(report);
  if (!of) readings.set(report, (of = new Map()));
  return readingIn(of, p, true);
}

/**
 * A reader of the report's paragraphs that keeps nothing new: the reading kept (the quantity
 * reading's paragraphs), else a new one (a report of 400 paragraphs is not worth one kept each).
 */
export function keptReadings(report: Report): (p: ReportParagraph) => ProseReading {
  const of = readings.get(report);
  return (p) => (of ? readingIn(of, p, false) : new ProseReading(proseText(p)));
}

function readingIn(
  of: Map<ReportParagraph, ProseReading>,
  p: ReportParagraph,
  keep: boolean,
): ProseReading {
  const text = proseText(p);
  const known = of.get(p);
  if (known && known.text === text) return known;
  const reading = new ProseReading(text);
  if (keep) of.set(p, reading);
  return reading;
}
