// Which agency a report is by. The title often leaves it out ("2020年政府信息公开工作年度报告"), so
// it is looked for where reports name it: the title or a line beside it, the first sentences
// ("本报告由XX编制", "现向社会公布XX2020年…", "2020年，XX坚持…"), the signature above the closing
// date, and the file's name. Every text looked at is a bounded slice of a paragraph.

import type { Report, ReportParagraph } from '../report';
import { fold, stripSpaces } from './text';

export type AgencySource = 'title' | 'title-line' | 'first-sentence' | 'signature' | 'file-name';

export interface AgencyCandidate {
  name: string;
  source: AgencySource;
}

export interface AgencyRecognition extends AgencyCandidate {
  /** Every name found, one per source, in the order of preference (the first is `name`). */
  candidates: AgencyCandidate[];
}

/** Chinese, for saying where an agency was found ("据落款"). */
export const AGENCY_SOURCE_LABELS: Readonly<Record<AgencySource, string>> = {
  title: '标题',
  'title-line': '标题旁的机关名称',
  'first-sentence': '正文开头',
  signature: '落款',
  'file-name': '文件名',
};

/** Chinese, for a report whose agency is not found anywhere. */
export const AGENCY_NOT_FOUND = '标题、正文开头、落款和文件名中均未找到机关名称';

/** Longest agency name considered: longer runs are sentences, not names. */
const MAX_NAME = 30;
/** Characters of a paragraph looked at for a first sentence. */
const HEAD_CHARS = 160;
/** Non-empty paragraphs at the end of the report searched for the signature. */
const SIGNATURE_LINES = 6;

/** Words an agency's name ends with ("…局", "…人民政府办公室", "…街道办事处"). */
const SUFFIX =
  /(?:人民政府办公室|人民政府|办公室|委员会|办事处|管理局|管理委员会|政府|局|委|办|厅|署|院|中心|街道|镇|乡|公司|集团|站|所|馆|部|处|队|会)/;
/** A name: letters of a name (no punctuation, digits or spaces) ending with a suffix. */
const NAME = new RegExp(`^[\\p{Script=Han}（）()]{1,${MAX_NAME - 1}}?${SUFFIX.source}`, 'u');
/** Only a name, nothing else (a line of the signature or beside the title). */
const WHOLE_NAME = new RegExp(`^[\\p{Script=Han}（）()]{1,${MAX_NAME - 1}}${SUFFIX.source}$`, 'u');
/** Words that say a line is a sentence or a heading, not a name. */
const NOT_NAME = /报告|根据|条例|总体情况|[。，；：]/;
/** A run that starts like this is a sentence going on ("在区委区政府领导下", "我局坚持…"). */
const NOT_START =
  /^(?:在|我|本|全|各|按照|根据|坚持|以|为|围绕|认真|紧紧|深入|通过|进一步|不断|持续)/;

const DATE =
  /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/;

/** The name at the start of `text`: the shortest run ending with a suffix, plus "办公室" after it. */
function nameAt(text: string): string | null {
  const m = NAME.exec(text.slice(0, MAX_NAME + 3));
  if (!m) return null;
  let name = m[0];
  if (text.startsWith('办公室', name.length) && !name.endsWith('办公室')) name += '办公室';
  return name.length >= 3 && !NOT_START.test(name) ? name : null;
}

function clean(text: string): string {
  return stripSpaces(fold(text.slice(0, HEAD_CHARS * 2))).slice(0, HEAD_CHARS);
}

function unbracket(text: string): string {
  return text.replace(/^[(（【[]+|[)）】\]]+$/g, '');
}

/** The title minus its year and "政府信息公开工作年度报告": what is left names the agency. */
function fromTitle(title: string): string | null {
  const rest = clean(title)
    .replace(/^\d{4}年度?/, '')
    .replace(/政府信息公开.*$/, '')
    .replace(/\d{4}年度?/, '');
  return rest.length >= 2 ? rest : null;
}

/** A short line just above or below the title that holds only a name ("（拱墅区政府办公室）"). */
function fromTitleLine(report: Report, firstHeading: number): string | null {
  const title = report.title?.paragraph;
  if (title === undefined) return null;
  const texts = report.model.paragraphs;
  for (const i of [title - 1, title + 1, title - 2, title + 2]) {
    if (i < 0 || i >= firstHeading || i >= texts.length) continue;
    const line = unbracket(clean(texts[i].text));
    if (line.length >= 2 && line.length <= MAX_NAME && !NOT_NAME.test(line)) return line;
  }
  return null;
}

