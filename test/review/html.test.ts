// review.html from crafted results: document text is untrusted, the page must stay inert and
// self-contained.

import { escapeHtml, HtmlWriter } from '../../src/review/html';
import { Interner } from '../../src/review/html-data';
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

/** The page's rows, read back as the page's script reads them (numbers are earlier strings). */
function rowsOf(html: string): { strings: string[]; rows: unknown[][] } {
  const text = /<pre id="data" hidden>([\s\S]*?)<\/pre>/.exec(html)?.[1] ?? '';
  const unescaped = text.replace(
    /&lt;|&gt;|&amp;/g,
    (e) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&' })[e] ?? e,
  );
  const strings: string[] = [];
  const str = (v: unknown): unknown => {
    if (typeof v === 'number') return strings[v];
    if (typeof v === 'string') strings.push(v);
    return v ?? null;
  };
  const rows = unescaped
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown[])
    .map((a) => {
      const row = a.slice(0, 12).map((v, i) => ([0, 1, 2, 9, 10, 11].includes(i) ? str(v) : v));
      const findings = ((a[12] ?? []) as unknown[][]).map((f) =>
        f.map((v, i) => ([0, 3, 4, 5, 6, 7].includes(i) ? str(v) : v)),
      );
      return [...row, findings];
    });
  return { strings, rows };
}

describe('HtmlWriter', () => {
  it('escapes every piece of document text', async () => {
    const html = await page([evilReport, unreadable]);
    // The only <script> is the page's own, and no element or attribute was broken out of.
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
    expect(html).not.toContain(EVIL);
    expect(html).toContain(
      '"&lt;script&gt;alert(\\"x\\")&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;\'\\"&amp;局"',
    );
    // The lists written as HTML escape for HTML.
    expect(html).toContain(
      '<code>坏&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&quot;&amp;.docx</code>',
    );
  });

  it('is self-contained: no URL to fetch, and a policy that forbids fetching', async () => {
    const html = await page([evilReport, unreadable]);
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b/i);
  });

  it('writes each report as a compact row the page decodes back', async () => {
    const html = await page([
      evilReport,
      unreadable,
      { ...evilReport, rel: `子目录/${EVIL}.docx` },
    ]);
    const { rows } = rowsOf(html);
    // The folder is the path up to its last slash (the file name here holds one of its own).
    const split = (rel: string): string[] => [
      rel.slice(0, rel.lastIndexOf('/') + 1),
      rel.slice(rel.lastIndexOf('/') + 1),
    ];
    const evilRow = [
      `${EVIL}局`,
      ...split(`${EVIL}.docx`),
      2022,
      2021,
      1,
      1,
      2,
      2021,
      `${EVIL}-2021.docx`,
      null,
      null,
      [
        [
          'row-total',
          0,
          2,
          `“一、本年新收”行的总计应为 3，表中为 ${EVIL}`,
          null,
          '表三 一、本年新收 › 总计',
          '3',
          EVIL,
        ],
        ['text-table-mismatch', 1, 0, '正文与表格不符', `共收到申请${EVIL}件`],
      ],
    ];
    expect(rows).toEqual([
      evilRow,
      [
        null,
        ...split(`坏${EVIL}.docx`),
        null,
        null,
        0,
        0,
        4,
        null,
        null,
        null,
        '文件已损坏，无法作为 .docx 打开。',
        [],
      ],
      [evilRow[0], ...split(`子目录/${EVIL}.docx`), ...evilRow.slice(3)],
    ]);
    // Repeats are numbers: the third row spells out only its new folder.
    const lines = /<pre id="data" hidden>([\s\S]*?)<\/pre>/.exec(html)?.[1].split('\n') ?? [];
    expect(lines[2]).toMatch(
      /^\[\d+,"子目录\/&lt;script&gt;alert\(\\"x\\"\)&lt;\/",\d+,2022,2021,1,1,2,2021,\d+,null,null,\[\[\d+,0,2,\d+,null,\d+,\d+,\d+\],\[\d+,1,0,\d+,\d+\]\]\]$/,
    );
  });

  it('shows totals, the chart, the pairing and the unreadable file', async () => {
    const html = await page([evilReport, unreadable]);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<b>2</b><span>份报告</span>');
    expect(html).toContain('行合计不符（row-total）');
    expect(html).toContain('<svg');
    expect(html).toContain('无法读取的文件（1）');
    expect(html).toContain('文件已损坏，无法作为 .docx 打开。');
    expect(html).toContain('<option value="4">无法读取（1）</option>');
    for (const h of ['机关', '年度', '格式版本', '错误', '警告', '状态']) {
      expect(html).toContain(`<button type="button">${h}</button>`);
    }
  });

  it('says so when the batch has no problem', async () => {
    const html = await page([]);
    expect(html).toContain('本批报告未发现问题。');
    expect(html).toContain('合计 0 份');
    expect(rowsOf(html).rows).toEqual([]);
  });
});

describe('Interner', () => {
  it('numbers strings in the order they are first written, and stops remembering at its limit', () => {
    const strings = new Interner(2);
    expect(['a', 'b', 'a', 'c', 'c', 'b'].map((s) => strings.str(s))).toEqual([
      'a',
      'b',
      0,
      'c',
      // c was written whole as the page's string 2, but not remembered: written whole again (3).
      'c',
      1,
    ]);
  });
});
