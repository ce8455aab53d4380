// A readable .docx that is not an annual report (a 会议纪要, a letter): listed as such, never as 通过.

import type { Report } from '../core/report';

export const NOT_A_REPORT =
  '不是年报：未找到政府信息公开工作年度报告的标题、章节或表格，未检查。如确为年报，请核对标题和章节名称。';

/** The engine found the report's title, one of its sections or one of its tables. */
export function isAnnualReport(report: Report): boolean {
  return (
    report.title !== undefined ||
    report.sections.some((s) => s.found) ||
    Object.keys(report.tables).length > 0
  );
}
