// recognizeAgency on the four seeds (rebuilt as test/fixtures/seed-NNN.docx) and on generated
// reports that name the agency in one place only: the first sentence, the signature, the file name.

import { readFileSync } from 'fs';
import path from 'path';
import { recognize, recognizeAgency } from '../../../src/core/recognize';
import { agencyName } from '../../../src/core/recognize/agency';
import type { Report } from '../../../src/core/report';
import { readDocx } from '../../../src/hosts/docx/read';
import { FIXTURES_DIR } from '../../fixtures/fixtures';
import { cleanReport, reportToDocSpec, type ReportSpec } from '../../fixtures/report';
import { buildDocx } from '../../fixtures/spec';

async function fixture(name: string): Promise<Report> {
  return recognize((await readDocx(readFileSync(path.join(FIXTURES_DIR, name)))).model);
}

/** A clean 2021 report with no agency anywhere, changed by `edit`. */
async function generated(edit: (r: ReportSpec) => void): Promise<Report> {
  const spec = cleanReport(2021, 2021);
  spec.preface = ['根据《中华人民共和国政府信息公开条例》规定，特此公布本年度报告。'];
  spec.sections.s1 = ['本年度，政务公开工作持续深化。主动公开政府信息120条。'];
  spec.signature = ['2022年1月20日'];
  edit(spec);
  return recognize((await readDocx(await buildDocx(reportToDocSpec(spec)))).model);
}

describe('recognizeAgency on the seeds', () => {
  it('000: the line above a title without agency', async () => {
    const report = await fixture('seed-000.docx');
    expect(recognizeAgency(report)).toEqual({
      name: '杭州市下城区投资促进局',
      source: 'title-line',
      candidates: [{ name: '杭州市下城区投资促进局', source: 'title-line' }],
    });
    expect(report.agency).toBe('杭州市下城区投资促进局');
  });

  it('001: the bracketed line under the title, and the first sentence', async () => {
    expect(recognizeAgency(await fixture('seed-001.docx'))).toEqual({
      name: '拱墅区政府办公室',
      source: 'title-line',
      candidates: [
        { name: '拱墅区政府办公室', source: 'title-line' },
        { name: '拱墅区人民政府办公室', source: 'first-sentence' },
      ],
    });
  });

  it('002: the line above the title, and the signature above the date', async () => {
    expect(recognizeAgency(await fixture('seed-002.docx'))).toEqual({
      name: '杭州市临安区科学技术局',
      source: 'title-line',
      candidates: [
        { name: '杭州市临安区科学技术局', source: 'title-line' },
        { name: '杭州市临安区科技局', source: 'signature' },
      ],
    });
  });

  it('004: the title, the first sentence of 一 and the signature', async () => {
    expect(recognizeAgency(await fixture('seed-004.docx'))).toEqual({
      name: '区经信局',
      source: 'title',
      candidates: [
        { name: '区经信局', source: 'title' },
        { name: '定海区经济和信息化局', source: 'first-sentence' },
        { name: '舟山市定海区经济和信息化局', source: 'signature' },
      ],
    });
  });

  it('the clean reports: the preface ("现向社会公布XX2020年…") and the signature', async () => {
    const report = await fixture('clean-2019.docx');
    expect(recognizeAgency(report)?.candidates).toEqual([
      { name: '临江市明湖区司法局', source: 'first-sentence' },
      { name: '临江市明湖区司法局', source: 'signature' },
    ]);
    expect(report.agency).toBe('临江市明湖区司法局');
  });
});

