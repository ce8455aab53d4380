// Run by hostile.bench.ts in a process of its own, so that its peak memory is one document's alone:
// reads FILE (and PREVIOUS) and checks it, then prints {"ms","rss","findings"} as JSON; a file the
// reader refuses prints its error code instead of findings.
import { readFileSync } from 'fs';
import { check } from '../src/core/check';
import { DocxError } from '../src/hosts/docx/errors';
import { readDocx } from '../src/hosts/docx/read';

async function main(): Promise<void> {
  const [file, previous] = process.argv.slice(2);
  if (!file) throw new Error('usage: hostile-child FILE [PREVIOUS]');
  const data = readFileSync(file);
  const last = previous ? readFileSync(previous) : undefined;
  const t0 = process.hrtime.bigint();
  let outcome: { findings: number } | { refused: string };
  try {
    const model = (await readDocx(data)).model;
    const prev = last ? (await readDocx(last)).model : undefined;
    outcome = { findings: check(model, { previous: prev }).findings.length };
  } catch (err) {
    outcome = { refused: err instanceof DocxError ? err.code : String(err) };
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  // resourceUsage().maxRSS is in kilobytes.
  const rss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ ms, rss, ...outcome }));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
