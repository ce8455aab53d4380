// The engine's speed: one report, a 50-page report, and a batch of 200, each next to three floors
// of merely getting at the same files' text:
//   JSZip + saxes   unzip with JSZip and tokenize word/document.xml with saxes (the stack gouji
//                   was first built on; this bench's original floor);
//   zlib + scan     inflate word/document.xml with node:zlib and find the elements a checker needs
//                   (paragraphs, texts, cells) with indexOf: the physical floor in Node;
//   fflate + scan   the same with fflate, the inflater the browser checker uses.
// All figures are CPU time (user + system) per report, best of several rounds, on one thread.
// gouji is measured as it ships (lib/, see ./shipped).
import { inflateSync, strFromU8 } from 'fflate';
import JSZip from 'jszip';
import { inflateRawSync } from 'zlib';
import { SaxesParser } from 'saxes';
import { shippedEngine, type Engine } from './shipped';
import { generateReport, reportToDocSpec } from '../test/fixtures/report';
import { buildDocx } from '../test/fixtures/spec';

let gouji: Engine;

async function jszipSaxes(data: Buffer): Promise<void> {
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

/** The deflated bytes of word/document.xml, found through the central directory. */
function documentData(data: Buffer): Buffer {
  let eocd = data.length - 22;
  while (eocd >= 0 && data.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = data.readUInt16LE(eocd + 10);
  let p = data.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const nameLength = data.readUInt16LE(p + 28);
    const name = data.toString('latin1', p + 46, p + 46 + nameLength);
    if (name === 'word/document.xml') {
      const local = data.readUInt32LE(p + 42);
      const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
      return data.subarray(start, start + data.readUInt32LE(p + 20));
    }
    p += 46 + nameLength + data.readUInt16LE(p + 30) + data.readUInt16LE(p + 32);
  }
  throw new Error('no word/document.xml');
}

/** Counts paragraphs, texts and cells: what a checker must at least find. */
function scanElements(xml: string): number {
  let found = 0;
  for (let i = xml.indexOf('<w:'); i >= 0; i = xml.indexOf('<w:', i + 3)) {
    const c = xml.charCodeAt(i + 3);
    const d = xml.charCodeAt(i + 4);
    // <w:p>, <w:p …>, <w:t>, <w:t …>, <w:tc>, <w:tc …>
    if ((c === 112 || c === 116) && (d === 62 || d === 32)) found++;
    else if (c === 116 && d === 99) found++;
  }
  if (found === 0) throw new Error('empty document');
  return found;
}

async function zlibScan(data: Buffer): Promise<number> {
  return Promise.resolve(scanElements(inflateRawSync(documentData(data)).toString('utf8')));
}

async function fflateScan(data: Buffer): Promise<number> {
  return Promise.resolve(scanElements(strFromU8(inflateSync(documentData(data)))));
}

async function engine(data: Buffer): Promise<number> {
  const file = await gouji.readDocx(data);
  return gouji.check(file.model).findings.length;
}

type Task = (b: Buffer) => Promise<unknown>;

/** CPU milliseconds per file: the best of `rounds` rounds over `files`, each `repeat` times. */
async function cpuPerFile(files: Buffer[], fn: Task, rounds: number, repeat = 1): Promise<number> {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.cpuUsage();
    for (let k = 0; k < repeat; k++) for (const f of files) await fn(f);
    const used = process.cpuUsage(t0);
    best = Math.min(best, (used.user + used.system) / 1000 / (files.length * repeat));
  }
  return best;
}

async function read(data: Buffer): Promise<number> {
  return (await gouji.readDocx(data)).model.paragraphs.length;
}

const TASKS: [string, Task][] = [
  ['gouji', engine],
  ['its read', read],
  ['JSZip+saxes', jszipSaxes],
  ['zlib+scan', zlibScan],
  ['fflate+scan', fflateScan],
];

async function row(label: string, files: Buffer[], rounds: number, repeat: number): Promise<void> {
  const t: number[] = [];
  for (const [, fn] of TASKS) t.push(await cpuPerFile(files, fn, rounds, repeat));
  const cells = t.map((x) => `${x.toFixed(2).padStart(7)} ms`).join('  ');
  const ratios = t
    .slice(2)
    .map((x) => `${(t[0] / x).toFixed(2)}×`.padStart(6))
    .join('  ');
  console.log(`  ${label.padEnd(30)} ${cells}   ${ratios}`);
}

export default async function bench(): Promise<void> {
  gouji = await shippedEngine();
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
  // Warm the JIT so that no measured round is the compiler's: the engine's functions run once or
  // a few times per report, so it takes hundreds of reports (20 left the first rounds of one
  // report at 2-3× the steady state, in the interpreter).
  for (let k = 0; k < 2; k++) for (const f of batch) for (const [, fn] of TASKS) await fn(f);
  const paragraphs = (await gouji.readDocx(long)).model.paragraphs.length;

  console.log(
    `check bench (CPU per report, best of several rounds, one thread; gouji from ${gouji.from}/, inflating with ${gouji.inflater})`,
  );
  const head = TASKS.map(([name]) => name.padStart(10)).join('  ');
  console.log(`  ${''.padEnd(30)} ${head}   gouji ÷ each floor`);
  await row('one report', [one], 7, 30);
  await row(
    `50-page report (${paragraphs} ¶, ${(long.length / 1024).toFixed(0)} KiB)`,
    [long],
    7,
    5,
  );
  await row('batch of 200 (per report)', batch, 3, 1);
  console.log('  goal: gouji ≤ 3× the zlib+scan floor per report');
}
