// What gouji writes opens in a real word processor: LibreOffice (Debian's libreoffice-writer-nogui)
// converts fixed and inserted-into reports to PDF, and the PDF's text (poppler's pdftotext) holds
// the inserted headings and table labels. Catches XML that our own parser accepts but a real
// reader rejects or silently drops (a w:tc without w:p, a bad merge, an undeclared prefix).

import { execFile } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { promisify } from 'util';
import { fixDocx } from '../src/cli/fix';
import { check } from '../src/core/check';
import { officialHeading } from '../src/core/format';
import { countMarks } from '../src/hosts/docx/marks';
import { readDocx, type DocxFile } from '../src/hosts/docx/read';
import { applyPlan, saveDocx, spliceAll, withDocumentXml } from '../src/hosts/docx/write';
import { planFixes } from '../src/core/fix';

const run = promisify(execFile);
const FIXTURES = path.resolve(__dirname, '..', 'test', 'fixtures');
/** One conversion; LibreOffice's first start in a fresh profile takes a few seconds. */
const CONVERT_TIMEOUT_MS = 120_000;

jest.setTimeout(5 * CONVERT_TIMEOUT_MS);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'gouji-lo-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts `docx` to PDF in a fresh LibreOffice profile and returns the PDF's text. */
async function pdfText(docx: string): Promise<string> {
  const name = path.basename(docx, '.docx');
  const profile = mkdtempSync(path.join(dir, `profile-${name}-`));
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ],
    { timeout: CONVERT_TIMEOUT_MS, killSignal: 'SIGKILL' },
  );
  const pdf = path.join(dir, `${name}.pdf`);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], {
    timeout: 30_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  // pdftotext breaks long lines and puts table cells on lines of their own.
  return stdout.replace(/\s+/g, '');
}

async function save(file: DocxFile, name: string): Promise<string> {
  const out = path.join(dir, name);
  writeFileSync(out, await saveDocx(file));
  return out;
}

/** Every fix applied, the suggestions too: what a user who clicks each finding's button gets. */
function applyEveryFix(file: DocxFile): DocxFile {
  const { report, findings } = check(file.model);
  return applyPlan(file, planFixes(report, findings));
}

async function fixture(name: string): Promise<DocxFile> {
  return readDocx(readFileSync(path.join(FIXTURES, name)));
}

test('seed-004 with every fix applied (六 inserted, 五 renamed, blanks filled) converts; the PDF shows them', async () => {
  const file = applyEveryFix(await fixture('seed-004.docx'));
  // The inserted 六 still holds the template's placeholder: that is all that is left to do.
  expect(check(file.model).findings.map((f) => f.rule)).toEqual(['section-placeholder']);
  const texts = file.model.paragraphs.map((p) => p.text);
  expect(texts).toContain(officialHeading('s6'));
  const text = await pdfText(await save(file, 'seed-004-fixed.docx'));
  expect(text).toContain(officialHeading('s6'));
  expect(text).toContain(officialHeading('s5'));
  expect(text).toContain('（请填写本部分内容。）');
});

test('a report lacking 三 gets it with its table; the PDF shows the table labels', async () => {
  const clean = await fixture('clean-2021.docx');
  const heading = clean.model.paragraphs.find((p) => p.text === officialHeading('s3'));
  const table = clean.model.tables.find((t) => t.cols === 10);
  if (!heading?.src || !table?.src) throw new Error('clean-2021 has no 三 or no requests table');
  const lacking = withDocumentXml(
    clean,
    spliceAll(clean.documentXml, [
      { ...heading.src, text: '' },
      { ...table.src, text: '' },
    ]),
  );
  const broken = await pdfText(await save(lacking, 'lacking-s3.docx'));
  expect(broken).not.toContain('申请人情况');

  // Inserting a section is never automatic: the user asks for it (插入缺失章节).
  expect((await fixDocx(lacking, false)).edits.some((e) => e.kind === 'insert-section')).toBe(
    false,
  );
  const file = applyEveryFix(lacking);
  expect(file.model.paragraphs.map((p) => p.text)).toContain(officialHeading('s3'));
  expect(check(file.model).report.tables.requests).toBeDefined();
  const text = await pdfText(await save(file, 'inserted-s3.docx'));
  // (三、本年度办理结果 sits in a narrow column, one or two characters a line, as in the official
  // form: pdftotext interleaves its lines with the neighbours', so it is not looked for.)
  for (const label of [
    officialHeading('s3'),
    '申请人情况',
    '法人或其他组织',
    '（三）不予公开',
    '（六）其他处理',
    '3.其他',
    '四、结转下年度继续办理',
  ]) {
    expect(text).toContain(label);
  }
  // The table sits between 三 and 四, as in the official layout.
  expect(text.indexOf('申请人情况')).toBeGreaterThan(text.indexOf(officialHeading('s3')));
  expect(text.indexOf('结转下年度继续办理')).toBeLessThan(text.indexOf(officialHeading('s4')));
});

test('a file with marks (w15 content controls) converts and keeps its text', async () => {
  const { file, marked } = await fixDocx(await fixture('seed-001.docx'), true);
  expect(marked).toBeGreaterThan(0);
  expect(countMarks(file)).toBe(marked);
  const text = await pdfText(await save(file, 'seed-001-marked.docx'));
  expect(text).toContain(officialHeading('s4'));
  expect(text).toContain('申请人情况');
});
