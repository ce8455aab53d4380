// Which table quantity a count in the prose speaks of (spec/rules.md, "How prose is read").
//
// A count is tied to a quantity only when the words right before it name that quantity
// ("共受理依申请公开41件", "提起行政诉讼0件"); anything looser is left alone, because a false
// finding costs the user more than a missed one. Each quantity lists the table values it may mean
// ("受理41件" is 一 or 一 + 二): the prose agrees with the table when it equals any of them.

import type { CellKeyRef } from '../../finding';
import { hasActiveColumn, requestsRows, type FormatVersion } from '../../format';
import type { CountMention, YearMention } from './numbers';
import { ProseReading } from './reading';
import { lowerBound } from './search';
import { CLAUSE_FIELDS, type Clause } from './text';

export type QuantityId =
  | 'received'
  | 'new'
  | 'carried'
  | 'handled'
  | 'granted'
  | 'granted_partial'
  | 'partial'
  | 'denied'
  | 'unavailable'
  | 'rejected'
  | 'other'
  | 'forward'
  | 'review'
  | 'suit'
  | 'normative';

/** One reading of a quantity: the sum of some cells. */
export interface Alternative {
  /** Chinese, for messages: what the cells are ("表三“本年新收”总计"). */
  label: string;
  cells: CellKeyRef[];
}

export interface QuantityMention {
  quantity: QuantityId;
  /** The count as the prose states it. */
  value: number;
  /** The clause holding the count (offsets into the paragraph). */
  clause: Clause;
  /** The count itself, offsets into the paragraph. */
  count: CountMention;
  /** The readings, the main one first. */
  alternatives: Alternative[];
  /** A share stated right after the count ("258件，占33.9%"). */
  share?: ShareMention;
}

export interface ShareMention {
  /** The percentage as written (33.9 for "33.9%"). */
  percent: number;
  /** Digits after the decimal point, as written. */
  decimals: number;
  /** Offset just after "%" in the paragraph. */
  end: number;
}

/** "，占33.9%", "（占比33.9%）", "、约占 12%", "占办结总数的45.7%": a share of the count before it. */
const SHARE =
  /^\s*([，,、（(])?\s*(?:约)?占(?:比|[^，。；%\d]{0,10}?的)?(?:为|达)?\s*(\d{1,3}(?:\.(\d{1,3}))?)\s*%/;
/** The most characters SHARE can span (its spaces aside). */
const SHARE_CHARS = 36;

function shareAfter(text: string, at: number): ShareMention | undefined {
  const m = SHARE.exec(text.slice(at, at + SHARE_CHARS));
  if (!m) return undefined;
  let end = at + m[0].length;
  // "（占3.26%）": the bracket closes with the share.
  if ((m[1] === '（' || m[1] === '(') && /[）)]/.test(text[end] ?? '')) end++;
  return { percent: Number(m[2]), decimals: m[3]?.length ?? 0, end };
}

export interface ReadOptions {
  /** The version of the report's tables (null when unknown: version-dependent rows are skipped). */
  version: FormatVersion | null;
  /** The report's year (null when unknown). */
  year: number | null;
}

// ---------- cells ----------

function req(row: string): CellKeyRef {
  return { table: 'requests', row, column: 'total' };
}

function reqRows(prefix: string, n: number): CellKeyRef[] {
  return Array.from({ length: n }, (_, i) => req(`${prefix}.${i + 1}`));
}

function otherRows(version: FormatVersion): CellKeyRef[] {
  const split = requestsRows(version).filter((d) => d.key.startsWith('other.'));
  return split.length > 0 ? split.map((d) => req(d.key)) : [req('other')];
}

const NEW: Alternative = { label: '表三“本年新收”总计', cells: [req('new')] };
const NEW_CARRIED: Alternative = {
  label: '“本年新收”与“上年结转”之和',
  cells: [req('new'), req('carried')],
};
const HANDLED: Alternative = { label: '表三“（七）总计”', cells: [req('total')] };
const GRANTED: Alternative = { label: '表三“（一）予以公开”总计', cells: [req('granted')] };
const GRANTED_PARTIAL: Alternative = {
  label: '表三“（一）予以公开”与“（二）部分公开”之和',
  cells: [req('granted'), req('partial')],
};

