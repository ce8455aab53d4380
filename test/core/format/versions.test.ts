// A table layout is data: a trial "2031" layout (2021's plus a 表二 block of its own), registered
// from this test alone, is read, checked, named and written end to end with no other code
// changed; unregistered, the official two are as before. The official layouts' own behaviour is
// held by every fixture's findings (findings.snapshot.test.ts).
import { check } from '../../../src/core/check';
import {
  cellName,
  formatVersions,
  newestVersion,
  registerLayout,
  versionForYear,
  type LayoutVersion,
} from '../../../src/core/format';
import { LAYOUT_2021 } from '../../../src/core/format/versions/2021';
import type { DocModel } from '../../../src/core/model';
import { renderTable } from '../../../src/core/template';
import { readDocx } from '../../../src/hosts/docx/read';
import { cleanReport, reportToDocSpec, type ReportSpec } from '../../fixtures/report';
import { buildDocx } from '../../fixtures/spec';

const TRIAL: LayoutVersion = {
  ...LAYOUT_2021,
  version: 2031,
  from: 2031,
  notice: '国办公开办函〔2031〕1号',
  activeMarkers: [...LAYOUT_2021.activeMarkers, '本年行政裁决数量'],
  active: [
    ...LAYOUT_2021.active,
    {
      title: '第二十条第（七）项',
      columns: [{ key: 'adjudications', label: '本年行政裁决数量' }],
      rows: [{ key: 'adjudication', label: '行政裁决' }],
    },
  ],
};

async function modelOf(spec: ReportSpec): Promise<DocModel> {
  return (await readDocx(await buildDocx(reportToDocSpec(spec)))).model;
}

/** A clean report of `year` in 2021's tables, or in the trial layout's (with its new row filled). */
async function report(year: number, trial: boolean): Promise<DocModel> {
  const spec = cleanReport(2021, year);
  if (trial) {
    // ReportSpec names the two official layouts; the trial one is drawn from the registry.
    (spec as { version: number }).version = 2031;
    spec.active.adjudication = { adjudications: '4' };
  }
  return modelOf(spec);
}

describe('a layout registered as data', () => {
  let unregister: () => void = () => undefined;
  beforeAll(() => {
    unregister = registerLayout(TRIAL);
  });
  afterAll(() => unregister());

  it('applies from its year', () => {
    expect(formatVersions()).toEqual([2019, 2021, 2031]);
    expect(versionForYear(2030)).toBe(2021);
    expect(versionForYear(2031)).toBe(2031);
    expect(newestVersion()).toBe(2031);
  });

  it('reads a 2031 report in its tables, with the new row, and finds nothing wrong', async () => {
    const { report: r, findings } = check(await report(2031, true));
    expect(r.formatVersion).toBe(2031);
    expect(r.tables.active?.version).toBe(2031);
    expect(r.tables.requests?.version).toBe(2031);
    expect(r.tables.active?.cells['adjudication/adjudications']).toMatchObject({
      kind: 'number',
      value: 4,
    });
    expect(findings).toEqual([]);
  });

  it('holds a 2031 report in 2021’s tables to the 2031 layout, citing its notice', async () => {
    const { findings } = check(await report(2031, false));
    expect(findings).toEqual([
      {
        rule: 'format-version',
        severity: 'error',
        message:
          '2031 年度报告应使用 2031 版表格（国办公开办函〔2031〕1号），本报告使用的是 2021 版',
        section: 's2',
        expected: '2031',
        actual: '2021',
      },
    ]);
  });

  it('still reads a 2021 report as 2021', async () => {
    const { report: r, findings } = check(await report(2021, false));
    expect(r.formatVersion).toBe(2021);
    expect(r.tables.requests?.version).toBe(2021);
    expect(findings).toEqual([]);
  });

  it('names and writes the new row', () => {
    expect(cellName('active', 'adjudication', 'adjudications', 2031)).toBe(
      '表二 行政裁决 › 本年行政裁决数量',
    );
    const xml = renderTable('active', 2031);
    expect(xml).toContain('第二十条第（七）项');
    expect(xml).toContain('本年行政裁决数量');
    expect(renderTable('active', 2021)).not.toContain('行政裁决');
  });

  it('leaves the official two when unregistered', () => {
    const again = registerLayout({ ...TRIAL, version: 2041, from: 2041 });
    expect(formatVersions()).toEqual([2019, 2021, 2031, 2041]);
    again();
    expect(formatVersions()).toEqual([2019, 2021, 2031]);
    expect(() => registerLayout(TRIAL)).toThrow('layout 2031 is registered already');
  });
});
