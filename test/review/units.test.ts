// The batch review's pure parts: agency keys and pairing, cell labels, CSV fields, the store.

import { agencyKey } from '../../src/review/agency';
import { BOM, CsvWriter, csvField, REPORT_HEADER, reportRow } from '../../src/review/csv';
import { cellLabel, findingPlace, RULE_NAMES, ruleName } from '../../src/review/labels';
import { findPairs, unpairedReasons } from '../../src/review/pairing';
import type { Sink } from '../../src/review/sink';
import { ResultStore, type StoredSummary } from '../../src/review/store';
import type { CheckedFile, ReviewResult } from '../../src/review/types';

function result(over: Partial<ReviewResult> & { rel: string }): ReviewResult {
  return {
    agency: null,
    year: null,
    formatVersion: null,
    sections: [],
    errors: 0,
    warnings: 0,
    status: 'pass',
    findings: [],
    ...over,
  };
}

const checked = (over: Partial<ReviewResult> & { rel: string }): CheckedFile => ({
  result: result(over),
});

function memorySink(): Sink & { text: () => string } {
  let text = '';
  return {
    write: async (s: string) => void (text += s),
    close: async () => undefined,
    text: () => text,
  };
}

describe('agencyKey', () => {
  it('folds full-width forms and drops spaces', () => {
    expect(agencyKey(' 某某市　交通运输局 ')).toBe('某某市交通运输局');
    expect(agencyKey('ＡＢＣ区 人民政府')).toBe(agencyKey('ABC区人民政府'));
  });
});

describe('findPairs', () => {
  const s = (
    rel: string,
    agency: string | null,
    year: number | null,
    status = 'pass',
  ): StoredSummary => ({ rel, agency, year, status }) as StoredSummary;

  it('pairs consecutive years of one agency, however its name is spaced', () => {
    const pairs = findPairs([
      s('a/2021.docx', '某某市 交通局', 2021),
      s('a/2022.docx', '某某市交通局', 2022),
      s('b/2022.docx', '某某市教育局', 2022),
      s('a/2023.docx', '某某市交通局 ', 2023),
      s('a/2025.docx', '某某市交通局', 2025),
    ]);
    expect(pairs).toEqual([
      { rel: 'a/2022.docx', previousRel: 'a/2021.docx', previousYear: 2021 },
      { rel: 'a/2023.docx', previousRel: 'a/2022.docx', previousYear: 2022 },
    ]);
  });

  it('leaves out unreadable reports and reports without agency or year', () => {
    expect(
      findPairs([
        s('x.docx', '某局', 2021, 'unreadable'),
        s('y.docx', '某局', 2022),
        s('z.docx', null, 2023),
        s('w.docx', '某局', null),
      ]),
    ).toEqual([]);
  });

  it('uses the first file when an agency has two of one year', () => {
    const pairs = findPairs([
      s('1.docx', '某局', 2021),
      s('2.docx', '某局', 2021),
      s('3.docx', '某局', 2022),
    ]);
    expect(pairs).toEqual([{ rel: '3.docx', previousRel: '1.docx', previousYear: 2021 }]);
  });
});

describe('unpairedReasons', () => {
  const s = (
    rel: string,
    agency: string | null,
    year: number | null,
    status = 'pass',
  ): StoredSummary => ({ rel, agency, year, status }) as StoredSummary;

  it('says why each report that could have been compared was not, and nothing for a lone one', () => {
    const reports = [
      s('a/2019.docx', '某某市交通局', 2019),
      s('a/2020.docx', '某某市交通局', 2020),
      s('a/2022.docx', '某某市交通局', 2022),
      s('a/2022-副本.docx', '某某市 交通局', 2022),
      s('b/2022.docx', '某某市教育局', 2022),
      s('c.docx', null, 2022),
      s('d.docx', '某某区卫健委', null),
      s('e.docx', null, null, 'unreadable'),
      s('f.docx', null, null, 'not-report'),
    ];
    expect([...unpairedReasons(reports, findPairs(reports))]).toEqual([
      ['a/2022.docx', '批次中没有该机关 2021 年的报告（有 2019、2020 年的），未做跨年度比对。'],
      [
        'a/2022-副本.docx',
        '同一机关 2022 年有多份报告，跨年度比对只用了 a/2022.docx，这份未与其他年度比对。',
      ],
      ['c.docx', '未识别出报告的机关名称，无法与其他年度的报告对应。请核对标题中的机关名称。'],
      ['d.docx', '未识别出报告年度，无法与其他年度的报告对应。'],
    ]);
  });
});

