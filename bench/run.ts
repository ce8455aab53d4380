// `npm run bench`: runs every bench/*.bench.ts in name order; each prints its own lines.
// Speed is measured here, never asserted with timers in tests.
import * as fs from 'fs';
import * as path from 'path';

interface BenchModule {
  default: () => Promise<void>;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  for (const file of files) {
    const mod = (await import(path.join(__dirname, file))) as BenchModule;
    await mod.default();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