describe('recognizeAgency on generated reports', () => {
  it('nothing names the agency: null, and the report has none', async () => {
    const report = await generated(() => {});
    expect(recognizeAgency(report)).toBeNull();
    expect(report.agency).toBeUndefined();
  });

  it.each([
    ['本报告由杭州市西湖区人民政府办公室编制。', '杭州市西湖区人民政府办公室'],
    ['本年度报告是由某某县交通运输局根据《条例》要求编制的。', '某某县交通运输局'],
    ['本报告是某某市生态环境局2021年政府信息公开工作年度报告。', '某某市生态环境局'],
  ])('only in the preface’s first sentence: %s', async (sentence, name) => {
    const report = await generated((r) => {
      r.preface = [sentence];
    });
    expect(recognizeAgency(report)).toEqual({
      name,
      source: 'first-sentence',
      candidates: [{ name, source: 'first-sentence' }],
    });
  });

  it('only in the first sentence of 一 ("2021年，XX坚持…")', async () => {
    const report = await generated((r) => {
      r.sections.s1 = ['2021年，某某区市场监督管理局坚持以公开为常态、不公开为例外。'];
    });
    expect(recognizeAgency(report)).toMatchObject({
      name: '某某区市场监督管理局',
      source: 'first-sentence',
    });
  });

  it('a sentence that opens with a year but not with a name gives nothing', async () => {
    const report = await generated((r) => {
      r.sections.s1 = ['2021年，在区委区政府的坚强领导下，我局认真贯彻落实条例。'];
    });
    expect(recognizeAgency(report)).toBeNull();
  });

  it('only in the signature block above the date (Chinese numerals too)', async () => {
    const report = await generated((r) => {
      r.signature = ['某某街道办事处', '二〇二二年一月十八日'];
    });
    expect(recognizeAgency(report)).toEqual({
      name: '某某街道办事处',
      source: 'signature',
      candidates: [{ name: '某某街道办事处', source: 'signature' }],
    });
  });

  it('a last line that is not above a date is not a signature', async () => {
    const report = await generated((r) => {
      r.signature = ['某某街道办事处'];
    });
    expect(recognizeAgency(report)).toBeNull();
  });

  it.each([
    ['某某县卫生健康局2021年政府信息公开工作年度报告.docx', '某某县卫生健康局'],
    ['批量/03_2021年度某某镇人民政府政府信息公开年报.docx', '某某镇人民政府'],
    ['C:\\报告\\某某区教育局（2021年度）.docx', '某某区教育局'],
  ])('only in the file name: %s', async (file, name) => {
    const report = await generated(() => {});
    expect(recognizeAgency(report, file)).toEqual({
      name,
      source: 'file-name',
      candidates: [{ name, source: 'file-name' }],
    });
  });

  it('a file name without an agency gives nothing', async () => {
    const report = await generated(() => {});
    expect(recognizeAgency(report, '附件1.docx')).toBeNull();
    expect(recognizeAgency(report, '2021年政府信息公开工作年度报告.docx')).toBeNull();
  });

  it('reads bounded slices: a first paragraph of a million characters', async () => {
    const report = await generated((r) => {
      r.preface = [`本报告由某某县司法局编制。${'公开'.repeat(500_000)}`];
    });
    expect(recognizeAgency(report)?.name).toBe('某某县司法局');
  });
});

describe('agencyName (what recognize keeps) is recognizeAgency’s name', () => {
  it.each(['seed-000.docx', 'seed-001.docx', 'seed-002.docx', 'seed-004.docx', 'clean-2019.docx'])(
    '%s',
    async (file) => {
      const report = await fixture(file);
      expect(report.agency).toBeDefined();
      expect(agencyName(report)).toBe(recognizeAgency(report)?.name);
      expect(report.agency).toBe(recognizeAgency(report)?.name);
    },
  );

  it('none named: null from both; a file name: the same name from both', async () => {
    const report = await generated(() => undefined);
    expect(agencyName(report)).toBeNull();
    expect(agencyName(report, '区经信局2021年年报.docx')).toBe(
      recognizeAgency(report, '区经信局2021年年报.docx')?.name,
    );
    expect(agencyName(report, '区经信局2021年年报.docx')).toBe('区经信局');
  });
});
