// The pair check from the first pass's digests gives exactly the findings of checking the later
// report with the earlier one as `previous` — the same rules, merged in the engine's order — for
// every ordered pair of a set of fixtures (the cross-year ones were made against clean-2021), and
// a digest survives the trip through the store's JSON.

import { promises as fs } from 'fs';
import * as path from 'path';
import { check } from '../../src/core/check';
import { readDocx } from '../../src/hosts/docx/read';
import type { DocModel } from '../../src/core/model';
import { crossYearDigest, crossYearFindings, withCrossYear } from '../../src/review/cross-year';
import { ResultStore } from '../../src/review/store';
import type { ReviewResult } from '../../src/review/types';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const NAMES = [
  'clean-2019.docx',
  'clean-2021.docx',
  'clean-2022.docx',
  'error-carryover-mismatch.docx',
  'error-in-force-continuity.docx',
  'error-repeated-text.docx',
  'error-row-total.docx',
  'error-text-table-mismatch.docx',
  'seed-000.docx',
  'seed-001.docx',
];

const models = new Map<string, DocModel>();

beforeAll(async () => {
  for (const name of NAMES) {
    models.set(name, (await readDocx(await fs.readFile(path.join(FIXTURES, name)))).model);
  }
});

function firstPass(name: string): {
  result: ReviewResult;
  digest: ReturnType<typeof crossYearDigest>;
} {
  const { report, findings } = check(models.get(name) as DocModel);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const result: ReviewResult = {
    rel: name,
    agency: null,
    year: report.year,
    formatVersion: report.formatVersion,
    sections: [],
    errors,
    warnings: findings.length - errors,
    status: errors > 0 ? 'error' : findings.length > errors ? 'warning' : 'pass',
    findings,
  };
  // Through JSON, as the store keeps it.
  return JSON.parse(JSON.stringify({ result, digest: crossYearDigest(report) })) as {
    result: ReviewResult;
    digest: ReturnType<typeof crossYearDigest>;
  };
}

describe('the pair check from digests', () => {
  it('equals a full check with `previous` for every ordered pair of fixtures', () => {
    const passes = new Map(NAMES.map((n) => [n, firstPass(n)]));
    let crossFindings = 0;
    for (const current of NAMES) {
      for (const previous of NAMES) {
        if (current === previous) continue;
        const now = passes.get(current)!;
        const last = passes.get(previous)!;
        const cross = crossYearFindings(now.digest, last.digest);
        crossFindings += cross.length;
        const merged = withCrossYear(now.result, { rel: previous, year: 2000 }, cross);
        const full = check(models.get(current) as DocModel, {
          previous: models.get(previous) as DocModel,
        }).findings;
        expect({ current, previous, findings: merged.findings }).toEqual({
          current,
          previous,
          findings: JSON.parse(JSON.stringify(full)),
        });
        const errors = full.filter((f) => f.severity === 'error').length;
        expect([merged.errors, merged.warnings]).toEqual([errors, full.length - errors]);
      }
    }
    // The set exercises all three cross-year rules.
    expect(crossFindings).toBeGreaterThan(20);
  });

  it('names the three rules the fixtures were made for', () => {
    const base = firstPass('clean-2021.docx').digest;
    const rules = (name: string): string[] =>
      crossYearFindings(firstPass(name).digest, base).map((f) => f.rule);
    expect(new Set(rules('error-carryover-mismatch.docx'))).toEqual(
      new Set(['carryover-mismatch']),
    );
    expect(rules('error-in-force-continuity.docx')).toContain('in-force-continuity');
    expect(rules('error-repeated-text.docx')).toContain('repeated-text');
  });

  it('is kept by the store beside the result, and read back whole', async () => {
    const store = await ResultStore.create();
    try {
      const { result, digest } = firstPass('clean-2021.docx');
      await store.append({ result, crossYear: digest });
      await store.append({ result: { ...result, warnings: 9 } });
      expect(await store.digest('clean-2021.docx')).toEqual(digest);
      expect(await store.digest('other.docx')).toBeUndefined();
      expect((await store.get('clean-2021.docx')).warnings).toBe(9);
    } finally {
      await store.dispose();
    }
  });
});
