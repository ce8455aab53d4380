// year-mismatch: a year in the prose that cannot belong to this report — later than the year the
// report is written in (Y + 1), or a statistic attributed in 一…四 to a year other than Y.

import type { SectionKey } from '../format';
import {
  boundedQuote,
  CLAUSE_FIELDS,
  lowerBound,
  proseParagraphs,
  keptReadings,
  type CountMention,
  type YearMention,
  type Span,
} from './prose';
import { defineRule } from './rule';

const ALL: ReadonlyArray<SectionKey | null> = [null, 's1', 's2', 's3', 's4', 's5', 's6'];
const STATISTICS = new Set<SectionKey | null>(['s1', 's2', 's3', 's4']);

/** "到2025年", "2021-2025年", "截至2021年": a plan's horizon or a range's end. */
const HORIZON_BEFORE = /(?:到|至|迄|截至|截止|[-—–~～])\s*$/;
/** "2025年前", "2035年远景目标": a deadline or a plan's horizon. */
const HORIZON_AFTER = /^(?:度)?(?:前|底前|以前|之前|远景)/;
/** "自2019年以来累计公开…": a running total that starts in an earlier year. */
const SINCE_BEFORE = /(?:自|从)\s*$/;
const SINCE_AFTER = /^(?:度)?(?:以来|来)/;
/** The sentence compares years, so a count for another year there is expected. */
const COMPARISON = /同比|较|相比|比上|上年|去年|增加|减少|增长|下降|上升|持平|分别/;
const TITLE = /政府信息公开.{0,6}年度报告$/;
const ANY_DIGIT = /[0-9\uFF10-\uFF19]/;
/** A year may open its clause after these ("在2019年", "于2019年"). */
const OPENERS = new Set(['', '在', '于', '其中', '全年']);

function isSpace(c: string | undefined): boolean {
  return c !== undefined && /\s/.test(c);
}

/** A title line ends with "政府信息公开…年度报告": tested on its last characters only. */
function isTitleLine(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1])) end--;
  return TITLE.test(text.slice(Math.max(0, end - 20), end));
}

/** Only an opener word and spaces lie between the clause's start and the year. */
function opensClause(text: string, clauseStart: number, yearStart: number): boolean {
  let end = yearStart;
  while (end > clauseStart && isSpace(text[end - 1])) end--;
  return end - clauseStart <= 2 && OPENERS.has(text.slice(clauseStart, end));
}

/** Nothing but "年", "度" and spaces follow the year to the clause's end ("2023年度，…"). */
function standsAlone(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpace(text[i])) i++;
  if (text[i] === '年') i++;
  while (i < to && isSpace(text[i])) i++;
  if (text[i] === '度') i++;
  return i >= to;
}

/** The exact counts of a paragraph and where each starts, in text order. */
interface ExactCounts {
  counts: readonly CountMention[];
  starts: readonly number[];
}

function exactCounts(all: readonly CountMention[]): ExactCounts {
  const counts = all.filter((c) => !c.approx);
  return { counts, starts: counts.map((c) => c.start) };
}

/** Counts sorted and disjoint: the first starting at or after `from` is the first to end. */
function hasExactCount(exact: ExactCounts, from: number, to: number): boolean {
  const i = lowerBound(exact.starts, from);
  return i < exact.counts.length && exact.counts[i].end <= to;
}

function carriedAt(text: string): number[] {
  return [...text.matchAll(/结转/g)].map((m) => m.index ?? 0);
}

/** Whether the sentence compares years (remembered per sentence). */
function comparing(known: Map<number, boolean>, sentences: readonly Span[], s: number): boolean {
  let v = known.get(s);
  if (v === undefined) known.set(s, (v = COMPARISON.test(sentences[s].text)));
  return v;
}

/** Some occurrence (of the given length) lies wholly in [from, to). */
function occursBetween(
  starts: readonly number[],
  length: number,
  from: number,
  to: number,
): boolean {
  const i = lowerBound(starts, from);
  return i < starts.length && starts[i] + length <= to;
}

