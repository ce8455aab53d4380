import { isReport } from '../recognize';
import { defineRule } from './rule';

/** The title should name the year the statistics cover. */
export const titleYear = defineRule({
  id: 'title-year',
  severity: 'warning',
  title: { zh: '标题年度不符', en: 'Title year' },
  description: '标题年度缺失或与统计期限不符',
  fix: 'none',
  messages: {
    noTitle: '未找到报告标题（“××××年政府信息公开工作年度报告”）',
    noYear: '标题“{title}”未写明年度{known}',
    otherYear: '标题写的是 {titleYear} 年，统计期限是 {periodYear} 年',
  },
  check({ doc, report }) {
    if (!isReport(doc)) return;
    if (!doc.title) {
      report({ section: 's1', messageId: 'noTitle' });
      return;
    }
    const p = { section: 's1' as const, paragraph: doc.title.paragraph, quote: doc.title.text };
    if (doc.titleYear === null) {
      const from = doc.periodYear ? '统计期限' : '正文';
      const known = doc.year ? `（据${from}为 ${doc.year} 年）` : '';
      report({
        ...p,
        messageId: 'noYear',
        data: { title: doc.title.text, known },
        ...(doc.year ? { expected: String(doc.year) } : {}),
        actual: '',
      });
      return;
    }
    if (doc.periodYear && doc.titleYear !== doc.periodYear) {
      report({
        ...p,
        messageId: 'otherYear',
        data: { titleYear: doc.titleYear, periodYear: doc.periodYear },
        expected: String(doc.periodYear),
        actual: String(doc.titleYear),
      });
    }
  },
});