describe('labels', () => {
  it('names cells as a reader says them', () => {
    expect(cellLabel({ table: 'requests', row: 'new', column: 'total' }, 2021)).toBe(
      '表三 一、本年新收 › 总计',
    );
    expect(cellLabel({ table: 'requests', row: 'denied.1', column: 'natural' }, 2019)).toBe(
      '表三 （三）不予公开 › 1.属于国家秘密 › 自然人',
    );
    expect(cellLabel({ table: 'appeals', row: 'suit', column: 'pending' }, null)).toBe(
      '表四 行政诉讼（未经复议直接起诉） › 尚未审结',
    );
    expect(cellLabel({ table: 'active', row: 'normative', column: 'in_force' }, 2021)).toBe(
      '表二 行政规范性文件 › 现行有效件数',
    );
    expect(cellLabel({ table: 'active', row: 'normative', column: 'published' }, 2019)).toBe(
      '表二 规范性文件 › 本年新公开数量',
    );
    expect(cellLabel({}, 2021)).toBeNull();
  });

  it('prefers the quote for prose findings, then the cell, then the section', () => {
    const base = { rule: 'text-table-mismatch', severity: 'error', message: 'm' } as const;
    expect(findingPlace({ ...base, section: 's1', quote: '收到申请5件' }, 2021)).toBe(
      '“收到申请5件”',
    );
    expect(findingPlace({ ...base, section: 's5' }, 2021)).toBe('五、存在的主要问题及改进情况');
  });

  it('has a Chinese name for every rule', () => {
    for (const name of Object.values(RULE_NAMES)) expect(name).toMatch(/[\u4e00-\u9fff]/u);
    expect(ruleName('no-such-rule')).toBe('no-such-rule');
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvField('某局')).toBe('某局');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  it('starts with a BOM and writes one row per report', async () => {
    const sink = memorySink();
    const csv = new CsvWriter(sink, REPORT_HEADER, reportRow);
    await csv.add(
      result({
        rel: '甲.docx',
        agency: '某局',
        year: 2022,
        formatVersion: 2021,
        errors: 2,
        status: 'error',
        previous: { rel: '乙.docx', year: 2021 },
      }),
    );
    await csv.add(result({ rel: '坏.docx', status: 'unreadable', error: '文件已损坏。' }));
    await csv.close();
    const lines = sink.text().split('\r\n');
    expect(lines[0].startsWith(BOM + '文件,机关,年度')).toBe(true);
    expect(lines[1]).toBe('甲.docx,某局,2022,2021,2,0,有错误,与 2021 年报告比对（乙.docx）,');
    expect(lines[2]).toBe('坏.docx,,,,,,无法读取,,文件已损坏。');
  });
});

describe('ResultStore', () => {
  it('gives results back in the asked order, the latest per file', async () => {
    const store = await ResultStore.create();
    try {
      await Promise.all([
        store.append(checked({ rel: 'b.docx', agency: '乙' })),
        store.append(checked({ rel: 'a.docx', agency: '甲', year: 2021 })),
      ]);
      await store.append(checked({ rel: 'b.docx', agency: '乙', warnings: 1, status: 'warning' }));
      const out: ReviewResult[] = [];
      for await (const r of store.each(['a.docx', 'b.docx', 'missing.docx'])) out.push(r);
      expect(out.map((r) => [r.rel, r.status])).toEqual([
        ['a.docx', 'pass'],
        ['b.docx', 'warning'],
      ]);
      expect(store.summary('a.docx')).toMatchObject({
        rel: 'a.docx',
        agency: '甲',
        year: 2021,
        status: 'pass',
      });
    } finally {
      await store.dispose();
    }
  });
});
