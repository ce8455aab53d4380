import { isReport } from '../recognize';
import type { Rule } from './rule';

/** The title should name the year the statistics cover. */
export const titleYear: Rule = {
  meta: { id: 'title-year', severity: 'warning', description: '标题年度缺失或与统计期限不符' },
  check({ report }) {
    if (!isReport(report)) return [];
    const base = {
      rule: 'title-year' as const,
      severity: 'warning' as const,
      section: 's1' as const,
    };
    const from = report.periodYear ? '统计期限' : '正文';
    if (!report.title) {
      return [{ ...base, message: '未找到报告标题（“××××年政府信息公开工作年度报告”）' }];
    }
    const p = { paragraph: report.title.paragraph, quote: report.title.text };
    if (report.titleYear === null) {
      const known = report.year ? `（据${from}为 ${report.year} 年）` : '';
      return [
        {
          ...base,
          ...p,
          message: `标题“${report.title.text}”未写明年度${known}`,
          ...(report.year ? { expected: String(report.year) } : {}),
          actual: '',
        },
      ];
    }
    if (report.periodYear && report.titleYear !== report.periodYear) {
      return [
        {
          ...base,
          ...p,
          message: `标题写的是 ${report.titleYear} 年，统计期限是 ${report.periodYear} 年`,
          expected: String(report.periodYear),
          actual: String(report.titleYear),
        },
      ];
    }
    return [];
  },
};