export const yearMismatch = defineRule({
  id: 'year-mismatch',
  severity: 'warning',
  title: { zh: '正文年份不符', en: 'Year' },
  description: '正文中出现与报告年度不符的年份',
  fix: 'none',
  check({ doc, report }) {
    const y = doc.year;
    if (y === null) return;
    // The paragraphs of 一…四 come read already by the quantity reading (the solving stage's).
    const reading = keptReadings(doc);
    for (const p of proseParagraphs(doc, ALL)) {
      // A year needs 年 and digits, ASCII or full-width (what foldWidth folds to ASCII): most
      // paragraphs lack one or the other, and a scan rules them out before any reading.
      if (!p.text.includes('年') || !ANY_DIGIT.test(p.text)) continue;
      const read = reading(p);
      const original = read.text;
      // A title the recogniser did not take for one: its year is title-year's finding.
      if (p.section === null && isTitleLine(original)) continue;
      const text = read.folded;
      const years = read.years();
      // Only a year other than the report's is ever reported: most paragraphs name that one alone,
      // and need no sentences or clauses.
      if (years.every((yr) => yr.year === y)) continue;
      // Exact counts in text order, where 结转 is said, and which sentences compare: looked up per
      // year, not rescanned, and found only for a year that is not the report's (most are).
      let exact: ExactCounts | null = null;
      let carried: number[] | null = null;
      let compares: Map<number, boolean> | null = null;
      const sentences = read.sentences();
      // The clauses as offsets: a clause is start, end, sentence (CLAUSE_FIELDS numbers).
      const bounds = read.clauseBounds();
      let first = 0;
      for (let at = 0; at < bounds.length; at += CLAUSE_FIELDS) {
        const clauseStart = bounds[at];
        const clauseEnd = bounds[at + 1];
        const sentence = bounds[at + 2];
        while (first < years.length && years[first].start < clauseStart) first++;
        for (let yi = first; yi < years.length && years[yi].start < clauseEnd; yi++) {
          const year: YearMention = years[yi];
          if (year.year === y) continue;
          const before = text.slice(Math.max(clauseStart, year.start - 3), year.start);
          const after = text.slice(year.end, year.end + 4);
          if (HORIZON_BEFORE.test(before) || HORIZON_AFTER.test(after)) continue;
          // "2023年，本机关被申请行政复议3件": a year standing alone as the sentence's opening
          // clause is the time of the clause that follows.
          const next = at + CLAUSE_FIELDS;
          const alone = standsAlone(text, year.end, clauseEnd);
          const end =
            alone && next < bounds.length && bounds[next + 2] === sentence
              ? bounds[next + 1]
              : clauseEnd;
          const since = SINCE_BEFORE.test(before) || SINCE_AFTER.test(after);
          let message: string | null = null;
          if (year.year > y + 1) {
            message = `正文中的“${year.year}年”晚于报告年度（${y}年）的次年，不可能属于本报告`;
          } else if (
            year.year !== y &&
            !since &&
            STATISTICS.has(p.section) &&
            opensClause(text, clauseStart, year.start) &&
            hasExactCount((exact ??= exactCounts(read.counts())), year.end, end) &&
            !comparing((compares ??= new Map()), sentences, sentence) &&
            // Applications carried over from last year belong to this year's statistics.
            !(
              year.year === y - 1 &&
              occursBetween((carried ??= carriedAt(text)), 2, year.start, end)
            )
          ) {
            message = `正文将统计数字归于${year.year}年，而本报告为${y}年度报告`;
          }
          if (message === null) continue;
          report({
            message,
            section: p.section ?? 's1',
            expected: String(y),
            actual: String(year.year),
            paragraph: p.index,
            quote: boundedQuote(original, year.start, end),
          });
          // One finding per clause is enough to point the reader at it.
          break;
        }
      }
    }
  },
});
