// `check --previous`: last year's report of the same agency runs the cross-year rules; a report of
// a later year or of another agency is refused for that file with a warning in Chinese.

import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { run } from './run';
import type { FileResult } from '../../src/cli/check-file';
import { cleanReport, generateReport, reportToDocSpec, type ReportSpec } from '../fixtures/report';
import { buildDocx } from '../fixtures/spec';

jest.setTimeout(60_000);

const AGENCY = '某某区教育局';
const OTHER = '某某市交通运输局';
const CROSS_YEAR = ['carryover-mismatch', 'in-force-continuity', 'repeated-text'];

let dir: string;
let a2021: string;
let b2021: string;
let a2022: string;

function titled(r: ReportSpec): ReportSpec {
  return { ...r, title: `${r.agency}${r.year}年政府信息公开工作年度报告` };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'gouji-previous-'));
  const write = async (name: string, r: ReportSpec): Promise<string> => {
    const file = path.join(dir, name);
    writeFileSync(file, await buildDocx(reportToDocSpec(titled(r))));
    return file;
  };
  a2021 = await write('a2021.docx', cleanReport(2021, 2021, AGENCY));
  b2021 = await write('b2021.docx', cleanReport(2021, 2021, OTHER));
  // Its 二、上年结转 is not a2021's 结转: the cross-year rules find it when they run.
  a2022 = await write(
    'a2022.docx',
    generateReport({ version: 2021, year: 2022, agency: AGENCY, seed: 7 }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function checkJson(
  args: string[],
): Promise<{ code: number; results: FileResult[]; err: string }> {
  const { code, out, err } = await run(['check', '--json', ...args]);
  return { code, results: JSON.parse(out) as FileResult[], err };
}

const crossYear = (r: FileResult | undefined): string[] =>
  (r?.findings ?? []).map((f) => f.rule).filter((rule) => CROSS_YEAR.includes(rule));

describe('gouji check --previous', () => {
  it("the same agency's report of the year before runs the cross-year rules", async () => {
    const { results, err } = await checkJson(['--previous', a2021, a2022]);
    expect(crossYear(results[0])).toContain('carryover-mismatch');
    expect(results[0]?.previousIgnored).toBeUndefined();
    expect(err).toBe('');
  });

  it('another agency: a warning, and the cross-year rules do not run', async () => {
    const { results, err } = await checkJson(['--previous', b2021, a2022]);
    const reason = `--previous 给出的是“${OTHER}”的报告，本报告是“${AGENCY}”的，未做跨年度比对。`;
    expect(results[0]?.previousIgnored).toBe(reason);
    expect(crossYear(results[0])).toEqual([]);
    expect(err).toBe(`${a2022}：${reason}\n`);
  });

  it('a later year: a warning, and the cross-year rules do not run', async () => {
    const { results } = await checkJson(['--previous', a2022, a2021]);
    expect(results[0]?.previousIgnored).toBe(
      '--previous 给出的是 2022 年的报告，本报告是 2021 年的（应为 2020 年），未做跨年度比对。',
    );
    expect(crossYear(results[0])).toEqual([]);
  });

  it('the readable output says it under the file', async () => {
    const { out } = await run(['check', '--previous', a2022, a2021]);
    expect(out.split('\n').slice(0, 2)).toEqual([
      `■ ${a2021}（2021 年度 · 2021 版格式）`,
      '  ! --previous 给出的是 2022 年的报告，本报告是 2021 年的（应为 2020 年），未做跨年度比对。',
    ]);
  });

  it('a --previous that cannot be read or is not a report: exit 2 with the reason, nothing checked', async () => {
    const missing = path.join(dir, 'nope.docx');
    expect(await run(['check', '--previous', missing, a2022])).toEqual({
      code: 2,
      out: '',
      err: `上一年度报告无法读取：${missing}：文件不存在（或链接指向的文件已不存在）。\n`,
    });
    const memo = path.join(dir, 'memo.docx');
    writeFileSync(memo, await buildDocx({ blocks: [{ p: '关于召开季度工作会议的通知' }] }));
    expect(await run(['check', '--previous', memo, a2022])).toEqual({
      code: 2,
      out: '',
      err: `--previous 给出的文件不是年报：${memo}\n`,
    });
  });
});
