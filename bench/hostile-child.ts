// Run by hostile.bench.ts in a process of its own, so that its peak memory is one document's alone:
// reads FILE (and PREVIOUS) and checks it, then prints {"ms","rss","findings"} as JSON.
import { readFileSync } from 'fs';
import { check } from '../src/core/check';
import { readDocx } from '../src/hosts/docx/read';

async function main(): Promise<void> {
  const [file, previous] = process.argv.slice(2);
  if (!file) throw new Error('usage: hostile-child FILE [PREVIOUS]');
  const data = readFileSync(file);
  const last = previous ? readFileSync(previous) : undefined;
  const t0 = process.hrtime.bigint();
  const model = (await readDocx(data)).model;
  const prev = last ? (await readDocx(last)).model : undefined;
  const findings = check(model, { previous: prev }).findings.length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  // resourceUsage().maxRSS is in kilobytes.
  const rss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ ms, rss, findings }));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