function active(row: string, column: string): CellKeyRef {
  return { table: 'active', row, column };
}

const NORMATIVE_COLUMNS: Record<string, string> = {
  made: '本年新制作数量',
  published: '本年新公开数量',
  total_published: '对外公开总数量',
  issued: '本年制发件数',
  repealed: '本年废止件数',
  in_force: '现行有效件数',
};

function normative(column: string): Alternative {
  return {
    label: `表二规范性文件“${NORMATIVE_COLUMNS[column]}”`,
    cells: [active('normative', column)],
  };
}

// ---------- matchers ----------

/** Filler between a quantity's words and its number: "共", "合计", "为", spaces… */
// No word here is two others joined ("共计" is 共 + 计), so the filler splits only one way and a
// run of it cannot make the regex backtrack exponentially.
const FILL = '(?:\\s|共|合计|总计|累计|计|为|了|达到|达|总数|件数|数量|数|的)*';
/** What was applied for: "政府信息公开申请", "依申请公开事项", "申请"… */
const REQ_OBJ =
  '(?:政府信息公开申请|信息公开申请|依申请公开(?:政府信息)?(?:申请|事项)?|公开申请|申请)';

/** Words of other kinds of cases that share the verbs (受理, 办结, 答复) with applications. */
const DISTRACTOR = /建议|提案|信访|投诉|举报|咨询|留言|来信|来电|热线|信箱|诉求|工单|12345/;
/**
 * The whole region's or all units' figures ("全区共受理…"): a government office's report often
 * gives them in the overview while its tables hold its own cases only.
 */
const OTHER_SCOPE =
  /全区|全市|全县|全省|全州|全盟|全旗|全镇|全乡|各级|各部门|各单位|各乡镇|各街道|所属/;
/** A part of the applications: by applicant, by channel, or "其中" some unit's. */
const PART = /其中|自然人|法人|企业|组织|个人|网上|当面|信函|邮寄|传真|电子邮件|网络/;
/** A change or a comparison, not a count of this year. */
const COMPARISON = /去年|同期|同比|较|相比|比上|增加|减少|增长|下降|上升|持平/;
/** Reasons within a result group ("因属于国家秘密不予公开1件"): a part, not the group. */
const REASON = /因|属于|由于|涉及|理由|情形|原因/;
/** About applications for disclosure. */
const ABOUT_REQUESTS = /申请/;
/**
 * About appeals that arose from disclosure, not every 行政复议 the agency handles: the sentence
 * names disclosure, or the agency is the respondent ("被申请行政复议") — an agency that decides
 * 行政复议 cases (a 司法局) writes "办理/受理行政复议案件", never "被申请".
 */
const ABOUT_APPEALS =
  /信息公开|政务公开|依申请|公开申请|申请公开|因公开|被申请行政复议|被提起行政诉讼/;

interface MatchInput {
  version: FormatVersion | null;
  /** The last verb of NORMATIVE_VERB in the sentence before the count, outside 《titles》. */
  verb: () => string | null;
}

interface Matcher {
  quantity: QuantityId;
  /** Tested on the window: the clause from the previous count (or its start) up to this count. */
  pattern: RegExp;
  /** The window must not match this. */
  unless?: RegExp;
  /** The sentence up to the count must match this. */
  context?: RegExp;
  /**
   * The paragraph up to the count may match `context` instead: the result groups are named only
   * for applications, and "其中，予以公开及部分公开258件" follows the sentence that says 申请.
   */
  contextInParagraph?: boolean;
  alternatives(input: MatchInput): Alternative[] | null;
}

function fixed(...alts: Alternative[]): () => Alternative[] {
  return () => alts;
}