/** Sentence patterns that name the agency, each followed by the name. */
const LEADS: readonly RegExp[] = [
  // "本报告由XX编制", "本年度报告是由XX根据…编制"
  /报告(?:是)?由/,
  // "现向社会公布XX2020年政府信息公开工作年度报告"
  /(?:向社会)?公布/,
  // "本报告是XX2020年…", "本报告为XX…"
  /本(?:年度)?报告(?:是|为)/,
];

/** The first sentences: the preface before 一 and the first paragraph of 一. */
function fromFirstSentences(report: Report): string | null {
  const preface: ReportParagraph[] = [];
  let overview: ReportParagraph | undefined;
  // Paragraphs before 一 (section null) all come before the first of 一, where the walk stops: a
  // long report's prose is not filtered whole for four paragraphs.
  for (const p of report.paragraphs) {
    if (p.heading || p.index === report.title?.paragraph || p.text.trim() === '') continue;
    if (p.section === null && preface.length < 3) preface.push(p);
    if (p.section === 's1') {
      overview = p;
      break;
    }
  }
  for (const p of overview ? [...preface, overview] : preface) {
    const text = clean(p.text);
    for (const lead of LEADS) {
      const m = lead.exec(text);
      if (!m) continue;
      const name = nameAt(text.slice((m.index ?? 0) + m[0].length));
      if (name) return name;
    }
    // "2020年，XX坚持…" / "2020年以来，XX…": the year opens the sentence, the agency follows.
    const opening = /^\d{4}年(?:度|以来)?[，,]/.exec(text);
    if (opening) {
      const name = nameAt(text.slice(opening[0].length));
      if (name) return name;
    }
  }
  return null;
}

/** The name line above the closing date ("舟山市定海区经济和信息化局 / 2021年1月8日"). */
function fromSignature(report: Report): string | null {
  const lines: string[] = [];
  const texts = report.model.paragraphs;
  for (let i = texts.length - 1; i >= 0 && lines.length < SIGNATURE_LINES; i--) {
    const line = clean(texts[i].text);
    if (line !== '') lines.push(line);
  }
  const date = lines.findIndex((l) => DATE.test(l));
  if (date < 0) return null;
  for (const line of lines.slice(date + 1, date + 3)) {
    const name = unbracket(line);
    if (WHOLE_NAME.test(name) && !NOT_NAME.test(name) && !NOT_START.test(name)) return name;
  }
  return null;
}

/** "杭州市下城区投资促进局2020年政府信息公开工作年度报告.docx", "02_区经信局年报.docx". */
function fromFileName(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const rest = clean(base.replace(/\.[A-Za-z]{3,4}$/, ''))
    .replace(/\d{4}年度?|\d{4}/g, '')
    .replace(/^[\d_\-.、]+/, '')
    .replace(/(?:政府信息公开|信息公开|年度报告|年报|工作报告).*$/, '')
    .replace(/[_\-—.【】[\]（）()]/g, '');
  if (WHOLE_NAME.test(rest) && !NOT_START.test(rest)) return rest;
  return nameAt(rest);
}

/** Where a name is looked for, in the order of preference, each read only when asked. */
function sources(report: Report, fileName?: string): Array<[AgencySource, () => string | null]> {
  const firstHeading = (): number =>
    Math.min(
      ...report.paragraphs.filter((p) => p.heading).map((p) => p.index),
      report.model.paragraphs.length,
    );
  return [
    ['title', () => (report.title ? fromTitle(report.title.text) : null)],
    ['title-line', () => fromTitleLine(report, firstHeading())],
    ['first-sentence', () => fromFirstSentences(report)],
    ['signature', () => fromSignature(report)],
    ['file-name', () => (fileName ? fromFileName(fileName) : null)],
  ];
}

/**
 * The report's agency, from the title, a line beside it, the first sentences, the signature or
 * the file name, in that order of preference; null when none names it.
 */
export function recognizeAgency(report: Report, fileName?: string): AgencyRecognition | null {
  const candidates = sources(report, fileName).flatMap(([source, find]) => {
    const name = find();
    return name ? [{ name, source }] : [];
  });
  if (candidates.length === 0) return null;
  return { ...candidates[0], candidates };
}

/** recognizeAgency's `name` alone: the sources after the first that names one are not read. */
export function agencyName(report: Report, fileName?: string): string | null {
  for (const [, find] of sources(report, fileName)) {
    const name = find();
    if (name) return name;
  }
  return null;
}
