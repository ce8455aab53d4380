// `gouji review` end to end, in process: a temporary folder with fixtures, a damaged file, a
// legacy .doc, two years of one agency and a report whose agency name is an HTML injection.

import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import {
  cleanReport,
  generateReport,
  nextYearReport,
  reportToDocSpec,
  type ReportSpec,
} from '../fixtures/report';
import { buildDocx } from '../fixtures/spec';

jest.setTimeout(120_000);

const FIXTURES = path.resolve(__dirname, '../fixtures');
const AGENCY = '某某市交通运输局';
const OTHER_AGENCY = '某某区教育局';
// Short enough (without spaces, which titles lose) for the engine to take it as the agency.
const EVIL = `<script>alert(1)</script>"'&某局`;

function titled(r: ReportSpec): ReportSpec {
  return { ...r, title: `${r.agency}${r.year}年政府信息公开工作年度报告` };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((s) => {
    stdout += String(s);
    return true;
  });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
  // Jest may run on a terminal: the test is about the plain lines of a log or a pipe.
  const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
  Object.defineProperty(process.stderr, 'isTTY', { value: false, configurable: true });
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    if (tty) Object.defineProperty(process.stderr, 'isTTY', tty);
    else delete (process.stderr as { isTTY?: boolean }).isTTY;
  }
}

let dir: string;
let outDir: string;
let first: Run;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-review-test-'));
  outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-review-out-'));
  await fs.mkdir(path.join(dir, '交通局'));
  await fs.mkdir(path.join(dir, '其他', '深层'), { recursive: true });
  await fs.copyFile(path.join(FIXTURES, 'clean-2019.docx'), path.join(dir, 'clean-2019.docx'));
  await fs.copyFile(path.join(FIXTURES, 'seed-000.docx'), path.join(dir, '其他', 'seed-000.docx'));
  await fs.copyFile(
    path.join(FIXTURES, 'broken', 'damaged.docx'),
    path.join(dir, '其他', '深层', '损坏.docx'),
  );
  await fs.copyFile(path.join(FIXTURES, 'broken', 'legacy.doc'), path.join(dir, '旧版.doc'));
  // Word's owner file of an open document: not a report, not listed.
  await fs.writeFile(path.join(dir, '~$clean-2019.docx'), 'owner');
  const y2021 = cleanReport(2021, 2021, AGENCY);
  const y2022 = nextYearReport(y2021);
  await fs.writeFile(
    path.join(dir, '交通局', '2021年报.docx'),
    await buildDocx(reportToDocSpec(titled(y2021))),
  );
  await fs.writeFile(
    path.join(dir, '交通局', '2022年报.docx'),
    await buildDocx(reportToDocSpec(titled(y2022))),
  );
  // A second agency whose 2022 report does not carry over its 2021 report's 结转 row.
  await fs.mkdir(path.join(dir, '教育局'));
  const e2021 = cleanReport(2021, 2021, OTHER_AGENCY);
  const e2022 = generateReport({ version: 2021, year: 2022, agency: OTHER_AGENCY, seed: 7 });
  await fs.writeFile(
    path.join(dir, '教育局', 'a.docx'),
    await buildDocx(reportToDocSpec(titled(e2021))),
  );
  await fs.writeFile(
    path.join(dir, '教育局', 'b.docx'),
    await buildDocx(reportToDocSpec(titled(e2022))),
  );
  const evil = titled(cleanReport(2021, 2021, EVIL));
  await fs.writeFile(path.join(dir, '恶意.docx'), await buildDocx(reportToDocSpec(evil)));
  first = await run([
    'review',
    dir,
    '-o',
    path.join(outDir, 'review.html'),
    '--csv',
    path.join(outDir, 'review.csv'),
    '--csv-findings',
    path.join(outDir, 'findings.csv'),
  ]);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
  await fs.rm(outDir, { recursive: true, force: true });
});

