import { versionForYear } from '../format';
import type { Rule } from './rule';

/** A 2021+ report in the 2019 tables, or the reverse. */
export const formatVersion: Rule = {
  meta: { id: 'format-version', severity: 'error', description: '表格格式版本与年度不符' },
  check({ report }) {
    if (!report.year || !report.formatVersion) return [];
    const expected = versionForYear(report.year);
    if (report.formatVersion === expected) return [];
    const notice = expected === 2021 ? '国办公开办函〔2021〕30号' : '国办公开办函〔2019〕60号';
    return [
      {
        rule: 'format-version',
        severity: 'error',
        message: `${report.year} 年度报告应使用 ${expected} 版表格（${notice}），本报告使用的是 ${report.formatVersion} 版`,
        section: report.tables.active ? 's2' : 's3',
        expected: String(expected),
        actual: String(report.formatVersion),
      },
    ];
  },
};
