// What `gouji check` does once its command line is read; loaded only when check runs, so that
// --help, --version and the other commands do not load the engine and the reader.
import { recognize } from '../core/recognize';
import type { Report } from '../core/report';
import type { CheckOptions } from './check';
import { checkFile, exitCode, loadModel, type FileResult } from './check-file';
import { expandInputs, NOTHING_FOUND } from './files';
import { formatSummary, formatText, NO_PREVIOUS, wasChecked } from './format-text';
import { isAnnualReport } from './not-report';

export async function runCheck(
  inputs: string[],
  opts: CheckOptions,
  setExit: (code: number) => void,
): Promise<void> {
  let previous: Report | undefined;
  if (opts.previous) {
    const loaded = await loadModel(opts.previous);
    if ('error' in loaded) {
      process.stderr.write(`上一年度报告无法读取：${opts.previous}：${loaded.error}\n`);
      setExit(2);
      return;
    }
    previous = recognize(loaded.model);
    if (!isAnnualReport(previous)) {
      process.stderr.write(`--previous 给出的文件不是年报：${opts.previous}\n`);
      setExit(2);
      return;
    }
  }
  const { files, empty, folders } = await expandInputs(inputs);
  const results: FileResult[] = [];
  for (const file of files) {
    const result = await checkFile(file, previous);
    results.push(result);
    if (!opts.json) process.stdout.write(formatText(result, { all: opts.all }) + '\n');
    if (opts.json && result.previousIgnored) {
      process.stderr.write(`${result.file}：${result.previousIgnored}\n`);
    }
  }
  if (opts.json) {
    process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  } else {
    const notes: string[] = [];
    if (!previous && results.some(wasChecked)) notes.push(NO_PREVIOUS);
    // One line for a batch: how many files, and how many of each outcome.
    if (results.length > 1 || (folders > 0 && results.length > 0))
      notes.push(formatSummary(results));
    if (notes.length > 0) process.stdout.write(notes.join('\n') + '\n');
  }
  // Nothing checked is not "no errors": a CI step over an empty or mistyped folder must fail.
  for (const folder of empty) process.stderr.write(`${NOTHING_FOUND}${folder}\n`);
  if (results.length === 0 || empty.length > 0) setExit(2);
  setExit(exitCode(results));
}
