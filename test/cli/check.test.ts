// `gouji check --json` on the real fixtures: exactly the findings the seeds hold, and no others.
import * as path from 'path';
import { run } from './run';
import type { FileResult } from '../../src/cli/check-file';
import {
  APPEALS_COLUMNS,
  APPEALS_ROWS,
  APPLICANT_COLUMNS,
  requestsRows,
} from '../../src/core/format';
import type { Finding } from '../../src/core/finding';

const FIX = path.join(__dirname, '..', 'fixtures');
const fx = (name: string): string => path.join(FIX, name);

async function checkJson(...files: string[]): Promise<{ code: number; results: FileResult[] }> {
  const { code, out } = await run(['check', '--json', ...files]);
  return { code, results: JSON.parse(out) as FileResult[] };
}

const brief = (f: Finding): string =>
  [f.rule, f.table ?? '', f.row ?? '', f.column ?? '', f.expected ?? '', f.actual ?? ''].join('|');

describe('gouji check --json on the seed reports', () => {
  it('000: three blank-looking row totals and a title without a year', async () => {
    const { code, results } = await checkJson(fx('seed-000.docx'));
    expect(code).toBe(1);
    const [r] = results;
    expect(r?.year).toBe(2020);
    expect(r?.formatVersion).toBe(2019);
    expect(r?.findings.map(brief)).toEqual([
      'title-year||||2020|',
      'row-total|requests|new|total|3|0',
      'row-total|requests|granted|total|3|0',
      'row-total|requests|total|total|3|0',
    ]);
    expect(r?.findings[0]).toMatchObject({ severity: 'warning', expected: '2020' });
    expect(r?.findings[1]).toMatchObject({
      message: '“一、本年新收”行的总计应为 3（各类申请人之和），表中为 0',
      section: 's3',
      culprit: { table: 'requests', row: 'new', column: 'total' },
      fix: {
        kind: 'set-cell',
        safe: true,
        table: 'requests',
        row: 'new',
        column: 'total',
        value: '3',
      },
    });
  });

  it('001: a year that cannot belong, and 行政诉讼 contradicting the table', async () => {
    const { results } = await checkJson(fx('seed-001.docx'));
    const findings = results[0]?.findings ?? [];
    expect(findings).toHaveLength(2);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'year-mismatch',
          severity: 'warning',
          quote: '2022年我区因政府信息公开工作被申请行政复议2件',
        }),
        expect.objectContaining({
          rule: 'text-table-mismatch',
          severity: 'error',
          quote: '提起行政诉讼0件',
          table: 'appeals',
          expected: '1',
          actual: '0',
        }),
      ]),
    );
  });

  it('002: every blank applicant cell, the heading wording, and 三 found inside a table cell', async () => {
    const { results } = await checkJson(fx('seed-002.docx'));
    const r = results[0];
    const findings = r?.findings ?? [];
    // Every 总计 is written 0, so every blank applicant cell is determined: 0, a safe fix. The
    // （七）总计 row's blanks are totals: their sum rule reports them.
    const blanks = findings.filter((f) => f.rule === 'cell-blank');
    const expected = requestsRows(2019)
      .filter((row) => row.key !== 'total')
      .flatMap((row) => APPLICANT_COLUMNS.map((c) => `${row.key}/${c}`));
    expect(expected).toHaveLength(132);
    expect(blanks.map((f) => `${f.row}/${f.column}`).sort()).toEqual([...expected].sort());
    const columnTotals = findings.filter((f) => f.rule === 'column-total');
    expect(columnTotals.map((f) => `${f.row}/${f.column}`)).toEqual(
      APPLICANT_COLUMNS.map((c) => `total/${c}`),
    );
    expect(
      [...blanks, ...columnTotals].every(
        (f) =>
          f.table === 'requests' && f.fix?.kind === 'set-cell' && f.fix.safe && f.expected === '0',
      ),
    ).toBe(true);
    const others = findings.filter((f) => f.rule !== 'cell-blank' && f.rule !== 'column-total');
    expect(others.map(brief)).toEqual([
      'section-title||||二、主动公开政府信息情况|二、主动公开政府信息的情况',
    ]);
    expect(r?.sections.find((s) => s.key === 's3')).toEqual({
      key: 's3',
      heading: '三、收到和处理政府信息公开申请情况',
      found: true,
    });
    expect(r?.year).toBe(2020);
  });

  it('004: a finding on every blank cell, blank totals with their computed values, 5、 and no 六', async () => {
    const { results } = await checkJson(fx('seed-004.docx'));
    const findings = results[0]?.findings ?? [];
    const at = (table: string, row: string, column: string): Finding[] =>
      findings.filter((f) => f.table === table && f.row === row && f.column === column);
    // Every requests row's 总计 is blank: a row-total with the value the blank parts presumed 0
    // give, a suggestion (the document alone does not determine it).
    for (const row of requestsRows(2019)) {
      const expectedTotal = ['new', 'granted', 'total'].includes(row.key) ? '1' : '0';
      expect(at('requests', row.key, 'total').map(brief)).toEqual([
        `row-total|requests|${row.key}|total|${expectedTotal}|`,
      ]);
      expect(at('requests', row.key, 'total')[0]?.fix?.safe).toBe(false);
    }
    // The 自然人 column's （七）总计 is blank and the balance determines it: 1, a safe fix; the
    // other （七）总计 cells follow from presumed zeros.
    expect(at('requests', 'total', 'natural').map(brief)).toEqual([
      'column-total|requests|total|natural|1|',
    ]);
    expect(at('requests', 'total', 'natural')[0]?.fix?.safe).toBe(true);
    // Every other blank cell of requests and appeals: exactly one cell-blank. The 自然人 column's
    // result rows are determined (0, safe); the other applicant columns are presumed 0 (suggestions).
    const written = new Set([
      'new/natural',
      'carried/natural',
      'granted/natural',
      'forward/natural',
    ]);
    for (const row of requestsRows(2019)) {
      for (const c of APPLICANT_COLUMNS) {
        if (written.has(`${row.key}/${c}`)) continue;
        const found = at('requests', row.key, c);
        if (row.key === 'total') {
          expect(found.map((f) => f.rule)).toEqual(['column-total']);
          continue;
        }
        expect(found.map((f) => f.rule)).toEqual(['cell-blank']);
        expect(found[0]?.fix?.safe).toBe(c === 'natural');
      }
    }
    for (const g of APPEALS_ROWS) {
      for (const c of APPEALS_COLUMNS) {
        expect(at('appeals', g.key, c.key).map((f) => f.rule)).toEqual(
          c.key === 'total' ? [] : ['cell-blank'],
        );
      }
    }
    const structural = findings.filter((f) => !f.table);
    expect(structural).toEqual([
      expect.objectContaining({
        rule: 'section-numbering',
        section: 's5',
        fix: {
          kind: 'rename-heading',
          safe: true,
          section: 's5',
          value: '五、存在的主要问题及改进情况',
        },
      }),
      expect.objectContaining({
        rule: 'section-missing',
        section: 's6',
        fix: { kind: 'insert-section', safe: false, section: 's6', version: 2019 },
      }),
    ]);
    expect(findings).toHaveLength(23 + 1 + 133 + 12 + 2);
  });

  it.each([
    'clean-2019.docx',
    'clean-2021.docx',
    'clean-2022.docx',
    'messy-fullwidth.docx',
    'split-table.docx',
    'split-table-header.docx',
  ])('%s gives no findings at all', async (name) => {
    const { code, results } = await checkJson(fx(name));
    expect(results[0]?.findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('cross-year: clean-2022 against clean-2021 gives no findings; against a wrong year it does', async () => {
    const { out, code } = await run([
      'check',
      '--json',
      '--previous',
      fx('clean-2021.docx'),
      fx('clean-2022.docx'),
    ]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as FileResult[])[0]?.findings).toEqual([]);
    const bad = await run([
      'check',
      '--json',
      '--previous',
      fx('clean-2021.docx'),
      fx('error-carryover-mismatch.docx'),
    ]);
    const rules = (JSON.parse(bad.out) as FileResult[])[0]?.findings.map((f) => f.rule);
    expect(rules).toContain('carryover-mismatch');
  });
});