describe('gouji review', () => {
  it('reviews every report below the folder, with plain progress lines off a terminal', () => {
    const lines = first.stderr.split('\n').filter((l) => /^\[\d+\/\d+\] /.test(l));
    expect(lines).toHaveLength(9);
    expect(lines.at(-1)).toMatch(/^\[9\/9\] /);
    expect(first.stderr).toContain('] 其他/深层/损坏.docx');
    expect(first.stderr).not.toContain('~$');
    expect(first.stdout).toContain('已审查 9 份报告');
  });

  it('exits 2 when a file cannot be read', () => {
    expect(first.code).toBe(2);
  });

  it('writes review.html with the unreadable files and their reasons', async () => {
    const html = await fs.readFile(path.join(outDir, 'review.html'), 'utf8');
    expect(html).toContain('无法读取的文件（2）');
    expect(html).toContain('<code>其他/深层/损坏.docx</code>');
    expect(html).toContain('文件已损坏');
    expect(html).toContain('<code>旧版.doc</code>');
    expect(html).toContain('另存为 .docx');
    // One data row per report (review.html draws them from its data).
    expect(
      (/<pre id="data" hidden>([\s\S]*?)<\/pre>/.exec(html)?.[1].match(/\n/g) ?? []).length,
    ).toBe(9);
  });

  it('pairs the two years of one agency and says so', async () => {
    const html = await fs.readFile(path.join(outDir, 'review.html'), 'utf8');
    // The report's data row: compared with 2021, with this file.
    expect(html).toMatch(/,2021,"交通局\/2021年报\.docx"/);
    const csv = await fs.readFile(path.join(outDir, 'review.csv'), 'utf8');
    const row = csv.split('\r\n').find((l) => l.startsWith('交通局/2022年报.docx,'));
    expect(row).toBe(
      `交通局/2022年报.docx,${AGENCY},2022,2021,0,0,通过,与 2021 年报告比对（交通局/2021年报.docx）,`,
    );
    expect(first.stdout).toContain('与上年报告比对 2 份');
  });

  it('escapes a malicious agency name', async () => {
    const html = await fs.readFile(path.join(outDir, 'review.html'), 'utf8');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toContain(EVIL);
    // In the page's data, escaped for the element holding it (the page sets it as text).
    expect(html).toContain('"&lt;script&gt;alert(1)&lt;/script&gt;\\"\'&amp;某局"');
  });

  it('writes review.csv as UTF-8 with a BOM, one row per report', async () => {
    const csv = await fs.readFile(path.join(outDir, 'review.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe('文件,机关,年度,格式版本,错误,警告,状态,跨年度比对,无法读取的原因');
    expect(rows).toHaveLength(10);
    expect(rows.find((r) => r.startsWith('旧版.doc,'))).toContain('无法读取');
    const findings = await fs.readFile(path.join(outDir, 'findings.csv'), 'utf8');
    expect(findings.startsWith('\uFEFF文件,机关,年度,级别,规则')).toBe(true);
  });

  it('prints the same objects as check --json, with pairing, on stdout', async () => {
    const r = await run(['review', dir, '--json', '--jobs', '1']);
    expect(r.code).toBe(2);
    const list = JSON.parse(r.stdout) as {
      file: string;
      year: number | null;
      formatVersion: number | null;
      findings: unknown[];
      error?: string;
      previous?: { file: string; year: number };
    }[];
    expect(list).toHaveLength(9);
    const damaged = list.find((o) => o.file.endsWith('损坏.docx'));
    expect(damaged).toMatchObject({ year: null, formatVersion: null, findings: [] });
    expect(damaged?.error).toContain('损坏');
    const later = list.find((o) => o.file.endsWith('2022年报.docx'));
    expect(later).toMatchObject({ year: 2022, formatVersion: 2021 });
    expect(later?.previous).toEqual({
      file: path.join(dir, '交通局', '2021年报.docx'),
      year: 2021,
    });
    // The pair runs the cross-year rules unasked: 教育局's 2022 二、上年结转 is not its 2021 结转.
    const other = list.find((o) => o.file.endsWith(path.join('教育局', 'b.docx')));
    expect(other?.previous).toEqual({ file: path.join(dir, '教育局', 'a.docx'), year: 2021 });
    expect(other?.findings).toContainEqual(expect.objectContaining({ rule: 'carryover-mismatch' }));
    expect(later?.findings).not.toContainEqual(
      expect.objectContaining({ rule: 'carryover-mismatch' }),
    );
    // With --json and no -o, nothing but the JSON is written.
    expect(r.stderr).toContain('已审查 9 份报告');
  });

  it('exits 0 for clean reports, 1 when one has an error, 2 for a missing folder', async () => {
    const clean = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-review-clean-'));
    try {
      await fs.copyFile(path.join(FIXTURES, 'clean-2021.docx'), path.join(clean, 'a.docx'));
      await fs.copyFile(path.join(FIXTURES, 'clean-2022.docx'), path.join(clean, 'b.docx'));
      const r = await run(['review', clean, '-o', path.join(clean, 'out.html'), '-q']);
      expect(r.code).toBe(0);
      expect(r.stderr).not.toMatch(/\[\d+\/\d+\]/);
      await fs.copyFile(path.join(FIXTURES, 'error-row-total.docx'), path.join(clean, 'c.docx'));
      const withError = await run(['review', clean, '-o', path.join(clean, 'out.html'), '-q']);
      expect(withError.code).toBe(1);
      const missing = await run([
        'review',
        path.join(clean, 'nope'),
        '-o',
        path.join(clean, 'x.html'),
      ]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('找不到目录');
    } finally {
      await fs.rm(clean, { recursive: true, force: true });
    }
  });
});
