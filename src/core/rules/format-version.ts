import { layoutOf, versionForYear } from '../format';
import { defineRule } from './rule';

/** A report in tables of another version than its year requires (a 2021+ report in the 2019 tables). */
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
    const { notice } = layoutOf(expected);
    report({
      message: `${doc.year} 年度报告应使用 ${expected} 版表格（${notice}），本报告使用的是 ${doc.formatVersion} 版`,
      section: doc.tables.active ? 's2' : 's3',
      expected: String(expected),
      actual: String(doc.formatVersion),
    });
  },
});