describe('gouji check: files that cannot be read', () => {
  it('gives each a Chinese error, keeps checking the others, and exits 2', async () => {
    const names = [
      'broken/empty.docx',
      'broken/not-a-docx.docx',
      'broken/damaged.docx',
      'broken/encrypted.docx',
      'broken/legacy.doc',
    ];
    const { code, results } = await checkJson(...names.map(fx), fx('clean-2019.docx'));
    expect(code).toBe(2);
    expect(results).toHaveLength(6);
    for (const r of results.slice(0, 5)) {
      expect(r.error).toMatch(/[\u4e00-\u9fa5]/);
      expect(r.findings).toEqual([]);
      expect(r.year).toBeNull();
    }
    expect(results[3]?.error).toContain('加密');
    expect(results[4]?.error).toContain('.doc');
    expect(results[5]).toMatchObject({ year: 2020, formatVersion: 2019, findings: [] });
  });

  it('a folder checks every .docx below it, in name order, and lists a .doc with what to do', async () => {
    const { results } = await checkJson(path.join(FIX, 'broken'));
    expect(results.map((r) => path.basename(r.file))).toEqual([
      'damaged.docx',
      'empty.docx',
      'encrypted.docx',
      'foreign-table.docx',
      'legacy.doc',
      'no-tables.docx',
      'not-a-docx.docx',
    ]);
    expect(results[4]?.error).toBe(
      '这是旧版 Word 文档（.doc），请在 Word 或 WPS 中另存为 .docx 后再检查。',
    );
    const noTables = results.find((r) => r.file.endsWith('no-tables.docx'));
    expect(noTables?.findings.map((f) => f.rule)).toEqual([
      'table-missing',
      'table-missing',
      'table-missing',
    ]);
  });

  it('the readable output groups by section, errors first, and names cells as users read them', async () => {
    const { out, code } = await run(['check', fx('seed-000.docx')]);
    expect(code).toBe(1);
    expect(out).toContain('三、收到和处理政府信息公开申请情况');
    expect(out).toContain('表三：“一、本年新收”行的总计应为 3');
    expect(out.indexOf('一、总体情况')).toBeLessThan(out.indexOf('三、收到和处理'));
    expect(out).toContain('共 3 个错误，1 个警告');
  });
});

