// Every fixture's findings, whole (rule, severity, message, cells, values, fixes), held in a
// committed snapshot: a refactor of the rules, the reader or the solver that changes any finding on
// any fixture fails here. After a deliberate change, review the diff and run `npx jest -u` on this file.
import { readFileSync } from 'fs';
import * as path from 'path';
import { check } from '../../src/core/check';
import type { DocModel } from '../../src/core/model';
import { readDocx } from '../../src/hosts/docx/read';
import { FIXTURES_DIR, fixtureList } from '../fixtures/fixtures';

const CROSS_YEAR = new Set(['carryover-mismatch', 'in-force-continuity', 'repeated-text']);

async function model(name: string): Promise<DocModel> {
  return (await readDocx(readFileSync(path.join(FIXTURES_DIR, name)))).model;
}

const readable = fixtureList().fixtures.flatMap((f) =>
  f.expects === 'unreadable' ? [] : [[f.name, f.expects] as const],
);

test.each(readable)('%s', async (name, expects) => {
  const crossYear = expects.some((r) => CROSS_YEAR.has(r));
  const previous = crossYear ? await model('clean-2021.docx') : undefined;
  const { findings } = check(await model(name), previous ? { previous } : {});
  expect(findings).toMatchSnapshot();
});
