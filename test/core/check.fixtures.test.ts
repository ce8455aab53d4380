// Every fixture through the whole engine: each error fixture triggers exactly the rules its
// manifest (test/fixtures/fixtures.ts) names, clean ones none, broken ones cannot be read.
import { readFileSync } from 'fs';
import * as path from 'path';
import { check } from '../../src/core/check';
import type { DocModel } from '../../src/core/model';
import { DocxError } from '../../src/hosts/docx/errors';
import { readDocx } from '../../src/hosts/docx/read';
import { FIXTURES_DIR, fixtureList } from '../fixtures/fixtures';

const CROSS_YEAR = new Set(['carryover-mismatch', 'in-force-continuity', 'repeated-text']);

async function model(name: string): Promise<DocModel> {
  return (await readDocx(readFileSync(path.join(FIXTURES_DIR, name)))).model;
}

const { fixtures } = fixtureList();
// Seeds hold real errors; their exact findings are asserted in test/cli/check.test.ts.
const cases = fixtures.filter((f) => !f.name.startsWith('seed-'));

describe.each(cases.map((f) => [f.name, f.expects] as const))('%s', (name, expects) => {
  if (expects === 'unreadable') {
    it('is refused with a Chinese DocxError', async () => {
      const err = await readDocx(readFileSync(path.join(FIXTURES_DIR, name))).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(DocxError);
      expect((err as DocxError).message).toMatch(/[\u4e00-\u9fa5]/);
    });
    return;
  }
  it(`triggers exactly: ${expects.join(', ') || 'nothing'}`, async () => {
    const crossYear = expects.some((r) => CROSS_YEAR.has(r));
    const previous = crossYear ? await model('clean-2021.docx') : undefined;
    const { findings } = check(await model(name), previous ? { previous } : {});
    expect([...new Set(findings.map((f) => f.rule))].sort()).toEqual([...expects].sort());
  });
});