describe('gouji check: what gouji fix will do', () => {
  it('marks a safe fix [可自动修复] and a suggestion [有修改建议]', async () => {
    const { out } = await run([
      'check',
      fx('error-row-total.docx'),
      fx('error-section-title.docx'),
    ]);
    const marked = out.split('\n').filter((l) => l.includes('['));
    expect(marked).toEqual([
      '    ✗ 错误  表三：“（一）予以公开”行的总计应为 16（各类申请人之和），表中为 17  [可自动修复]',
      '    ! 警告  标题“二、主动公开政府信息的情况”与规定的“二、主动公开政府信息情况”不一致  [有修改建议]',
    ]);
  });
});

describe('gouji check: a document that is not a report', () => {
  it('is listed as 不是年报 with "report": false, no findings, and exit 2', async () => {
    const { buildDocx } = await import('../fixtures/spec');
    const { mkdtempSync, writeFileSync } = await import('fs');
    const { tmpdir } = await import('os');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gouji-')), '会议纪要.docx');
    writeFileSync(
      file,
      await buildDocx({
        blocks: [
          { p: '关于召开季度工作会议的通知', role: 'title' },
          { p: '各科室：定于下周一上午九时召开季度工作会议，请准时参加。', role: 'body' },
          {
            table: {
              rows: [
                ['姓名', '电话'],
                ['张三', '12345'],
              ],
            },
          },
        ],
      }),
    );
    const json = await run(['check', '--json', file, fx('clean-2019.docx')]);
    const results = JSON.parse(json.out) as FileResult[];
    expect(results[0]).toEqual({
      file,
      year: null,
      formatVersion: null,
      sections: [],
      findings: [],
      report: false,
    });
    // The other file is still checked.
    expect(results[1]).toMatchObject({ year: 2020, findings: [] });
    expect(json.code).toBe(2);
    const text = await run(['check', file]);
    expect(text.out).toBe(
      `■ ${file}\n  ? 不是年报：未找到政府信息公开工作年度报告的标题、章节或表格，未检查。` +
        '如确为年报，请核对标题和章节名称。\n\n',
    );
    expect(text.code).toBe(2);
  });
});

describe('gouji check: nothing to check', () => {
  it('an empty folder is an error (exit 2), not a pass', async () => {
    const { mkdtempSync } = await import('fs');
    const { tmpdir } = await import('os');
    const { code, err } = await run(['check', mkdtempSync(path.join(tmpdir(), 'gouji-empty-'))]);
    expect(code).toBe(2);
    expect(err).toMatch(/^没有找到可检查的报告（\.docx 文件）：\/.*gouji-empty-\w+\n$/);
  });
});
