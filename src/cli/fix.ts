// `gouji fix IN.docx -o OUT.docx [--in-place] [--no-marks] [--json]`: apply every safe fix,
// check again, mark what remains, write the result. The same plan/apply/mark path the Word add-in
// uses, over a .docx file.

import { stat } from 'fs/promises';
import { check, type CheckResult } from '../core/check';
import type { Finding } from '../core/finding';
import { isSafe, planFixes, planMarks } from '../core/fix';
import { recognize } from '../core/recognize';
import type { Edit } from '../core/plan';
import { DocxError } from '../hosts/docx/errors';
import { readIgnores } from '../hosts/docx/ignores';
import { addMarks, clearMarks } from '../hosts/docx/marks';
import { readDocx, type DocxFile } from '../hosts/docx/read';
import { applyPlanReporting, saveDocx } from '../hosts/docx/write';
import { resolveOutput, writeFileAtomic } from './atomic-write';
import { located } from './format-text';
import { InputError, readInputFile } from './input-file';
import type { FixOptions } from './fix-command';
import { isAnnualReport, NOT_A_REPORT } from './not-report';

export interface FixOutcome {
  file: string;
  output: string;
  /** Number of edits applied. */
  fixed: number;
  edits: Edit[];
  /** Why the edits not applied were left to the user (Chinese). */
  skipped: string[];
  /** Number of marks added on what remains. */
  marked: number;
  remaining: Finding[];
}

function fail(message: string, setExit: (code: number) => void): void {
  process.stderr.write(`${message}\n`);
  setExit(2);
}

export async function fixDocx(
  file: DocxFile,
  withMarks: boolean,
): Promise<{
  file: DocxFile;
  edits: Edit[];
  skipped: string[];
  marked: number;
  after: CheckResult;
}> {
  // Marks left by an earlier run (or by the add-in) would nest under new ones: start clean.
  const clean = clearMarks(file);
  const ignores = await readIgnores(clean);
  const before = check(clean.model, { ignores });
  // Only safe fixes are applied unasked; suggestions wait for a person to pick them.
  const plan = planFixes(before.report, before.findings.filter(isSafe));
  // A cell whose fields or revisions a value would lose is left alone, with the reason.
  const { file: fixed, skipped } = applyPlanReporting(clean, plan);
  const after = check(fixed.model, { ignores });
  const marks = withMarks ? planMarks(after.report, after.findings) : [];
  const left = new Set(skipped.map((s) => s.edit));
  return {
    file: addMarks(fixed, marks),
    edits: plan.edits.filter((e) => !left.has(e)),
    skipped: skipped.map((s) => s.reason),
    marked: marks.length,
    after,
  };
}

/** The same file under two names (a symbolic or hard link): same device and inode. */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return x !== null && y !== null && x.dev === y.dev && x.ino === y.ino;
}

function summary(outcome: FixOutcome): string {
  const errors = outcome.remaining.filter((f) => f.severity === 'error').length;
  const warnings = outcome.remaining.length - errors;
  const suggestions = outcome.remaining.filter((f) => f.fix && !isSafe(f)).length;
  const lines = [
    `${outcome.file} → ${outcome.output}`,
    `修复 ${outcome.fixed} 处，剩余 ${outcome.remaining.length} 项（错误 ${errors} 项，警告 ${warnings} 项）` +
      (outcome.marked > 0 ? `，已在文档中标记 ${outcome.marked} 处。` : '。'),
    // Suggestions need a person: say where they can be applied, since fix left them alone.
    ...outcome.skipped.map((reason) => `跳过：${reason}`),
    ...(suggestions > 0
      ? [
          `其中 ${suggestions} 项有修改建议，需人工确认，未自动修改：请在 Word 加载项或检查器页面中逐项查看。`,
        ]
      : []),
  ];
  for (const f of outcome.remaining) {
    const suggested = f.fix && !isSafe(f) ? '  [有修改建议]' : '';
    lines.push(`  ${f.severity === 'error' ? '错误' : '警告'}：${located(f)}${suggested}`);
  }
  return lines.join('\n');
}

/** `gouji fix` once its command line is read (registered in fix-command). */
export async function runFix(
  input: string,
  opts: FixOptions,
  setExit: (code: number) => void,
): Promise<void> {
  const output = opts.output ?? (opts.inPlace ? input : undefined);
  if (!output) {
    fail('请用 -o 指定输出文件，或用 --in-place 覆盖原文件。', setExit);
    return;
  }
  if (!opts.inPlace && (await sameFile(input, output))) {
    // Also through a symbolic or hard link: writing there would replace the original.
    fail(
      `输出文件就是原文件（${output}，可能经由链接）：如确要覆盖原文件，请加 --in-place。`,
      setExit,
    );
    return;
  }
  // Before the work: a missing or read-only output folder is said at once.
  await resolveOutput(output);
  let data: Buffer;
  try {
    data = await readInputFile(input);
  } catch (err: unknown) {
    fail(
      `无法读取文件：${input}：${err instanceof InputError ? err.message : String(err)}`,
      setExit,
    );
    return;
  }
  let file: DocxFile;
  try {
    file = await readDocx(data);
  } catch (err: unknown) {
    fail(`${input}：${err instanceof DocxError ? err.message : String(err)}`, setExit);
    return;
  }
  if (!isAnnualReport(recognize(file.model))) {
    // Its "missing sections" would be inserted into a memo or a letter.
    fail(`${input}：${NOT_A_REPORT}`, setExit);
    return;
  }
  const result = await fixDocx(file, opts.marks);
  // Atomic: a full disk or a crash leaves the original (for --in-place) as it was.
  await writeFileAtomic(output, await saveDocx(result.file));
  const outcome: FixOutcome = {
    file: input,
    output,
    fixed: result.edits.length,
    edits: result.edits,
    skipped: result.skipped,
    marked: result.marked,
    remaining: result.after.findings,
  };
  process.stdout.write((opts.json ? JSON.stringify(outcome, null, 2) : summary(outcome)) + '\n');
  setExit(outcome.remaining.some((f) => f.severity === 'error') ? 1 : 0);
}