function group(label: string, cells: (version: FormatVersion) => CellKeyRef[]) {
  return ({ version }: MatchInput): Alternative[] | null =>
    version === null ? null : [{ label, cells: cells(version) }];
}

function end(body: string): RegExp {
  return new RegExp(`${body}${FILL}$`);
}

/** Verbs that say which 规范性文件 count is meant; the nearest one before the count decides. */
const NORMATIVE_VERB =
  /制发|制定|印发|出台|发布|新制作|制作|新公开|主动公开|公开|现行有效|废止|清理|审查|备案|审核|修订|修改|解读|评估|报送|征求|起草|梳理|宣传|汇编/g;

function normativeColumns(verb: string, version: FormatVersion): string[] {
  const made = /制发|制定|印发|出台|制作/.test(verb);
  // The 2019 表二 counts 规范性文件 made, newly published and published in all; 2021's issued,
  // repealed and in force.
  if (hasActiveColumn(version, 'made')) {
    if (made) return ['made'];
    if (verb === '发布') return ['made', 'published'];
    if (verb === '新公开') return ['published'];
    if (verb === '主动公开' || verb === '公开') return ['published', 'total_published'];
    return [];
  }
  if (made || verb === '发布') return ['issued'];
  if (/公开/.test(verb)) return ['issued', 'in_force'];
  if (verb === '现行有效') return ['in_force'];
  if (verb === '废止') return ['repealed'];
  return [];
}

