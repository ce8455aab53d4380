// year-mismatch: a year in the prose that cannot belong to this report — later than the year the
// report is written in (Y + 1), or a statistic attributed in 一…四 to a year other than Y.

import type { Finding } from '../finding';
import type { SectionKey } from '../format';
import {
  findCounts,
  findYears,
  foldWidth,
  proseParagraphs,
  splitClauses,
  splitSentences,
} from './prose';
import type { Rule } from './rule';

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
const TITLE = /政府信息公开.{0,6}年度报告\s*$/;
/** A year may open its clause after these ("在2019年", "于2019年"). */
const OPENER = /^(?:在|于|其中|全年)?\s*$/;

export const yearMismatch: Rule = {
  meta: {
    id: 'year-mismatch',
    severity: 'warning',
    description: '正文中出现与报告年度不符的年份',
  },
  check({ report }) {
    const y = report.year;
    if (y === null) return [];
    const findings: Finding[] = [];
    for (const p of proseParagraphs(report, ALL)) {
      // A title the recogniser did not take for one: its year is title-year's finding.
      if (p.section === null && TITLE.test(p.text)) continue;
      const text = foldWidth(p.text);
      const years = findYears(text);
      if (years.length === 0) continue;
      const counts = findCounts(text);
      const sentences = splitSentences(text);
      const clauses = splitClauses(text);
      clauses.forEach((clause, ci) => {
        for (const year of years) {
          if (year.start < clause.start || year.start >= clause.end) continue;
          const before = text.slice(Math.max(clause.start, year.start - 3), year.start);
          const after = text.slice(year.end, year.end + 4);
          if (HORIZON_BEFORE.test(before) || HORIZON_AFTER.test(after)) continue;
          // "2023年，本机关被申请行政复议3件": a year standing alone as the sentence's opening
          // clause is the time of the clause that follows.
          const next = clauses[ci + 1];
          const alone = /^\s*年?\s*度?$/.test(text.slice(year.end, clause.end));
          const end = alone && next?.sentence === clause.sentence ? next.end : clause.end;
          const rest = text.slice(year.start, end);
          const since = SINCE_BEFORE.test(before) || SINCE_AFTER.test(after);
          let message: string | null = null;
          if (year.year > y + 1) {
            message = `正文中的“${year.year}年”晚于报告年度（${y}年）的次年，不可能属于本报告`;
          } else if (
            year.year !== y &&
            !since &&
            STATISTICS.has(p.section) &&
            OPENER.test(text.slice(clause.start, year.start)) &&
            counts.some((c) => c.start >= year.end && c.end <= end && !c.approx) &&
            !COMPARISON.test(sentences[clause.sentence].text) &&
            // Applications carried over from last year belong to this year's statistics.
            !(year.year === y - 1 && /结转/.test(rest))
          ) {
            message = `正文将统计数字归于${year.year}年，而本报告为${y}年度报告`;
          }
          if (message === null) continue;
          findings.push({
            rule: 'year-mismatch',
            severity: 'warning',
            message,
            section: p.section ?? 's1',
            expected: String(y),
            actual: String(year.year),
            paragraph: p.index,
            quote: p.text.slice(year.start, end),
          });
          // One finding per clause is enough to point the reader at it.
          break;
        }
      });
    }
    return findings;
  },
};
