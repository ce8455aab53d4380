// The engine's speed: one report, a 50-page report, and a batch of 200, each next to the floor of
// merely unzipping the same files and XML-parsing their word/document.xml.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { check } from '../src/core/check';
import { readDocx } from '../src/hosts/docx/read';
import { generateReport, reportToDocSpec } from '../test/fixtures/report';
import { buildDocx } from '../test/fixtures/spec';

async function floor(data: Buffer): Promise<void> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file('word/document.xml')?.async('string');
  const parser = new SaxesParser();
  let elements = 0;
  parser.on('opentag', () => {
    elements++;
  });
  parser.write(xml ?? '').close();
  if (elements === 0) throw new Error('empty document');
}

async function engine(data: Buffer): Promise<number> {
  const file = await readDocx(data);
  return check(file.model).findings.length;
}

async function time(
  files: Buffer[],
  fn: (b: Buffer) => Promise<unknown>,
  rounds: number,
): Promise<number> {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (const f of files) await fn(f);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

const ms = (x: number): string => `${x.toFixed(1)} ms`;

export default async function bench(): Promise<void> {
  const one = await buildDocx(
    reportToDocSpec(generateReport({ version: 2021, year: 2021, agency: '某某区某某局', seed: 1 })),
  );
  const long = await buildDocx(
    reportToDocSpec(
      generateReport({
        version: 2021,
        year: 2021,
        agency: '某某区某某局',
        seed: 2,
        proseParagraphs: 400,
      }),
    ),
  );
  const batch: Buffer[] = [];
  for (let i = 0; i < 200; i++) {
    const version = i % 3 === 0 ? 2019 : 2021;
    const spec = generateReport({
      version,
      year: version === 2019 ? 2020 : 2021 + (i % 3),
      agency: `第${i}局`,
      seed: 1000 + i,
      errors: i % 4,
    });
    batch.push(await buildDocx(reportToDocSpec(spec)));
  }
  // Warm the JIT so the first measured round is not the compiler's.
  for (const f of batch.slice(0, 20)) {
    await engine(f);
    await floor(f);
  }

  const oneEngine = await time([one], engine, 20);
  const oneFloor = await time([one], floor, 20);
  const longEngine = await time([long], engine, 10);
  const longFloor = await time([long], floor, 10);
  const batchEngine = await time(batch, engine, 3);
  const batchFloor = await time(batch, floor, 3);
  const paragraphs = (await readDocx(long)).model.paragraphs.length;

  console.log('check bench (best of several rounds, one core)');
  console.log(
    `  one report:            ${ms(oneEngine)}  floor ${ms(oneFloor)}  ratio ${(oneEngine / oneFloor).toFixed(2)}`,
  );
  console.log(
    `  50-page report (${paragraphs} paragraphs, ${(long.length / 1024).toFixed(0)} KiB): ${ms(longEngine)}  floor ${ms(longFloor)}  ratio ${(longEngine / longFloor).toFixed(2)}`,
  );
  console.log(
    `  batch of 200:          ${ms(batchEngine)} (${(batchEngine / 200).toFixed(1)} ms/report)  floor ${ms(batchFloor)}  ratio ${(batchEngine / batchFloor).toFixed(2)}`,
  );
}