const MATCHERS: readonly Matcher[] = [
  {
    quantity: 'carried',
    pattern: end(`(?:上年|上一年)度?结转(?:的|来)?${REQ_OBJ}?`),
    context: ABOUT_REQUESTS,
    alternatives: fixed({ label: '表三“上年结转”总计', cells: [req('carried')] }),
  },
  {
    quantity: 'forward',
    pattern: end(
      `(?<!上年|上一年|上年度|上一年度|\\d年|\\d年度)结转(?:至|到|入)?(?:下一?年度?|次年|明年|\\d{4}年度?)?(?:继续)?(?:办理|处理)?(?:的)?${REQ_OBJ}?`,
    ),
    context: ABOUT_REQUESTS,
    alternatives: fixed({ label: '表三“结转下年度继续办理”总计', cells: [req('forward')] }),
  },
  {
    quantity: 'new',
    pattern: end(`(?:本年度?|今年|全年|年内)?新收(?:到)?(?:的)?${REQ_OBJ}?`),
    context: ABOUT_REQUESTS,
    alternatives: fixed(NEW),
  },
  {
    quantity: 'handled',
    pattern: end(`(?:办结|答复)(?:了)?${REQ_OBJ}?`),
    // "受理并办结41件": received or handled, the writer does not say which.
    unless: new RegExp(`受理|收到|收办|接收|新收|${PART.source}`),
    context: ABOUT_REQUESTS,
    alternatives: fixed(HANDLED),
  },
  {
    quantity: 'granted_partial',
    pattern: end('予以公开(?:及|和|与|或|、)部分公开'),
    unless: REASON,
    context: ABOUT_REQUESTS,
    contextInParagraph: true,
    alternatives: fixed(GRANTED_PARTIAL),
  },
  {
    quantity: 'partial',
    pattern: end('(?<!及|和|与|或|、)部分公开'),
    unless: REASON,
    context: ABOUT_REQUESTS,
    contextInParagraph: true,
    alternatives: fixed({ label: '表三“（二）部分公开”总计', cells: [req('partial')] }),
  },
  {
    quantity: 'granted',
    pattern: end('(?<!不)予以公开'),
    unless: REASON,
    context: ABOUT_REQUESTS,
    contextInParagraph: true,
    alternatives: fixed(GRANTED, GRANTED_PARTIAL),
  },
  {
    quantity: 'denied',
    pattern: end('不予(?:以)?公开'),
    unless: REASON,
    context: ABOUT_REQUESTS,
    contextInParagraph: true,
    alternatives: group('表三“（三）不予公开”各项合计', () => reqRows('denied', 8)),
  },
  {
    quantity: 'unavailable',
    pattern: end('无法提供'),
    unless: REASON,
    context: ABOUT_REQUESTS,
    contextInParagraph: true,
    alternatives: group('表三“（四）无法提供”各项合计', () => reqRows('unavailable', 3)),
  },
  {
    quantity: 'rejected',
    pattern: end('不予处理'),
    unless: REASON,
    context: ABOUT_REQUESTS,
    contextInParagraph: true,
    alternatives: group('表三“（五）不予处理”各项合计', () => reqRows('rejected', 5)),
  },
  {
    quantity: 'other',
    pattern: end('其他处理'),
    unless: REASON,
    context: ABOUT_REQUESTS,
    contextInParagraph: true,
    alternatives: group('表三“（六）其他处理”合计', otherRows),
  },
  {
    quantity: 'review',
    pattern: end('行政复议(?:案件|案|申请)?'),
    // "行政复议和行政诉讼共1件" counts both.
    unless: /诉讼/,
    context: ABOUT_APPEALS,
    alternatives: fixed({
      label: '表四行政复议总计',
      cells: [{ table: 'appeals', row: 'review', column: 'total' }],
    }),
  },
  {
    quantity: 'suit',
    pattern: end('行政诉讼(?:案件|案)?'),
    unless: /复议(?!后)/,
    context: ABOUT_APPEALS,
    alternatives: fixed({
      label: '表四行政诉讼合计',
      cells: [
        { table: 'appeals', row: 'suit', column: 'total' },
        { table: 'appeals', row: 'suit_after_review', column: 'total' },
      ],
    }),
  },
  {
    quantity: 'received',
    pattern: end(
      `(?:受理|收到|收办|接收|接到|收悉)(?:[^，。；]{0,16}?)(?:${REQ_OBJ}|依申请公开)(?:事项)?`,
    ),
    // Other applications an agency receives (行政复议申请, 行政许可申请, 建议…), and parts.
    unless: new RegExp(
      `复议|诉讼|许可|审批|行政|建议|提案|信访|投诉|举报|咨询|留言|${PART.source}`,
    ),
    context: /公开/,
    alternatives: fixed(NEW, NEW_CARRIED),
  },
  {
    // "依申请公开41件" with no verb: received, or (when "办理") handled.
    quantity: 'received',
    pattern: end('依申请公开(?:事项|申请|政府信息)?'),
    alternatives: fixed(NEW, NEW_CARRIED, HANDLED),
  },
  {
    quantity: 'normative',
    pattern: end('(?:行政)?规范性文件'),
    // "规章和规范性文件共5件" is a sum; "规范性文件解读" ends otherwise and never gets here.
    unless: /规章|解读|政策/,
    alternatives({ version, verb: lastVerb }) {
      if (version === null) return null;
      const verb = lastVerb();
      if (verb === null) return null;
      const columns = normativeColumns(verb, version);
      return columns.length > 0 ? columns.map(normative) : null;
    },
  },
];

/** The measure words a count of applications, cases or documents is written with. */
const COUNT_UNITS = new Set(['件', '条', '个', '项', '起', '宗', '例']);

const ROW_LABEL = '信访举报投诉类';

// "信访举报投诉类申请" is a row of 表三 (不予处理), not a complaint.
function withoutRowLabels(text: string): string {
  // Rarely there: a plain search spares a replace over every paragraph and window.
  return text.includes(ROW_LABEL) ? mask(text, /信访举报投诉类/g) : text;
}

const RESPECTIVELY = /分别/;
const ENUMERATION = '、'.charCodeAt(0);

/** Where a pattern matches in the text: starts and ends of its leftmost non-overlapping matches. */
interface Spans {
  starts: number[];
  ends: number[];
}

const GLOBAL = new Map<RegExp, RegExp>();

/** The pattern with the g flag, compiled once per pattern rather than once per paragraph. */
function globalOf(pattern: RegExp): RegExp {
  let g = GLOBAL.get(pattern);
  if (!g) {
    const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
    GLOBAL.set(pattern, (g = new RegExp(pattern.source, flags)));
  }
  return g;
}

