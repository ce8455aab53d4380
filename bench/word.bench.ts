// Round trips of one Word check on the fake Word: a 2-page and a 100-page report must need the
// same number (ARCHITECTURE.md: round trips per check must not grow with the document).
import { createWordHost } from '../src/hosts/word';
import { fakeEnv, type FakeDocument } from '../test/hosts/word/fakeWord';
import { generated } from '../test/hosts/word/helpers';

async function syncsPerCheck(doc: FakeDocument): Promise<number> {
  await createWordHost(fakeEnv(doc)).check(); // the first check may add marks
  const before = doc.syncs;
  await createWordHost(fakeEnv(doc)).check();
  return doc.syncs - before;
}

export default async function bench(): Promise<void> {
  const small = await syncsPerCheck(await generated(5));
  const large = await syncsPerCheck(await generated(3000));
  console.log(`word syncs per check: ${small} (2 pages) / ${large} (100 pages)`);
}
