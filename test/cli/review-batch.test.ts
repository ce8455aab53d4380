// `gouji review` on a batch that goes wrong in every way but one file at a time: a document that
// is not a report, reports that cannot be paired across years (and why), files that exhaust a
// worker's memory or time, an empty folder; and the page's one script allowed by its hash.

import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from './run';
import { runReview } from '../../src/review/review';
import { workerModule } from '../../src/review/pool';
import { cleanReport, nextYearReport, reportToDocSpec, type ReportSpec } from '../fixtures/report';
import { buildDocx } from '../fixtures/spec';

jest.setTimeout(120_000);

const FIXTURES = path.resolve(__dirname, '../fixtures');
const AGENCY = '某某区教育局';

function titled(r: ReportSpec): ReportSpec {
  return { ...r, title: `${r.agency}${r.year}年政府信息公开工作年度报告` };
}

let dir: string;
let out: string;

const memo = async (): Promise<Buffer> =>
  buildDocx({
    blocks: [
      { p: '关于召开季度工作会议的通知', role: 'title' },
      { p: '各科室：定于下周一上午九时召开季度工作会议，请准时参加。', role: 'body' },
    ],
  });

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-batch-'));
  out = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-batch-out-'));
  const write = async (name: string, r: ReportSpec): Promise<void> =>
    fs.writeFile(path.join(dir, name), await buildDocx(reportToDocSpec(titled(r))));
  const y2019 = cleanReport(2019, 2019, AGENCY);
  const y2020 = nextYearReport(y2019);
  const y2021 = nextYearReport(y2020);
  // 2019 and 2021 of one agency, but not 2020: 2021 cannot be paired.
  await write('a-2019.docx', y2019);
  await write('a-2021.docx', y2021);
  // A second file of the same agency and year.
  await write('b-2021.docx', y2021);
  // No agency anywhere: not in the title, the first sentences, the signature or the file name.
  await fs.writeFile(
    path.join(dir, 'no-agency.docx'),
    await buildDocx(reportToDocSpec(cleanReport(2021, 2021, ''))),
  );
  await fs.writeFile(path.join(dir, '会议纪要.docx'), await memo());
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
  await fs.rm(out, { recursive: true, force: true });
});

