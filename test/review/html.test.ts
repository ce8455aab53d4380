// review.html from crafted results: document text is untrusted, the page must stay inert and
// self-contained.

import { escapeHtml, HtmlWriter } from '../../src/review/html';
import type { Sink } from '../../src/review/sink';
import { Tally } from '../../src/review/tally';
import type { ReviewResult } from '../../src/review/types';

const EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>\'"&';

function page(results: ReviewResult[]): Promise<string> {
  let text = '';
  const sink: Sink = { write: async (s) => void (text += s), close: async () => undefined };
  const tally = new Tally();
  results.forEach((r) => tally.add(r));
  const html = new HtmlWriter(sink);
  return (async () => {
    await html.begin({
      folder: `/tmp/${EVIL}`,
      generatedAt: new Date(2024, 0, 2, 3, 4),
      totals: tally.totals,
      topRules: tally.topRules(12),
      unreadable: tally.unreadable,
      unpaired: tally.unpaired,
    });
    for (const r of results) await html.add(r);
    await html.end();
    return text;
  })();
}

const evilReport: ReviewResult = {
  rel: `${EVIL}.docx`,
  agency: `${EVIL}局`,
  year: 2022,
  formatVersion: 2021,
  sections: [],
  errors: 1,
  warnings: 1,
  status: 'error',
  previous: { rel: `${EVIL}-2021.docx`, year: 2021 },
  findings: [
    {
      rule: 'row-total',
      severity: 'error',
      message: `“一、本年新收”行的总计应为 3，表中为 ${EVIL}`,
      section: 's3',
      table: 'requests',
      row: 'new',
      column: 'total',
      expected: '3',
      actual: EVIL,
    },
    {
      rule: 'text-table-mismatch',
      severity: 'warning',
      message: '正文与表格不符',
      section: 's1',
      paragraph: 3,
      quote: `共收到申请${EVIL}件`,
    },
  ],
};

const unreadable: ReviewResult = {
  rel: `坏${EVIL}.docx`,
  agency: null,
  year: null,
  formatVersion: null,
  sections: [],
  errors: 0,
  warnings: 0,
  status: 'unreadable',
  findings: [],
  error: '文件已损坏，无法作为 .docx 打开。',
};

describe('escapeHtml', () => {
  it('escapes the five characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    expect(escapeHtml(null)).toBe('');
  });
});

describe('HtmlWriter', () => {
  it('escapes every piece of document text', async () => {
    const html = await page([evilReport, unreadable]);
    // The only <script> is the page's own, and no attribute was broken out of.
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('onerror=alert(1)>');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&quot;&amp;局',
    );
    expect(html).toContain('<q>共收到申请&lt;script&gt;');
  });

  it('is self-contained: no URL to fetch, and a policy that forbids fetching', async () => {
    const html = await page([evilReport, unreadable]);
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b/i);
  });

  it('shows totals, the chart, the cells and quotes, the pairing and the unreadable file', async () => {
    const html = await page([evilReport, unreadable]);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<b>2</b><span>份报告</span>');
    expect(html).toContain('行合计不符（row-total）');
    expect(html).toContain('<svg');
    expect(html).toContain('表三 一、本年新收 › 总计');
    expect(html).toContain('与 2021 年报告比对');
    expect(html).toContain('无法读取的文件（1）');
    expect(html).toContain('文件已损坏，无法作为 .docx 打开。');
    expect(html).toContain('data-status="unreadable"');
    for (const h of ['机关', '年度', '格式版本', '错误', '警告', '状态']) {
      expect(html).toContain(`<button type="button">${h}</button>`);
    }
  });

  it('says so when the batch has no problem', async () => {
    const html = await page([]);
    expect(html).toContain('本批报告未发现问题。');
    expect(html).toContain('合计 0 份');
  });
});
