// repeated-text's cost at 6, 60 and 600 paragraphs in 五 each year (the case took 5.2 s at
// 600), the rule as the engine runs it on recognised reports, next to the algorithm it replaced.
import { recognize } from '../src/core/recognize';
import type { Report } from '../src/core/report';
import { normalizeForComparison } from '../src/core/rules/prose/bigrams';
import { repeatedText } from '../src/core/rules/repeated-text';
import { solveSums } from '../src/core/solve';
import { readDocx } from '../src/hosts/docx/read';
import { cleanReport, fillerParagraph, reportToDocSpec, rng } from '../test/fixtures/report';
import { buildDocx } from '../test/fixtures/spec';
import { oldAlgorithm } from '../test/core/rules/prose/old-repeated-text';

/** This year's and last year's 五 of `n` filler paragraphs, a tenth of them copied. */
async function pair(
  n: number,
): Promise<{ report: Report; previous: Report; mine: string[]; last: string[] }> {
  const next = rng(n);
  const last = Array.from({ length: n }, () => fillerParagraph(next));
  const mine = Array.from({ length: n }, (_, i) =>
    i % 10 === 0 ? last[(i * 7) % n] : fillerParagraph(next),
  );
  const build = async (year: number, s5: string[]): Promise<Report> => {
    const spec = cleanReport(2021, year);
    spec.sections.s5 = s5;
    return recognize((await readDocx(await buildDocx(reportToDocSpec(spec)))).model);
  };
  return { report: await build(2022, mine), previous: await build(2021, last), mine, last };
}

function best(fn: () => void, budgetMs: number): number {
  let min = Infinity;
  const start = performance.now();
  do {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  } while (performance.now() - start < budgetMs);
  return min;
}

const ms = (x: number): string => (x < 10 ? `${x.toFixed(2)} ms` : `${x.toFixed(0)} ms`);

export default async function bench(): Promise<void> {
  const rows: string[] = [];
  for (const n of [6, 60, 600]) {
    const { report, previous, mine, last } = await pair(n);
    const sums = solveSums(report, []);
    let found = 0;
    const rule = best(
      () => void (found = repeatedText.check({ report, previous, sums }).length),
      1000,
    );
    const norm = (xs: string[]): string[] =>
      xs.map(normalizeForComparison).filter((t) => t.length >= 30);
    const old = best(() => void oldAlgorithm(norm(mine), norm(last), 0.9), 1000);
    rows.push(`${n} paragraphs: ${ms(rule)} (${found} found; the old comparison ${ms(old)})`);
  }
  process.stdout.write(`repeated-text, 五 of each year: ${rows.join(' · ')}\n`);
}
