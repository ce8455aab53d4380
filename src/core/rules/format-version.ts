import { versionForYear } from '../format';
import { defineRule } from './rule';

/** A 2021+ report in the 2019 tables, or the reverse. */
export const formatVersion = defineRule({
  id: 'format-version',
  severity: 'error',
  title: { zh: '格式版本不符', en: 'Format version' },
  description: '表格格式版本与年度不符',
  fix: 'none',
  check({ doc, report }) {
    if (!doc.year || !doc.formatVersion) return;
    const expected = versionForYear(doc.year);
    if (doc.formatVersion === expected) return;
    const notice = expected === 2021 ? '国办公开办函〔2021〕30号' : '国办公开办函〔2019〕60号';
    report({
      message: `${doc.year} 年度报告应使用 ${expected} 版表格（${notice}），本报告使用的是 ${doc.formatVersion} 版`,
      section: doc.tables.active ? 's2' : 's3',
      expected: String(expected),
      actual: String(doc.formatVersion),
    });
  },
});