describe('gouji review on an awkward batch', () => {
  let result: { code: number; out: string; err: string };
  let html: string;
  let csv: string[];

  beforeAll(async () => {
    result = await run([
      'review',
      dir,
      '-q',
      '-o',
      path.join(out, 'review.html'),
      '--csv',
      path.join(out, 'review.csv'),
    ]);
    html = await fs.readFile(path.join(out, 'review.html'), 'utf8');
    csv = (await fs.readFile(path.join(out, 'review.csv'), 'utf8')).slice(1).split('\r\n');
  });

  it('counts a document that is not a report as 不是年报, never as 通过, and exits 2', () => {
    expect(result.code).toBe(2);
    expect(result.out).toBe(
      '已审查 5 份报告：通过 2，有错误 2，仅警告 0，不是年报 1，无法读取 0；与上年报告比对 0 份。\n' +
        `已生成：${path.join(out, 'review.html')}、${path.join(out, 'review.csv')}\n`,
    );
    expect(csv.find((l) => l.startsWith('会议纪要.docx,'))).toBe(
      '会议纪要.docx,,,,,,不是年报,,不是年报：未找到政府信息公开工作年度报告的标题、章节或表格，未检查。如确为年报，请核对标题和章节名称。',
    );
    expect(html).toContain('<b>1</b><span>不是年报</span>');
    expect(html).toContain('<option value="3">不是年报（1）</option>');
  });

  it('says which reports could not be paired across years, and why', () => {
    expect(html).toContain('<h2>未能跨年度比对的报告（3）</h2>');
    const reasons = {
      'a-2021.docx': '批次中没有该机关 2020 年的报告（有 2019 年的），未做跨年度比对。',
      'b-2021.docx':
        '同一机关 2021 年有多份报告，跨年度比对只用了 a-2021.docx，这份未与其他年度比对。',
      'no-agency.docx':
        '未识别出报告的机关名称，无法与其他年度的报告对应。请核对标题中的机关名称。',
    };
    for (const [rel, reason] of Object.entries(reasons)) {
      expect(html).toContain(`<li><code>${rel}</code>：<span class="reason">${reason}</span></li>`);
      expect(csv.find((l) => l.startsWith(`${rel},`))?.split(',')[7]).toBe(`未比对：${reason}`);
    }
    // The agency's first year has nothing before it to be compared with: nothing to say.
    expect(csv.find((l) => l.startsWith('a-2019.docx,'))?.split(',')[7]).toBe('');
  });

  it("allows the page's one script by its hash, no inline script else", () => {
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:">`,
    );
    expect(html).not.toContain("'unsafe-inline'; img-src");
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('--json marks the non-report with "report": false and carries the pairing reason', async () => {
    const r = await run(['review', dir, '--json', '-q']);
    const list = JSON.parse(r.out) as Record<string, unknown>[];
    expect(list.find((o) => String(o.file).endsWith('会议纪要.docx'))).toEqual({
      file: path.join(dir, '会议纪要.docx'),
      agency: null,
      year: null,
      formatVersion: null,
      findings: [],
      report: false,
    });
    expect(list.find((o) => String(o.file).endsWith('a-2021.docx'))?.unpaired).toBe(
      '批次中没有该机关 2020 年的报告（有 2019 年的），未做跨年度比对。',
    );
  });
});

describe('gouji review: an empty folder', () => {
  it('is a failure (exit 2) said on stderr, as for check', async () => {
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-batch-empty-'));
    try {
      const r = await run(['review', empty, '-q', '-o', path.join(empty, 'review.html')]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toBe(
        `没有找到可检查的报告（.docx 文件）：${empty}\n已生成：${path.join(empty, 'review.html')}\n`,
      );
      const c = await run(['check', empty]);
      expect(c).toEqual({
        code: 2,
        out: '',
        err: `没有找到可检查的报告（.docx 文件）：${empty}\n`,
      });
    } finally {
      await fs.rm(empty, { recursive: true, force: true });
    }
  });
});

describe('runReview with limits per file', () => {
  it('lists a file that exhausts memory as 文件过大 and one that runs too long as 处理超时; the rest completes', async () => {
    const batch = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-batch-limits-'));
    try {
      for (const name of ['a.docx', 'oom.docx', 'hang.docx', 'b.docx', 'c.docx']) {
        await fs.copyFile(path.join(FIXTURES, 'clean-2021.docx'), path.join(batch, name));
      }
      const htmlFile = path.join(batch, 'review.html');
      const summary = await runReview({
        folder: batch,
        html: htmlFile,
        jobs: 2,
        progress: { write: () => true },
        quiet: true,
        runner: {
          workerFile: path.join(__dirname, '../review/hostile-worker.ts'),
          workerExecArgv: workerModule().execArgv,
          memoryLimitMb: 64,
          timeLimitMs: 3000,
        },
      });
      expect(summary.totals.byStatus).toEqual({
        pass: 3,
        error: 0,
        warning: 0,
        unreadable: 2,
        'not-report': 0,
      });
      expect(summary.exitCode).toBe(2);
      expect(summary.mode).toBe('workers');
      const html = await fs.readFile(htmlFile, 'utf8');
      expect(html).toContain(
        '<li><code>oom.docx</code>：<span class="reason">文件过大：检查这份文件所需的内存超过上限（64 MB），已跳过。请确认文件内容正常，或拆分后再检查。</span></li>',
      );
      expect(html).toContain(
        '<li><code>hang.docx</code>：<span class="reason">处理超时：这份文件在 3 秒内未能检查完，已跳过。请确认文件内容正常后单独检查。</span></li>',
      );
      expect(
        (/<pre id="data" hidden>([\s\S]*?)<\/pre>/.exec(html)?.[1].match(/\n/g) ?? []).length,
      ).toBe(5);
    } finally {
      await fs.rm(batch, { recursive: true, force: true });
    }
  });
});
