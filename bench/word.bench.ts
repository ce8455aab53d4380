// The Word host on the fake Word: round trips of one check (a 2-page and a 100-page report must
// need the same number, ARCHITECTURE.md), of one fix action (verification included), and how
// many re-checks one user edit causes when Word echoes the add-in's own writes 1.5 s later.
import * as fs from 'fs';
import * as path from 'path';
import type { CheckOutcome } from '../src/hosts/pane-host';
import { createWordHost } from '../src/hosts/word';
import { FakeDocument, fakeEnv } from '../test/hosts/word/fakeWord';
import { FIXTURES, generated } from '../test/hosts/word/helpers';

const ECHO_MS = 1500;
const OBSERVE_MS = 12000;

async function syncsPerCheck(doc: FakeDocument): Promise<number> {
  await createWordHost(fakeEnv(doc)).check(); // the first check may add marks
  const before = doc.syncs;
  await createWordHost(fakeEnv(doc)).check();
  return doc.syncs - before;
}

const findingsOf = (o: CheckOutcome) =>
  o.kind === 'report' || o.kind === 'no-tables' ? o.findings : [];

async function syncsPerFix(): Promise<number> {
  const doc = await FakeDocument.fromDocx(fs.readFileSync(path.join(FIXTURES, 'seed-004.docx')));
  const host = createWordHost(fakeEnv(doc));
  const target = findingsOf(await host.check()).find((f) => f.fix?.kind === 'set-cell');
  if (!target) throw new Error('seed-004 has no set-cell fix');
  const before = doc.syncs;
  await host.fix([target]);
  return doc.syncs - before;
}

/** Real time: one edit, then watch for OBSERVE_MS as the pane would (every callback re-checks). */
async function rechecksPerEdit(): Promise<number> {
  const doc = await FakeDocument.fromDocx(fs.readFileSync(path.join(FIXTURES, 'seed-004.docx')), {
    echoDelayMs: ECHO_MS,
  });
  const host = createWordHost(fakeEnv(doc));
  let rechecks = 0;
  const off = host.onChange?.(() => {
    rechecks++;
    void host.check();
  });
  await host.check();
  await new Promise((r) => setTimeout(r, ECHO_MS + 1500)); // the first check's echo passes
  rechecks = 0;
  await doc.userEdits(2, '用户修改了这一段。');
  await new Promise((r) => setTimeout(r, OBSERVE_MS));
  off?.();
  return rechecks;
}

export default async function bench(): Promise<void> {
  const small = await syncsPerCheck(await generated(5));
  const large = await syncsPerCheck(await generated(3000));
  console.log(`word syncs per check: ${small} (2 pages) / ${large} (100 pages)`);
  console.log(`word syncs per fix action: ${await syncsPerFix()}`);
  console.log(
    `word live re-checks per user edit (echo delay ${ECHO_MS / 1000} s): ${await rechecksPerEdit()}`,
  );
}
