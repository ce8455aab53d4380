// model → Report: the year, the format version the tables use, the six sections as written, the
// tables mapped onto canonical keys, and the prose with the section each paragraph lies in.

import type { DocModel } from '../model';
import type { Report, ReportParagraph } from '../report';
import { agencyName } from './agency';
import { scanSections } from './sections';
import { classifyTable, mapTables, tableCandidates } from './tables';
import { findYears, fold, stripSpaces } from './text';

export {
  recognizeAgency,
  AGENCY_NOT_FOUND,
  AGENCY_SOURCE_LABELS,
  type AgencyRecognition,
  type AgencySource,
} from './agency';
export { parseCell, formatNumber } from './numbers';
export { matchHeading } from './sections';
export { classifyTable } from './tables';
export { fold, normLabel, labelMatches, findYears } from './text';

const TITLE = /政府信息公开.*(年度报告|工作报告)|年度报告/;
const PERIOD = /统计期限.{0,6}?([0-9０-９]{4})\s*年\s*[1１]\s*月\s*[1１]\s*日/;

/** The year the prose speaks of most: a fallback when neither the title nor a period states it. */
function mostFrequentYear(texts: string[]): number | null {
  const counts = new Map<number, number>();
  for (const t of texts)
    for (const y of findYears(t)) counts.set(y.year, (counts.get(y.year) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && year < best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}

const REPORT_WORDS = /政府信息公开|信息公开工作年度报告|依申请公开/;

/**
 * Whether anything in the document looks like an annual report. A document that does not is
 * better told so than given six section-missing findings.
 */
export function isReport(report: Report): boolean {
  if (report.title || report.sections.some((s) => s.found)) return true;
  if (Object.keys(report.tables).length > 0) return true;
  // Recognition may miss a messy report's headings; its words still give it away.
  const { paragraphs, tables } = report.model;
  if (paragraphs.some((p) => REPORT_WORDS.test(p.text))) return true;
  return tables.some((t) => t.rows.some((r) => r.cells.some((c) => REPORT_WORDS.test(c.text))));
}

export function recognize(model: DocModel): Report {
  const scan = scanSections(model, classifyTable);
  const firstHeadingBlock = Math.min(
    ...scan.sections.filter((s) => s.found).map((s) => s.block ?? Infinity),
    model.blocks.length,
  );
  const firstHeadingParagraph = model.blocks
    .slice(0, firstHeadingBlock)
    .filter((b) => b.kind === 'paragraph').length;

  const front = model.paragraphs.slice(0, Math.max(firstHeadingParagraph, 0));
  const titlePara = front.find((p) => p.text.length <= 60 && TITLE.test(stripSpaces(fold(p.text))));
  const titleYear = titlePara ? (findYears(titlePara.text)[0]?.year ?? null) : null;

  let periodYear: number | null = null;
  for (const p of model.paragraphs) {
    const m = PERIOD.exec(p.text);
    if (m) {
      periodYear = Number(fold(m[1] ?? ''));
      break;
    }
  }

  const paragraphs: ReportParagraph[] = [];
  model.blocks.forEach((block, b) => {
    if (block.kind !== 'paragraph') return;
    paragraphs.push({
      index: block.index,
      text: block.text,
      section: scan.blockSection[b] ?? null,
      heading: scan.headingParagraphs.has(block.index),
    });
  });

  const textYear = mostFrequentYear(paragraphs.filter((p) => p.section).map((p) => p.text));
  const year = periodYear ?? titleYear ?? textYear;
  const yearFrom = periodYear ? 'period' : titleYear ? 'title' : textYear ? 'text' : null;

  const tables = mapTables(model);
  const formatVersion =
    tables.active?.version ?? (tables.requests ? tables.requests.version : null) ?? null;

  const report: Report = {
    model,
    year,
    yearFrom,
    titleYear,
    periodYear,
    formatVersion,
    sections: scan.sections,
    tables,
    paragraphs,
  };
  const candidates = tableCandidates(model, tables);
  if (Object.keys(candidates).length > 0) report.tableCandidates = candidates;
  if (titlePara) {
    report.title = { paragraph: titlePara.index, text: titlePara.text.trim() };
  }
  const agency = agencyName(report);
  if (agency) report.agency = agency;
  return report;
}