function spansOf(text: string, pattern: RegExp): Spans {
  const starts: number[] = [];
  const ends: number[] = [];
  // exec on the kept global expression: matchAll would copy it on every call.
  const g = globalOf(pattern);
  g.lastIndex = 0;
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    const start = m.index;
    starts.push(start);
    ends.push(start + Math.max(m[0].length, 1));
    // As matchAll does: an empty match moves the search on by one.
    if (m[0].length === 0) g.lastIndex++;
  }
  return { starts, ends };
}

/** True when a match lies wholly in [from, to). The matches do not overlap, so the first one after `from` ends first. */
function occursIn(spans: Spans, from: number, to: number): boolean {
  const i = lowerBound(spans.starts, from);
  return i < spans.starts.length && spans.ends[i] <= to;
}

/** The last match wholly in [from, to), as an index, or -1. */
function lastIn(spans: Spans, from: number, to: number): number {
  const i = lowerBound(spans.ends, to + 1) - 1;
  return i >= 0 && spans.starts[i] >= from ? i : -1;
}

/**
 * The matchers look only at the end of a window ("…受理申请共计" before "41件"), so they run on its
 * last characters: long enough for any matcher's words, its look-behind and the filler, and short
 * enough that no window makes a regex slow. Runs of spaces count as one.
 */
const WINDOW_TAIL = 64;

function windowTail(window: string): string {
  const collapsed = window.replace(/\s+/g, ' ');
  return collapsed.length > WINDOW_TAIL ? collapsed.slice(-WINDOW_TAIL) : collapsed;
}

/** A 《title》, or an unclosed 《 to the end. */
const TITLES = /《[^》]*》?/g;

/** Masks with equal-length filler, so offsets stay those of the paragraph. */
function mask(text: string, pattern: RegExp): string {
  return text.replace(pattern, (m) => '\u0000'.repeat(m.length));
}

/**
 * The table quantities a paragraph's prose states, with the counts it gives them. Linear in the
 * paragraph: what a count's sentence says before it (a distractor, a year, a verb) is looked up in
 * matches found once per paragraph, and the matchers run on a bounded tail of the window.
 */
