// Counts in prose: a number with its measure word ("41件", "１０ 条", "零件"), and years ("2020年").

import { foldWidth } from './text';

/** Measure words that make a number a count of things. */
export const MEASURE_WORDS = [
  '人次',
  '件',
  '条',
  '次',
  '个',
  '项',
  '起',
  '宗',
  '例',
  '篇',
  '场',
  '份',
] as const;
export type MeasureWord = (typeof MEASURE_WORDS)[number];

export interface CountMention {
  value: number;
  unit: MeasureWord;
  /** Offsets into the text searched, from the number's first character to the measure word's end. */
  start: number;
  end: number;
  /** "约100件", "100余件", "100件以上": the writer gives no exact count. */
  approx: boolean;
}

const UNIT = MEASURE_WORDS.join('|');
// `\s*(?:(余|多)\s*)?` rather than `\s*(余|多)?\s*`: two adjacent `\s*` split a run of spaces in
// every possible way, which is quadratic in the run's length when no measure word follows.
const DIGITS = new RegExp(
  `(?<![\\d.])(?<!\\d,)(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d.])\\s*(?:(余|多)\\s*)?(${UNIT})`,
  'g',
);
// Chinese numerals are rare in reports' counts and common in set phrases ("一件事", "一条龙",
// "第一次"), so they are read only as "零" before any measure word, or a small number before 件.
const CHINESE = new RegExp(`([零〇一二两三四五六七八九十]{1,3})\\s*(${UNIT})`, 'g');
const DIGIT_VALUE: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 零 … 九十九 written in Chinese numerals; null for anything else. */
export function chineseNumber(s: string): number | null {
  if (s in DIGIT_VALUE) return DIGIT_VALUE[s];
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (!m) return null;
  return (m[1] ? DIGIT_VALUE[m[1]] : 1) * 10 + (m[2] ? DIGIT_VALUE[m[2]] : 0);
}

const ANY_DIGIT = /\d/;
const ANY_YEAR = /(?:19|20)\d{2}/;

const APPROX_BEFORE = /(?:约|近|逾|超|超过|将近|大约|接近)\s*$/;
const APPROX_AFTER = /^\s*(?:以上|左右|多)/;

function isUnit(s: string): s is MeasureWord {
  return (MEASURE_WORDS as readonly string[]).includes(s);
}

/** Every count in the text, in order. */
export function findCounts(text: string): CountMention[] {
  return countsInFolded(foldWidth(text));
}

/** findCounts on a text foldWidth has folded already (spares a scan of the paragraph). */
export function countsInFolded(folded: string): CountMention[] {
  const out: CountMention[] = [];
  // DIGITS opens with look-behinds, which make the regex try every position: most paragraphs
  // hold no digit at all, and a plain test finds that fast.
  // exec on the module's own expressions: matchAll would copy the expression on every call.
  DIGITS.lastIndex = 0;
  if (ANY_DIGIT.test(folded))
    for (let m = DIGITS.exec(folded); m !== null; m = DIGITS.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = folded.slice(Math.max(0, start - 4), start);
      // "第3次", "国务院令第711号" are ordinals, not counts.
      if (/第\s*$/.test(before)) continue;
      const unit = m[3];
      if (!isUnit(unit)) continue;
      out.push({
        value: Number(m[1].replace(/,/g, '')),
        unit,
        start,
        end,
        approx:
          m[2] !== undefined ||
          APPROX_BEFORE.test(before) ||
          APPROX_AFTER.test(folded.slice(end, end + 3)),
      });
    }
  CHINESE.lastIndex = 0;
  for (let m = CHINESE.exec(folded); m !== null; m = CHINESE.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    const unit = m[2];
    if (!isUnit(unit)) continue;
    const value = chineseNumber(m[1]);
    if (value === null) continue;
    if (value !== 0 && unit !== '件') continue;
    const prev = folded[start - 1] ?? '';
    // "第一件", "每一件", "同一件", "十三五" …: ordinals, distributives and part of a longer word.
    if (/[第每同逐单这那哪任零〇一二两三四五六七八九十百千万]/.test(prev)) continue;
    // "一件事（一次办）" is a slogan, not a count.
    if (folded[end] === '事') continue;
    out.push({
      value,
      unit,
      start,
      end,
      approx: APPROX_BEFORE.test(folded.slice(Math.max(0, start - 4), start)),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface YearMention {
  year: number;
  /** Offsets of the digits and 年 ("2020年", "2020 年度" up to 年). */
  start: number;
  end: number;
}

/** Positions covered by 《…》 titles: years there name a document, not a period. */
function titleRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《') {
      if (depth === 0) open = i;
      depth++;
    } else if (text[i] === '》' && depth > 0) {
      depth--;
      if (depth === 0) out.push([open, i + 1]);
    }
  }
  if (depth > 0) out.push([open, text.length]);
  return out;
}

const YEAR = /(?<![\d.])((?:19|20)\d{2})(?!\d)\s*年/g;

/** Four-digit years written "2020年" (not inside 《》, not part of a longer number). */
export function findYears(text: string): YearMention[] {
  return yearsInFolded(foldWidth(text));
}

/** findYears on a text foldWidth has folded already (spares a scan of the paragraph). */
export function yearsInFolded(folded: string): YearMention[] {
  // The year regex opens with a look-behind (slow to scan): most paragraphs name no year.
  if (!ANY_YEAR.test(folded)) return [];
  const titles = titleRanges(folded);
  const out: YearMention[] = [];
  // Years and titles both come in text order: one pass over each.
  let t = 0;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(folded); m !== null; m = YEAR.exec(folded)) {
    const start = m.index;
    while (t < titles.length && titles[t][1] <= start) t++;
    if (t < titles.length && start >= titles[t][0]) continue;
    out.push({ year: Number(m[1]), start, end: start + m[0].length });
  }
  return out;
}
