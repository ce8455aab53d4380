// The report's prose, as the prose rules read it: paragraphs outside tables, without section
// headings and the title (their years and numbers are checked by the structural rules).

import type { FormatVersion, SectionKey } from '../../format';
import { versionForYear } from '../../format';
import { LIMITS } from '../../limits';
import type { Report, ReportParagraph } from '../../report';

const NOT_SPACE = /\S/;

/** The prose paragraphs lying in the given sections (`null`: before 一). */
export function proseParagraphs(
  report: Report,
  sections: ReadonlyArray<SectionKey | null>,
): ReportParagraph[] {
  return report.paragraphs.filter(
    (p) =>
      !p.heading &&
      p.index !== report.title?.paragraph &&
      // Not blank (what trim() would leave), without a trimmed copy of every paragraph.
      NOT_SPACE.test(p.text) &&
      sections.includes(p.section),
  );
}

/** The version the report's tables follow: as recognised, else the one its year requires. */
export function reportVersion(report: Report): FormatVersion | null {
  if (report.formatVersion !== null) return report.formatVersion;
  return report.year !== null ? versionForYear(report.year) : null;
}

/**
 * The part of a paragraph the prose rules read: at most LIMITS.paragraphMaxText characters, the
 * reader's clamp (a model from elsewhere is clamped here the same way; prose-too-long says so).
 */
export function proseText(p: ReportParagraph): string {
  return p.text.length > LIMITS.paragraphMaxText
    ? p.text.slice(0, LIMITS.paragraphMaxText)
    : p.text;
}