export function readQuantities(
  paragraph: string | ProseReading,
  options: ReadOptions,
): QuantityMention[] {
  // A report's paragraphs come read (proseReading): year-mismatch reads the same ones.
  const read = typeof paragraph === 'string' ? new ProseReading(paragraph) : paragraph;
  const text = read.folded;
  const counts = read.counts();
  const out: QuantityMention[] = [];
  // Most paragraphs state no count: nothing else is worth building for them.
  if (counts.length === 0) return out;
  const countStarts = counts.map((c) => c.start);
  const sentences = read.sentences();
  const bounds = read.clauseBounds();

  // What a count's sentence says before it, found on the first count that asks (a paragraph's
  // counts are often all approximate or of other units).
  let years: readonly YearMention[] = [];
  let yearSpans: Spans | null = null;
  let distractors: Spans | null = null;
  let otherScope: Spans | null = null;
  let respectively: Spans | null = null;
  const contexts = new Map<RegExp, Spans>();
  // The verbs of the sentence last asked about, found once per sentence: counts come in text
  // order, so each sentence is searched once however many counts it holds.
  let verbSentence = -1;
  const verbs: Spans = { starts: [], ends: [] };
  const verbText: string[] = [];
  const lastVerb = (index: number, to: number): string | null => {
    const sentence = sentences[index];
    if (index !== verbSentence) {
      verbSentence = index;
      verbs.starts = [];
      verbs.ends = [];
      verbText.length = 0;
      // A sentence starts after a terminator and ends before one, neither of which a verb holds,
      // so no match of the whole text straddles its ends. A verb inside a 《title》
      // ("《关于加强行政规范性文件制定…的通知》") is not the writer's: no title straddles a sentence's
      // end either (its terminators are inside the title), so the sentence's titles are masked
      // alone.
      let within = text.slice(sentence.start, sentence.end);
      if (within.includes('《')) within = mask(within, TITLES);
      NORMATIVE_VERB.lastIndex = 0;
      for (let m = NORMATIVE_VERB.exec(within); m !== null; m = NORMATIVE_VERB.exec(within)) {
        verbs.starts.push(sentence.start + m.index);
        verbs.ends.push(sentence.start + m.index + m[0].length);
        verbText.push(m[0]);
      }
    }
    const i = lastIn(verbs, sentence.start, to);
    return i < 0 ? null : verbText[i];
  };
  const hasCount = (from: number, to: number): boolean => {
    for (let i = lowerBound(countStarts, from); i < counts.length && counts[i].start < to; i++) {
      if (counts[i].end <= to) return true;
    }
    return false;
  };

  for (let ci = 0, at = 0; at < bounds.length; ci++, at += CLAUSE_FIELDS) {
    const clauseStart = bounds[at];
    const clauseEnd = bounds[at + 1];
    let i = lowerBound(countStarts, clauseStart);
    // Most clauses hold no count.
    if (i >= counts.length || counts[i].start >= clauseEnd) continue;
    const sentenceIndex = bounds[at + 2];
    const sentence = sentences[sentenceIndex];
    // "行政复议、行政诉讼共3件": the count may cover every item of the enumeration.
    const enumerated =
      bounds[at + 3] === ENUMERATION && ci > 0 && !hasCount(bounds[at - 4], bounds[at - 3]);
    if (enumerated) continue;

    let from = clauseStart;
    for (; i < counts.length && counts[i].start < clauseEnd; i++) {
      const count = counts[i];
      if (count.end > clauseEnd) continue;
      const windowFrom = from;
      from = count.end;
      if (count.approx || !COUNT_UNITS.has(count.unit)) continue;
      distractors ??= spansOf(withoutRowLabels(text), DISTRACTOR);
      if (occursIn(distractors, sentence.start, count.start)) continue;
      otherScope ??= spansOf(text, OTHER_SCOPE);
      if (occursIn(otherScope, sentence.start, count.start)) continue;
      respectively ??= spansOf(text, RESPECTIVELY);
      if (occursIn(respectively, sentence.start, sentence.end)) continue;
      const window = text.slice(windowFrom, count.start).trim();
      if (COMPARISON.test(window)) continue;
      // A count given for an earlier year ("2019年，受理申请30件") is not this report's.
      if (!yearSpans) {
        years = read.years();
        yearSpans = { starts: years.map((y) => y.start), ends: years.map((y) => y.end) };
      }
      const y = lastIn(yearSpans, sentence.start, count.start);
      const lastYear = y < 0 ? null : years[y].year;
      if (options.year !== null && lastYear !== null && lastYear < options.year) continue;

      const tail = windowTail(window);
      let matcher: Matcher | undefined;
      for (const m of MATCHERS) {
        if (m.pattern.test(tail)) {
          matcher = m;
          break;
        }
      }
      if (!matcher) continue;
      if (matcher.quantity !== 'carried' && /上年|上一年/.test(window)) continue;
      if (matcher.unless?.test(withoutRowLabels(window))) continue;
      const contextFrom = matcher.contextInParagraph ? 0 : sentence.start;
      if (matcher.context) {
        let spans = contexts.get(matcher.context);
        if (!spans) contexts.set(matcher.context, (spans = spansOf(text, matcher.context)));
        if (!occursIn(spans, contextFrom, count.start)) continue;
      }
      const alternatives = matcher.alternatives({
        version: options.version,
        verb: () => lastVerb(sentenceIndex, count.start),
      });
      if (!alternatives || alternatives.length === 0) continue;
      const share = shareAfter(text, count.end);
      out.push({
        quantity: matcher.quantity,
        value: count.value,
        clause: read.clause(ci),
        count,
        alternatives,
        ...(share ? { share } : {}),
      });
    }
  }
  return out;
}
