// Run by check.bench.ts in a process of its own, one per task, so that no task is charged with
// another's garbage, grown heap or compiled code: in one process the garbage JSZip and fflate
// leave was collected in gouji's rounds (the batch read 1.67 ms per report there, 1.17 ms alone).
// Reads DIR/one.docx, DIR/long.docx and DIR/batch/*.docx, warms TASK on the batch, then prints
// {"one","long","batch"}: CPU milliseconds per report, the best of several rounds.
import { inflateSync, strFromU8 } from 'fflate';
import { readdirSync, readFileSync } from 'fs';
import JSZip from 'jszip';
import path from 'path';
import { SaxesParser } from 'saxes';
import { inflateRawSync } from 'zlib';
import { shippedEngine, type Engine } from './shipped';

type Task = (b: Buffer) => Promise<unknown>;

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

function engineTasks(gouji: Engine): Record<string, Task> {
  return {
    gouji: async (data) => {
      const file = await gouji.readDocx(data);
      return gouji.check(file.model).findings.length;
    },
    read: async (data) => (await gouji.readDocx(data)).model.paragraphs.length,
  };
}

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

async function main(): Promise<void> {
  const [name, dir] = process.argv.slice(2);
  if (!name || !dir) throw new Error('usage: check-child TASK DIR');
  const floors: Record<string, Task> = { jszipSaxes, zlibScan, fflateScan };
  // A floor's process does not load gouji.
  const tasks = name in floors ? floors : engineTasks(await shippedEngine());
  const task = tasks[name];
  if (!task) throw new Error(`no task ${name}`);
  const one = readFileSync(path.join(dir, 'one.docx'));
  const long = readFileSync(path.join(dir, 'long.docx'));
  const batchDir = path.join(dir, 'batch');
  const batch = readdirSync(batchDir)
    .sort()
    .map((f) => readFileSync(path.join(batchDir, f)));
  // Warm the JIT so that no measured round is the compiler's: the engine's functions run once or
  // a few times per report, so it takes hundreds of reports (20 left the first rounds of one
  // report at 2-3× the steady state, in the interpreter).
  for (let k = 0; k < 2; k++) for (const f of batch) await task(f);
  const result = {
    one: await cpuPerFile([one], task, 7, 30),
    long: await cpuPerFile([long], task, 7, 5),
    batch: await cpuPerFile(batch, task, 5, 1),
  };
  process.stdout.write(JSON.stringify(result));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
